import type { Application as TeamsApplication } from '@microsoft/teams-ai';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { isStep, TEXT_LIMITS, type Application, type StepId } from '../../domain/application';
import { nextStep, openQuestions } from '../../domain/application-flow';
import { DomainError } from '../../domain/errors';
import { roundPhase, type Round } from '../../domain/round';
import type { Caller } from '../../domain/user';
import { applicantCard, discardCard, questionCard, submittedCard, takenCard } from './aanmelding.cards';
import { stepCard, stepValuesFrom } from './aanmelding-form.cards';
import { startCard, statusCard } from './aanmelding-status.cards';
import { ApplicationTakenError, idSchema, requireRound, RoundPhaseError } from './aanmelding.deps';
import {
  aanmeldingServices,
  formatterFor,
  valueOf,
  withForm,
  type AanmeldingServices,
} from './aanmelding.wiring';
import { registerReviewRoutes } from './review.handlers';
import { onAction } from '../../bot/actions';

async function withRounds(
  s: AanmeldingServices,
  apps: Application[],
): Promise<{ app: Application; round: Round }[]> {
  const rounds = new Map((await s.deps.rounds.list()).map((r) => [r.id, r]));
  return apps.flatMap((app) => {
    const round = rounds.get(app.roundId);
    return round ? [{ app, round }] : [];
  });
}

