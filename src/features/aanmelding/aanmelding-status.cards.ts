import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import { STEPS, type Application } from '../../domain/application';
import { openQuestions, statusSince } from '../../domain/application-flow';
import { roundPhase, type Round } from '../../domain/round';
import { Formatter } from './aanmelding.format';
import { action, type CardAction } from './form-card';
import { ref, fitted } from './aanmelding.cards';

export const STATUS_COLOR: Record<Application['status'], string> = {
  concept: 'Default',
  ingediend: 'Accent',
  'aanvulling-gevraagd': 'Warning',
  'in-beoordeling': 'Accent',
  geselecteerd: 'Good',
  'niet-geselecteerd': 'Default',
};

export function timeline(f: Formatter, round: Round, app: Application, clip: number) {
  const past = app.statusHistory.map((h, i, all) => ({
    mark: i === all.length - 1 ? '●' : '✓',
    label: f.t(`aanmelding.status.${h.status}`),
    detail: [f.dateTime(h.at), h.reason ? Formatter.clip(h.reason, clip) : ''].filter(Boolean).join(' · '),
    weight: i === all.length - 1 ? 'Bolder' : 'Default',
    future: false,
  }));
  const future: typeof past = [];
  const upcoming = (label: string, detail = '') => ({
    mark: '○',
    label,
    detail,
    weight: 'Default',
    future: true,
  });
  if (app.status === 'concept') future.push(upcoming(f.t('aanmelding.status.ingediend')));
  if (app.status === 'concept' || app.status === 'ingediend')
    future.push(upcoming(f.t('aanmelding.status.in-beoordeling')));
  if (app.status !== 'geselecteerd' && app.status !== 'niet-geselecteerd') {
    future.push(
      upcoming(
        f.t('aanmelding.statusCard.decision'),
        f.t('aanmelding.statusCard.decisionBy', { date: f.date(round.decisionDate) }),
      ),
    );
  }
  return [...past, ...future];
}

export function explanation(f: Formatter, round: Round, app: Application, now: Date): string {
  const done = app.completedSteps.length;
  const values = {
    done,
    total: STEPS.length,
    closes: f.dateTime(round.closesAt),
    reference: app.reference ?? '',
    decision: f.date(round.decisionDate),
  };
  if (app.status === 'concept') {
    return f.t(
      roundPhase(round, now) === 'closed' ? 'aanmelding.explain.conceptClosed' : 'aanmelding.explain.concept',
      values,
    );
  }
  const base = f.t(`aanmelding.explain.${app.status}`, values);
  if (app.status === 'niet-geselecteerd' && app.followUpRequested) {
    return `${base} ${f.t('aanmelding.explain.followUpRequested', { at: f.dateTime(app.followUpRequested.at) })}`;
  }
  return base;
}

export function statusActions(f: Formatter, round: Round, app: Application, now: Date): CardAction[] {
  const out: CardAction[] = [];
  if (app.status === 'concept' && roundPhase(round, now) === 'open') {
    out.push(
      action(
        f.t('aanmelding.statusCard.continue'),
        { verb: 'aanmelding.continue', ...ref(app) },
        { style: 'positive' },
      ),
    );
  }
  const open = openQuestions(app)[0];
  if (app.status === 'aanvulling-gevraagd' && open) {
    out.push(
      action(
        f.t('aanmelding.statusCard.answer'),
        { verb: 'aanmelding.question', ...ref(app), questionId: open.id },
        { style: 'positive' },
      ),
    );
  }
  if (app.status === 'niet-geselecteerd' && !app.followUpRequested) {
    out.push(
      action(
        f.t('aanmelding.statusCard.followUp'),
        { verb: 'aanmelding.followup', ...ref(app) },
        { style: 'positive' },
      ),
    );
  }
  out.push(action(f.t('aanmelding.statusCard.view'), { verb: 'aanmelding.review', ...ref(app) }));
  return out;
}

