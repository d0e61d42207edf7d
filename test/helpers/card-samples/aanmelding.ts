import type { AdaptiveCardJson } from '../../../src/cards/render';
import { type Application } from '../../../src/domain/application';
import { decide, requestInformation, submit } from '../../../src/domain/application-flow';
import type { Review } from '../../../src/domain/review';
import type { School } from '../../../src/domain/school';
import {
  applicantCard,
  discardCard,
  questionCard,
  submittedCard,
  takenCard,
} from '../../../src/features/aanmelding/aanmelding.cards';
import { stepCard } from '../../../src/features/aanmelding/aanmelding-form.cards';
import { startCard, statusCard } from '../../../src/features/aanmelding/aanmelding-status.cards';
import { Formatter } from '../../../src/features/aanmelding/aanmelding.format';
import {
  historyCard,
  overviewCard,
  reviewerSummaryCard,
  reviewListCard,
  reviewRoundsCard,
} from '../../../src/features/aanmelding/review.cards';
import {
  decisionFormCard,
  infoFormCard,
  scoreFormCard,
} from '../../../src/features/aanmelding/review-forms.cards';
import { roundFormCard, roundListCard } from '../../../src/features/aanmelding/round.cards';
import { roundFormValuesOf } from '../../../src/features/aanmelding/round.service';
import type { Locale } from '../../../src/i18n';
import { ALICE_ACTOR, completeDraft, ROUND } from '../aanmelding-fixtures';

const NOW = new Date('2026-03-02T09:00:00Z');
const REVIEWER = { id: 'c0000000-0000-4000-8000-000000000004', name: 'Renske Reviewer' };
const schools: School[] = ['Albeda', 'Zadkine', 'Techniek College Rotterdam'].map((name) => ({
  id: name.toLowerCase().replace(/ /g, '-'),
  name,
  shortNames: [],
  updatedAt: NOW.toISOString(),
  updatedBy: 'x',
}));

/** The largest texts a user may enter, to keep every card under the size limit at its worst. */
function maxedOut(app: Application): Application {
  return {
    ...app,
    fields: {
      ...app.fields,
      vraagstuk: 'é'.repeat(3000),
      stepsTaken: 'w'.repeat(2000),
      otherNotes: 'o'.repeat(2000),
      ownContributionNote: 'n'.repeat(1000),
      projectNames: 'p'.repeat(500),
      locations: 'l'.repeat(300),
    },
  };
}

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const f = new Formatter(locale);
  const draft = completeDraft(NOW);
  const fresh: Application = { ...draft, completedSteps: ['school', 'vraagstuk'], rev: 2 };
  const sent = submit(draft, 'GKDI26-ABCDEF', ALICE_ACTOR, NOW);
  const asked = requestInformation(
    sent,
    { id: '6f1c2b8e-0000-4000-8000-000000000001', text: 'Hoeveel studenten doen mee?' },
    REVIEWER,
    NOW,
  );
  const question = asked.questions[0]!;
  const rejected = decide(
    sent,
    { outcome: 'niet-geselecteerd', reason: 'Er waren meer sterke aanmeldingen.', overridePlaces: false },
    REVIEWER,
    NOW,
  );
  const review: Review = {
    roundId: ROUND.id,
    schoolId: 'albeda',
    reviewerId: REVIEWER.id,
    reviewerName: REVIEWER.name,
    scores: ROUND.criteria.map((c) => ({
      criterionId: c.id,
      score: 4,
      note: 'Duidelijk en goed onderbouwd.',
    })),
    submittedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  const page = <T>(items: T[]) => ({ round: ROUND, items, page: 0, pages: 2, total: items.length + 8 });
  return {
    'aanmelding/start': [
      startCard(f, { open: [ROUND], upcoming: [], mine: [], now: NOW }),
      startCard(f, {
        open: [ROUND],
        upcoming: [],
        mine: [
          { app: fresh, round: ROUND },
          { app: sent, round: ROUND },
        ],
        now: NOW,
      }),
      startCard(f, {
        open: [],
        upcoming: [],
        lastClosed: ROUND,
        mine: [],
        now: new Date('2026-06-01T00:00:00Z'),
      }),
    ],
    'aanmelding/form': [
      stepCard(f, { round: ROUND, step: 'school', schools, values: { school: 'albeda' } }),
      stepCard(f, { round: ROUND, step: 'vraagstuk', app: fresh }),
      stepCard(f, {
        round: ROUND,
        step: 'projectgroep',
        app: fresh,
        errors: { projectRoles: 'aanmelding.error.projectRoles' },
      }),
      stepCard(f, { round: ROUND, step: 'bijdrage', app: draft }),
      stepCard(f, { round: ROUND, step: 'vraagstuk', app: maxedOut(draft) }),
      questionCard(f, ROUND, asked, question),
      scoreFormCard(f, {
        round: ROUND,
        app: sent,
        errors: { score_draagvlak: 'aanmelding.score.error.score' },
      }),
      infoFormCard(f, { round: ROUND, app: sent }),
      decisionFormCard(f, { round: ROUND, app: sent, selected: 8, formError: 'Vol' }),
      roundFormCard(f, { values: roundFormValuesOf(ROUND) }),
      roundFormCard(f, { errors: { closesDate: 'aanmelding.rounds.error.closes' } }),
    ],
    'aanmelding/application': [
      applicantCard(f, ROUND, draft, { me: ALICE_ACTOR.id, now: NOW }),
      applicantCard(f, ROUND, fresh, { me: 'someone-else', now: NOW }),
      applicantCard(f, ROUND, maxedOut(asked), { me: ALICE_ACTOR.id, now: NOW }),
      applicantCard(f, ROUND, fresh, { me: ALICE_ACTOR.id, now: new Date('2026-06-01T00:00:00Z') }),
      reviewerSummaryCard(f, {
        round: ROUND,
        app: maxedOut(asked),
        reviews: [review, { ...review, reviewerName: 'Ruud' }],
        canScore: true,
        canDecide: true,
      }),
      reviewerSummaryCard(f, { round: ROUND, app: sent, canScore: true, canDecide: false }),
    ],
    'aanmelding/submitted': [submittedCard(f, ROUND, sent)],
    'aanmelding/taken': [takenCard(f, fresh, 'someone-else'), takenCard(f, sent, 'someone-else')],
    'aanmelding/discard': [discardCard(f, draft)],
    'aanmelding/status': [
      statusCard(f, [], NOW),
      statusCard(
        f,
        [
          { app: fresh, round: ROUND },
          { app: asked, round: ROUND },
          { app: rejected, round: ROUND },
        ],
        NOW,
      ),
    ],
    'aanmelding/list': [
      reviewRoundsCard(f, [{ round: ROUND, submitted: 12, selected: 3 }]),
      reviewRoundsCard(f, []),
      reviewListCard(
        f,
        page([
          { app: sent, scoredByMe: true, scoredCount: 3 },
          { app: asked, scoredByMe: false, scoredCount: 0 },
        ]),
      ),
      overviewCard(f, {
        ...page([
          {
            app: sent,
            stats: { count: 2, average: 3.5, min: 3, max: 4, stdev: 0.5, perCriterion: [] },
            scoredByMe: true,
            scoredBy: ['A', 'B'],
            missing: ['C'],
          },
          { app: asked, scoredByMe: false, scoredBy: ['A'], missing: [] },
        ]),
        reviewers: 3,
      }),
      historyCard(f, ROUND, maxedOut(asked), 0),
      roundListCard(f, [ROUND], NOW),
      roundListCard(f, [], NOW),
    ],
  };
}