export const aanmeldingFeature: Feature = {
  name: 'aanmelding',
  job: 'aanmelding',
  register(app: TeamsApplication<AppTurnState>, ctx: FeatureContext) {
    const s = aanmeldingServices(ctx);
    const { handle } = ctx;
    const fmt = formatterFor(ctx);
    const now = () => ctx.deps.now();

    /** The phase message, and the draft read-only when there is one. */
    const tellPhase = async (kit: TurnKit, err: RoundPhaseError, caller: Caller) => {
      const f = fmt(kit);
      const values = {
        round: err.round.name,
        opens: f.dateTime(err.round.opensAt),
        closes: f.dateTime(err.round.closesAt),
      };
      if (err.draft) {
        await kit.sendCard(applicantCard(f, err.round, err.draft, { me: caller.aadObjectId, now: now() }));
      } else {
        await kit.say(kit.t(err.messageKey, values));
      }
    };

    /** Runs an applicant action; a closed round and a taken school get their own answers. */
    const applicant = (work: (kit: TurnKit, caller: Caller, raw: Record<string, unknown>) => Promise<void>) =>
      handle(async (kit) => {
        const caller = await kit.caller();
        try {
          await work(kit, caller, valueOf(kit.context.activity.value));
        } catch (err) {
          if (err instanceof RoundPhaseError) return tellPhase(kit, err, caller);
          if (err instanceof ApplicationTakenError)
            return kit.sendCard(takenCard(fmt(kit), err.application, caller.aadObjectId));
          throw err;
        }
      });

    /** Where a draft continues: its first unfinished step, or the review when all are done. */
    const showNext = async (
      kit: TurnKit,
      caller: Caller,
      round: Round,
      draft: Application,
      after?: StepId,
    ) => {
      const f = fmt(kit);
      if (draft.status !== 'concept' || roundPhase(round, now()) !== 'open') {
        if (draft.status === 'concept') {
          return tellPhase(
            kit,
            new RoundPhaseError(round, roundPhase(round, now()) === 'closed' ? 'closed' : 'upcoming', draft),
            caller,
          );
        }
        return kit.sendCard(applicantCard(f, round, draft, { me: caller.aadObjectId, now: now() }));
      }
      const next = nextStep(draft, after);
      if (next === 'review')
        return kit.sendCard(applicantCard(f, round, draft, { me: caller.aadObjectId, now: now() }));
      return kit.sendCard(stepCard(f, { round, app: draft, step: next }));
    };

    const showStart = applicant(async (kit, caller) => {
      const o = await s.applications.startOptions(caller);
      await kit.sendCard(startCard(fmt(kit), { ...o, mine: await withRounds(s, o.mine), now: now() }));
    });

    const resume = applicant(async (kit, caller) => {
      const mine = await withRounds(s, await s.applications.mine(caller));
      const drafts = mine.filter(({ app }) => app.status === 'concept');
      const only = drafts[0];
      if (!only) return kit.say(kit.t('aanmelding.resume.none'));
      if (drafts.length === 1) return showNext(kit, caller, only.round, only.app);
      const o = await s.applications.startOptions(caller);
      await kit.sendCard(startCard(fmt(kit), { ...o, mine: drafts, now: now() }));
    });

    const showStatus = applicant(async (kit, caller) => {
      const mine = await withRounds(s, await s.applications.mine(caller));
      await kit.sendCard(statusCard(fmt(kit), mine, now()));
    });

    app.message(/^\s*(aanmelden|aanmelding starten|nieuwe aanmelding|apply)\s*[.!]?\s*$/i, showStart);
    app.message(
      /^\s*(verder met (de |mijn )?aanmelding|aanmelding hervatten|continue application)\s*[.!]?\s*$/i,
      resume,
    );
    app.message(/^\s*(status|mijn aanmelding(en)?|my applications?)\s*[?.!]?\s*$/i, showStatus);
    onAction(app, 'aanmelding.status', showStatus);

    onAction(
      app,
      'aanmelding.start',
      applicant(async (kit, caller, raw) => {
        const { round, schools } = await s.applications.beginIn(caller, raw.roundId);
        await kit.sendCard(
          stepCard(fmt(kit), { round, step: 'school', schools, values: { school: schools[0]?.id ?? '' } }),
        );
      }),
    );

    onAction(
      app,
      'aanmelding.continue',
      applicant(async (kit, caller, raw) => {
        const { app: draft, round } = await s.applications.mineByRef(caller, raw);
        await showNext(kit, caller, round, draft);
      }),
    );

    onAction(
      app,
      'aanmelding.step.show',
      applicant(async (kit, caller, raw) => {
        const { app: draft, round } = await s.applications.mineByRef(caller, raw);
        const step: StepId = isStep(raw.step) ? raw.step : 'school';
        if (draft.status !== 'concept' || roundPhase(round, now()) !== 'open')
          return showNext(kit, caller, round, draft);
        await kit.sendCard(stepCard(fmt(kit), { round, app: draft, step }));
      }),
    );

    onAction(
      app,
      'aanmelding.step.save',
      applicant(async (kit, caller, raw) => {
        const step: StepId = isStep(raw.step) ? raw.step : 'school';
        const f = fmt(kit);
        await withForm(
          kit,
          s.deps.log,
          async () => {
            const saved = await s.applications.saveStep(caller, raw);
            if (saved.next === 'review') {
              await kit.sendCard(
                applicantCard(f, saved.round, saved.app, { me: caller.aadObjectId, now: now() }),
              );
            } else {
              await kit.sendCard(stepCard(f, { round: saved.round, app: saved.app, step: saved.next }));
            }
          },
          async (problem) => {
            const round = await requireRound(s.deps.rounds, raw.roundId);
            const schoolId = idSchema.safeParse(raw.schoolId);
            const existing = schoolId.success
              ? await s.deps.applications.get(round.id, schoolId.data)
              : undefined;
            return stepCard(f, {
              round,
              step,
              app: existing,
              schools: existing ? undefined : await s.deps.schools.list(),
              values: stepValuesFrom(step, raw),
              errors: problem.errors,
              formError: problem.formError ? kit.t('aanmelding.step.storeError') : undefined,
            });
          },
        );
      }),
    );

    onAction(
      app,
      'aanmelding.review',
      applicant(async (kit, caller, raw) => {
        const { app: mine, round } = await s.applications.mineByRef(caller, raw);
        await kit.sendCard(applicantCard(fmt(kit), round, mine, { me: caller.aadObjectId, now: now() }));
      }),
    );

    onAction(
      app,
      'aanmelding.submit',
      applicant(async (kit, caller, raw) => {
        const f = fmt(kit);
        const outcome = await s.applications.submit(caller, raw);
        const { app: result, round } = outcome;
        switch (outcome.kind) {
          case 'submitted':
            return kit.sendCard(submittedCard(f, round, result));
          case 'already':
            return kit.say(
              kit.t('aanmelding.submit.already', {
                at: f.dateTime(result.submittedAt ?? result.updatedAt),
                name: result.submittedByName ?? '',
                reference: result.reference ?? '',
              }),
            );
          case 'stale':
            return kit.sendCard(
              applicantCard(f, round, result, {
                me: caller.aadObjectId,
                now: now(),
                notice: { text: kit.t('aanmelding.review.stale'), style: 'warning' },
              }),
            );
          case 'incomplete':
            return kit.sendCard(applicantCard(f, round, result, { me: caller.aadObjectId, now: now() }));
        }
      }),
    );

    onAction(
      app,
      'aanmelding.discard.ask',
      applicant(async (kit, caller, raw) => {
        const { app: draft } = await s.applications.mineByRef(caller, raw);
        if (draft.status !== 'concept') return kit.say(kit.t('aanmelding.error.notDraft'));
        await kit.sendCard(discardCard(fmt(kit), draft));
      }),
    );

    onAction(
      app,
      'aanmelding.discard',
      applicant(async (kit, caller, raw) => {
        const result = await s.applications.discard(caller, raw);
        if (result.discarded)
          return kit.say(kit.t('aanmelding.discard.done', { school: result.app.schoolName }));
        const { app: latest, round } = await s.applications.mineByRef(caller, raw);
        await kit.say(kit.t('aanmelding.discard.stale'));
        await kit.sendCard(applicantCard(fmt(kit), round, latest, { me: caller.aadObjectId, now: now() }));
      }),
    );

    onAction(
      app,
      'aanmelding.discard.cancel',
      handle(async (kit) => kit.say(kit.t('aanmelding.discard.kept'))),
    );

    onAction(
      app,
      'aanmelding.join',
      applicant(async (kit, caller, raw) => {
        const { app: joined, round } = await s.applications.join(caller, raw);
        await kit.say(kit.t('aanmelding.joined', { school: joined.schoolName }));
        await showNext(kit, caller, round, joined);
      }),
    );

    onAction(
      app,
      'aanmelding.question',
      applicant(async (kit, caller, raw) => {
        const { app: mine, round } = await s.applications.mineByRef(caller, raw);
        const q = openQuestions(mine).find((x) => x.id === raw.questionId);
        if (!q || mine.status !== 'aanvulling-gevraagd') return kit.say(kit.t('aanmelding.question.none'));
        await kit.sendCard(questionCard(fmt(kit), round, mine, q));
      }),
    );

    onAction(
      app,
      'aanmelding.answer',
      applicant(async (kit, caller, raw) => {
        const f = fmt(kit);
        await withForm(
          kit,
          s.deps.log,
          async () => {
            const { app: answered } = await s.applications.answer(caller, raw);
            await kit.say(
              kit.t(openQuestions(answered).length > 0 ? 'aanmelding.answeredMore' : 'aanmelding.answered'),
            );
          },
          async (problem) => {
            const { app: mine, round } = await s.applications.mineByRef(caller, raw);
            const q = mine.questions.find((x) => x.id === raw.questionId);
            if (!q) throw new DomainError('aanmelding.error.unknownQuestion');
            const answer = typeof raw.answer === 'string' ? raw.answer.slice(0, TEXT_LIMITS.answer.max) : '';
            return questionCard(f, round, mine, q, {
              answer,
              errors: problem.errors,
              formError: problem.formError,
            });
          },
        );
      }),
    );

    onAction(
      app,
      'aanmelding.followup',
      applicant(async (kit, caller, raw) => {
        const result = await s.applications.followUp(caller, raw);
        await kit.say(kit.t(result.already ? 'aanmelding.followUp.already' : 'aanmelding.followUp.done'));
      }),
    );

    registerReviewRoutes(app, ctx, s);
  },
};