export function statusCard(
  f: Formatter,
  items: { app: Application; round: Round }[],
  now: Date,
): AdaptiveCardJson {
  return fitted((clip) =>
    renderCard('aanmelding/status', {
      title: f.t('aanmelding.statusCard.title'),
      empty: f.t('aanmelding.statusCard.empty'),
      applications: items.slice(0, 5).map(({ app, round }) => ({
        roundName: round.name,
        school: app.schoolName,
        statusText: [
          f.t('aanmelding.statusCard.current', {
            status: f.t(`aanmelding.status.${app.status}`),
            at: f.dateTime(statusSince(app) ?? app.updatedAt),
          }),
          app.reference ? f.t('aanmelding.statusCard.reference', { reference: app.reference }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
        statusColor: STATUS_COLOR[app.status],
        explanation: explanation(f, round, app, now),
        steps: timeline(f, round, app, clip).slice(-8),
        actions: statusActions(f, round, app, now).map((a) => ({
          title: a.title,
          style: a.style,
          data: a.data,
        })),
      })),
      footer: f.t('aanmelding.statusCard.footer'),
    }),
  );
}

export interface StartCardOptions {
  open: Round[];
  upcoming: Round[];
  lastClosed?: Round;
  mine: { app: Application; round: Round }[];
  now: Date;
}

export function roundFacts(f: Formatter, round: Round, now: Date) {
  const phase = roundPhase(round, now);
  const facts = [
    phase === 'upcoming'
      ? { title: f.t('aanmelding.start.fact.opens'), value: f.dateTime(round.opensAt) }
      : {
          title: f.t(phase === 'open' ? 'aanmelding.start.fact.closes' : 'aanmelding.start.fact.closed'),
          value: f.dateTime(round.closesAt),
        },
    { title: f.t('aanmelding.start.fact.decision'), value: f.date(round.decisionDate) },
    {
      title: f.t('aanmelding.start.fact.places'),
      value: f.t('aanmelding.start.fact.placesValue', { places: round.places }),
    },
    {
      title: f.t('aanmelding.start.fact.budget'),
      value: f.t('aanmelding.start.fact.budgetValue', {
        perYear: f.euro(round.budget.perSchoolYear),
        own: f.euro(round.budget.ownContributionMin),
      }),
    },
  ];
  if (phase === 'upcoming')
    facts.splice(1, 0, { title: f.t('aanmelding.start.fact.closes'), value: f.dateTime(round.closesAt) });
  return facts;
}

/** What `aanmelden` shows: the caller's own applications, the open rounds, and when the next one opens. */
export function startCard(f: Formatter, o: StartCardOptions): AdaptiveCardJson {
  const drafts = o.mine.filter(
    ({ app, round }) => app.status === 'concept' && roundPhase(round, o.now) === 'open',
  );
  const rounds = [
    ...o.open,
    ...o.upcoming.slice(0, 2),
    ...(o.open.length === 0 && o.upcoming.length === 0 && o.lastClosed ? [o.lastClosed] : []),
  ];
  return renderCard('aanmelding/start', {
    title: f.t('aanmelding.start.title'),
    intro: f.t(
      o.open.length === 0
        ? 'aanmelding.start.introNone'
        : drafts.length > 0
          ? 'aanmelding.start.introMine'
          : 'aanmelding.start.intro',
    ),
    mine: o.mine.slice(0, 4).map(({ app, round }) =>
      app.status === 'concept'
        ? {
            title: f.t('aanmelding.start.mineDraft', { school: app.schoolName }),
            detail: f.t('aanmelding.start.mineDraftDetail', {
              round: round.name,
              done: app.completedSteps.length,
              total: STEPS.length,
              at: f.dateTime(app.updatedAt),
            }),
            buttonTitle: f.t(
              roundPhase(round, o.now) === 'open' ? 'aanmelding.start.continue' : 'aanmelding.start.view',
            ),
            buttonData: {
              verb: roundPhase(round, o.now) === 'open' ? 'aanmelding.continue' : 'aanmelding.review',
              ...ref(app),
            },
          }
        : {
            title: f.t('aanmelding.start.mineOther', {
              school: app.schoolName,
              status: f.t(`aanmelding.status.${app.status}`),
            }),
            detail: f.t('aanmelding.start.mineOtherDetail', { round: round.name }),
            buttonTitle: f.t('aanmelding.review.status'),
            buttonData: { verb: 'aanmelding.status' },
          },
    ),
    rounds: rounds.map((round) => ({
      programme: round.programme,
      name: round.name,
      description: Formatter.clip(round.description, 800),
      facts: roundFacts(f, round, o.now),
      buttonTitle: roundPhase(round, o.now) === 'open' ? f.t('aanmelding.start.button') : '',
      buttonData: { verb: 'aanmelding.start', roundId: round.id },
    })),
    footer: f.t('aanmelding.start.footer'),
  });
}
