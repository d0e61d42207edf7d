import type { Application } from '@microsoft/teams-ai';
import { DateTime } from 'luxon';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { requireRole } from '../../domain/access';
import { DomainError } from '../../domain/errors';
import type { Caller } from '../../domain/user';
import {
  approvalCard,
  profileCard,
  profileFormCard,
  profileFormValuesFrom,
  profileFormValuesOf,
  proposalsCard,
} from './matching.cards';
import { roundCard, settingsCard, settingsValuesFrom, settingsValuesOf } from './matching-admin.cards';
import { CosmosMatchingRepository } from './matching-repository';
import { MatchingService } from './matching.service';
import { onAction } from '../../bot/actions';
import { registerForm } from '../../bot/forms';

const valueOf = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

export const MATCHING_COMMANDS = {
  profile: /^\s*(mijn profiel|profiel|my profile)\s*[.!]?\s*$/i,
  search: /^\s*(zoek (een )?leermeester|find (a )?mentor)\s*[.!?]?\s*$/i,
  round: /^\s*(verdeel (de )?gezellen)\s*[.!]?\s*$/i,
  settings: /^\s*(matching(-| )?instellingen|matching settings)\s*$/i,
};

/** Builds the service over the deps (tests use it to run check-ins). */
export function createMatchingService(deps: FeatureContext['deps']): MatchingService {
  return new MatchingService({
    repo: new CosmosMatchingRepository(deps.containers.matching),
    schools: deps.schools,
    users: deps.users,
    notifier: deps.notifier,
    now: deps.now,
    bootstrapBeheerders: deps.config.bootstrapBeheerders,
    log: deps.log,
  });
}

