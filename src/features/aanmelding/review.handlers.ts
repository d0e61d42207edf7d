import type { Application as TeamsApplication } from '@microsoft/teams-ai';
import type { FeatureContext } from '../../bot/feature';
import type { TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { hasRole, requireRole } from '../../domain/access';
import { TEXT_LIMITS } from '../../domain/application';
import type { Caller } from '../../domain/user';
import { formatterFor, valueOf, withForm, type AanmeldingServices } from './aanmelding.wiring';
import {
  historyCard,
  overviewCard,
  reviewerSummaryCard,
  reviewListCard,
  reviewRoundsCard,
} from './review.cards';
import {
  decisionFormCard,
  infoFormCard,
  scoreFormCard,
  scoreValuesFrom,
  scoreValuesOf,
} from './review-forms.cards';
import { roundFormCard, roundListCard } from './round.cards';
import { PlacesFullError } from './review.service';
import { roundFormValuesFrom, roundFormValuesOf } from './round.service';
import { onAction } from '../../bot/actions';

const clipped = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The expert group's and the beheerder's routes: lists, summaries, scores, questions, decisions, rounds. */
export function registerReviewRoutes(
  app: TeamsApplication<AppTurnState>,
  ctx: FeatureContext,
  s: AanmeldingServices,
): void {
  const { handle } = ctx;
  const fmt = formatterFor(ctx);
  const now = () => ctx.deps.now();
  const route = (work: (kit: TurnKit, caller: Caller, raw: Record<string, unknown>) => Promise<void>) =>
    handle(async (kit) => work(kit, await kit.caller(), valueOf(kit.context.activity.value)));

  const showRounds = route(async (kit, caller) => {
    await kit.sendCard(reviewRoundsCard(fmt(kit), await s.reviews.rounds(caller)));
  });
  app.message(/^\s*(aanmeldingen|beoordelen|beoordeling|applications|review)\s*[.!]?\s*$/i, showRounds);
  onAction(app, 'aanmelding.beoordeling.rounds', showRounds);

  onAction(
    app,
    'aanmelding.beoordeling.list',
    route(async (kit, caller, raw) => {
      await kit.sendCard(reviewListCard(fmt(kit), await s.reviews.list(caller, raw)));
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.overview',
    route(async (kit, caller, raw) => {
      await kit.sendCard(overviewCard(fmt(kit), await s.reviews.overview(caller, raw)));
    }),
  );

  const showSummary = async (kit: TurnKit, caller: Caller, raw: unknown) => {
    const summary = await s.reviews.summary(caller, raw);
    await kit.sendCard(
      reviewerSummaryCard(fmt(kit), {
        ...summary,
        canScore: hasRole(caller, 'beoordelaar'),
        canDecide: hasRole(caller, 'beheerder'),
      }),
    );
  };
  onAction(
    app,
    'aanmelding.beoordeling.open',
    route((kit, caller, raw) => showSummary(kit, caller, raw)),
  );

  onAction(
    app,
    'aanmelding.beoordeling.score.form',
    route(async (kit, caller, raw) => {
      const { round, app: application, mine } = await s.reviews.scoreForm(caller, raw);
      await kit.sendCard(scoreFormCard(fmt(kit), { round, app: application, values: scoreValuesOf(mine) }));
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.score.save',
    route(async (kit, caller, raw) => {
      await withForm(
        kit,
        s.deps.log,
        async () => {
          const { app: scored } = await s.reviews.saveScores(caller, raw);
          await kit.say(kit.t('aanmelding.score.saved', { school: scored.schoolName }));
          await showSummary(kit, caller, raw);
        },
        async (problem) => {
          const { round, app: application } = await s.reviews.scoreForm(caller, raw);
          return scoreFormCard(fmt(kit), {
            round,
            app: application,
            values: scoreValuesFrom(round, raw),
            errors: problem.errors,
            formError: problem.formError,
          });
        },
      );
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.info.form',
    route(async (kit, caller, raw) => {
      const { round, app: application } = await s.reviews.summary(caller, raw);
      await kit.sendCard(infoFormCard(fmt(kit), { round, app: application }));
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.info.save',
    route(async (kit, caller, raw) => {
      await withForm(
        kit,
        s.deps.log,
        async () => {
          const { app: asked } = await s.reviews.requestInfo(caller, raw);
          await kit.say(kit.t('aanmelding.info.sent', { school: asked.schoolName }));
        },
        async (problem) => {
          const { round, app: application } = await s.reviews.summary(caller, raw);
          return infoFormCard(fmt(kit), {
            round,
            app: application,
            question: clipped(raw.question, TEXT_LIMITS.question.max),
            ...problem,
          });
        },
      );
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.decide.form',
    route(async (kit, caller, raw) => {
      await kit.sendCard(decisionFormCard(fmt(kit), await s.reviews.decisionForm(caller, raw)));
    }),
  );

  onAction(
    app,
    'aanmelding.beoordeling.decide.save',
    route(async (kit, caller, raw) => {
      await withForm(
        kit,
        s.deps.log,
        async () => {
          const { app: decided } = await s.reviews.decide(caller, raw);
          await kit.say(
            kit.t('aanmelding.decide.saved', {
              school: decided.schoolName,
              status: kit.t(`aanmelding.status.${decided.status}`),
            }),
          );
        },
        async (problem) =>
          decisionFormCard(fmt(kit), {
            ...(await s.reviews.decisionForm(caller, raw)),
            values: {
              outcome: clipped(raw.outcome, 20),
              reason: clipped(raw.reason, TEXT_LIMITS.reason.max),
              overridePlaces: raw.overridePlaces === 'true' ? 'true' : 'false',
            },
            ...problem,
          }),
        (err) => err instanceof PlacesFullError,
      );
    }),
  );

  onAction(
    app,
    'aanmelding.history',
    route(async (kit, caller, raw) => {
      const { round, app: application } = await s.reviews.history(caller, raw);
      await kit.sendCard(historyCard(fmt(kit), round, application, raw.page));
    }),
  );

  // --- rounds (beheerder) ---
  const showRoundList = route(async (kit, caller) => {
    requireRole(caller, 'beheerder');
    await kit.sendCard(roundListCard(fmt(kit), await s.rounds.list(), now()));
  });
  app.message(/^\s*(rondes|ronden|rounds)\s*[.!]?\s*$/i, showRoundList);
  onAction(app, 'aanmelding.ronde.list', showRoundList);

  onAction(
    app,
    'aanmelding.ronde.form',
    route(async (kit, caller, raw) => {
      const round = await s.rounds.forEdit(caller, raw.roundId);
      await kit.sendCard(
        roundFormCard(fmt(kit), {
          values: round ? roundFormValuesOf(round) : { opensTime: '09:00', closesTime: '23:59' },
        }),
      );
    }),
  );

  onAction(
    app,
    'aanmelding.ronde.save',
    route(async (kit, caller, raw) => {
      await withForm(
        kit,
        s.deps.log,
        async () => {
          const { round } = await s.rounds.saveForm(caller, raw);
          await kit.say(kit.t('aanmelding.rounds.saved', { name: round.name }));
        },
        (problem) => roundFormCard(fmt(kit), { values: roundFormValuesFrom(raw), ...problem }),
        (err) =>
          err.messageKey === 'aanmelding.rounds.error.criteriaLocked' || err.messageKey === 'error.conflict',
      );
    }),
  );
}