export const matchingFeature: Feature = {
  name: 'matching',
  job: 'matching',
  register(app: Application<AppTurnState>, ctx: FeatureContext) {
    const { deps, handle, every } = ctx;
    const service = createMatchingService(deps);
    // Check-ins ("Is dit een goede match?") go out when due; each pair is marked before sending, so a
    // restart or a second process never asks twice.
    every('matching.check-ins', deps.config.matchingCheckInIntervalMs, () => service.checkIns.runDue());

    async function showProfile(kit: TurnKit, caller: Caller): Promise<void> {
      const profile = await service.profiles.profile(caller);
      if (!profile) {
        await showForm(kit, caller);
        return;
      }
      const schools = await service.schoolNames();
      const current = await service.currentMatch(caller);
      const texts: string[] = [];
      let withdrawMatchId = '';
      if (current && (current.status === 'requested' || current.status === 'accepted')) {
        const key =
          current.status === 'requested'
            ? 'matching.profile.statusRequested'
            : 'matching.profile.statusAccepted';
        texts.push(kit.t(key, { name: current.leermeester.name }));
        withdrawMatchId = current.id;
      } else if (current?.status === 'active') {
        const date = DateTime.fromISO(current.activeSince ?? current.createdAt)
          .setZone(deps.config.timeZone)
          .setLocale(kit.locale)
          .toLocaleString(DateTime.DATE_MED);
        texts.push(kit.t('matching.profile.statusActive', { name: current.leermeester.name, date }));
      } else if (profile.asGezel) {
        texts.push(kit.t('matching.profile.statusNone'));
      }
      if (profile.asLeermeester) {
        const mine = await service.leermeesterMatches(caller);
        const held = mine.filter((m) => m.status !== 'requested').length;
        texts.push(kit.t('matching.profile.statusLeermeester', { count: held, capacity: profile.capacity }));
        const waiting = mine.filter((m) => m.status === 'requested').length;
        if (waiting > 0) texts.push(kit.t('matching.profile.statusOpenForYou', { count: waiting }));
      }
      await kit.sendCard(
        profileCard(kit.t, profile, schools.get(profile.school) ?? profile.school, {
          text: texts.join(' '),
          withdrawMatchId,
        }),
      );
    }

    async function showForm(kit: TurnKit, caller: Caller): Promise<void> {
      requireRole(caller, 'schoolleider');
      const schools = await service.profiles.schoolChoices(caller);
      if (schools.length === 0) {
        await kit.say(kit.t('matching.form.noSchools'));
        return;
      }
      const profile = await service.profiles.profile(caller);
      await kit.sendCard(profileFormCard(kit.t, schools, profile ? profileFormValuesOf(profile) : {}));
    }

    async function showProposals(kit: TurnKit, caller: Caller, offset: number): Promise<void> {
      const { gezel, proposals, total, offset: start } = await service.propose(caller, offset);
      await kit.sendCard(
        proposalsCard(kit.t, kit.locale, {
          gezel,
          proposals,
          offset: start,
          total,
          schools: await service.schoolNames(),
        }),
      );
    }

    const profileRoute = handle(async (kit) => showProfile(kit, await kit.caller()));
    app.message(MATCHING_COMMANDS.profile, profileRoute);
    onAction(app, 'matching.profile.show', profileRoute);
    onAction(
      app,
      'matching.profile.edit',
      handle(async (kit) => showForm(kit, await kit.caller())),
    );

    registerForm(app, ctx, {
      verb: 'matching.profile.save',
      async save(kit, raw) {
        const caller = await kit.caller();
        await service.profiles.saveProfile(caller, raw);
        await kit.say(kit.t('matching.form.saved'));
        await showProfile(kit, caller);
      },
      async render(kit, raw, { fieldErrors, formError }) {
        // With the store down the school list may not load; the form still comes back with the input.
        const schools = await service.profiles.schoolChoices(await kit.caller()).catch(() => []);
        return profileFormCard(kit.t, schools, profileFormValuesFrom(raw), fieldErrors, formError);
      },
    });

    for (const [verb, paused] of [
      ['matching.profile.pause', true],
      ['matching.profile.resume', false],
    ] as const) {
      onAction(
        app,
        verb,
        handle(async (kit) => {
          await service.profiles.setPaused(await kit.caller(), paused);
          await kit.say(kit.t(paused ? 'matching.profile.pause' : 'matching.profile.resume'));
        }),
      );
    }

    const searchRoute = handle(async (kit) => showProposals(kit, await kit.caller(), 0));
    app.message(MATCHING_COMMANDS.search, searchRoute);
    onAction(app, 'matching.search', searchRoute);
    onAction(
      app,
      'matching.more',
      handle(async (kit) => {
        const offset = Number(valueOf(kit.context.activity.value).offset);
        await showProposals(kit, await kit.caller(), Number.isInteger(offset) ? offset : 0);
      }),
    );

    onAction(
      app,
      'matching.choose',
      handle(async (kit) => {
        const match = await service.request(await kit.caller(), kit.context.activity.value);
        await kit.say(kit.t('matching.request.sent', { name: match.leermeester.name }));
      }),
    );

    onAction(
      app,
      'matching.withdraw',
      handle(async (kit) => {
        await service.withdraw(await kit.caller(), kit.context.activity.value);
        await kit.say(kit.t('matching.withdraw.done'));
      }),
    );

    onAction(
      app,
      'matching.accept',
      handle(async (kit) => {
        const { match, outcome } = await service.accept(await kit.caller(), kit.context.activity.value);
        const key =
          outcome === 'full'
            ? 'matching.accept.full'
            : outcome === 'active'
              ? 'matching.accept.active'
              : 'matching.accept.done';
        await kit.say(kit.t(key, { name: match.gezel.name }));
      }),
    );

    onAction(
      app,
      'matching.decline',
      handle(async (kit) => {
        const match = await service.decline(await kit.caller(), kit.context.activity.value);
        await kit.say(kit.t('matching.decline.done', { name: match.gezel.name }));
      }),
    );

    /** The approval card as the match now stands: decided ones lose their buttons, for every beheerder. */
    const showApprovalState = async (kit: TurnKit, caller: Caller): Promise<void> => {
      const { match, beheerders } = await service.approvalState(caller, kit.context.activity.value);
      await kit.sendCard(approvalCard(kit.t, kit.locale, match, beheerders));
    };

    for (const [verb, approve] of [
      ['matching.approve', true],
      ['matching.reject', false],
    ] as const) {
      onAction(
        app,
        verb,
        handle(async (kit) => {
          const caller = await kit.caller();
          const raw: unknown = kit.context.activity.value;
          try {
            const match = approve ? await service.approve(caller, raw) : await service.reject(caller, raw);
            await showApprovalState(kit, caller);
            await kit.say(
              kit.t(approve ? 'matching.approve.done' : 'matching.reject.done', {
                gezel: match.gezel.name,
                leermeester: match.leermeester.name,
              }),
            );
          } catch (err) {
            // Another beheerder decided first: this card now shows that decision instead of stale buttons.
            if (!(err instanceof DomainError) || !err.messageKey.startsWith('matching.status.already.'))
              throw err;
            await showApprovalState(kit, caller);
          }
        }),
      );
    }

    // Teams asks for this when a beheerder looks at an approval card (Universal Actions refresh).
    onAction(
      app,
      'matching.approval.refresh',
      handle(async (kit) => showApprovalState(kit, await kit.caller())),
    );

    onAction(
      app,
      'matching.checkin',
      handle(async (kit) => {
        const caller = await kit.caller();
        const { match, ended } = await service.checkIns.answer(caller, kit.context.activity.value);
        if (!ended) await kit.say(kit.t('matching.checkIn.yes'));
        else
          await kit.say(
            kit.t(
              match.gezelId === caller.aadObjectId
                ? 'matching.checkIn.noGezel'
                : 'matching.checkIn.noLeermeester',
            ),
          );
      }),
    );

    // ---- cohort rounds and settings (beheerder)
    app.message(
      MATCHING_COMMANDS.round,
      handle(async (kit) => {
        const round = await service.rounds.createRound(await kit.caller());
        await kit.sendCard(roundCard(kit.t, kit.locale, round, 0));
      }),
    );
    onAction(
      app,
      'matching.round.page',
      handle(async (kit) => {
        const raw = valueOf(kit.context.activity.value);
        const round = await service.rounds.round(await kit.caller(), raw);
        await kit.sendCard(roundCard(kit.t, kit.locale, round, Number(raw.page)));
      }),
    );
    onAction(
      app,
      'matching.round.remove',
      handle(async (kit) => {
        const round = await service.rounds.removeFromRound(await kit.caller(), kit.context.activity.value);
        await kit.sendCard(roundCard(kit.t, kit.locale, round, 0));
      }),
    );
    onAction(
      app,
      'matching.round.publish',
      handle(async (kit) => {
        const { round, sent, skipped } = await service.rounds.publishRound(
          await kit.caller(),
          kit.context.activity.value,
        );
        await kit.say(kit.t('matching.round.publishedDone', { sent, skipped }));
        await kit.sendCard(roundCard(kit.t, kit.locale, round, 0));
      }),
    );

    app.message(
      MATCHING_COMMANDS.settings,
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        await kit.sendCard(settingsCard(kit.t, settingsValuesOf(await service.settings())));
      }),
    );
    registerForm(app, ctx, {
      verb: 'matching.settings.save',
      async save(kit, raw) {
        const s = await service.profiles.saveSettings(await kit.caller(), raw);
        await kit.say(
          kit.t('matching.settings.saved', {
            ...s.weights,
            approval: kit.t(s.approvalRequired ? 'matching.yes' : 'matching.no'),
            weeks: s.checkInWeeks,
          }),
        );
      },
      render: (kit, raw, { fieldErrors, formError }) =>
        settingsCard(kit.t, settingsValuesFrom(raw), fieldErrors, formError),
    });
  },
};
