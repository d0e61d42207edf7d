import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Feature, FeatureContext } from '../../bot/feature';
import { cardValue, markStoreNoticeSent, storeUnavailableText, type TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { hasRole } from '../../domain/access';
import { StoreUnavailableError, ValidationError } from '../../domain/errors';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from './logboek-repository';
import { looksLikeUpdate } from './classify';
import {
  askCard,
  formatDate,
  overviewAllCard,
  overviewCard,
  updateFormCard,
  updatesListCard,
} from './logboek.cards';
import { draftFromRaw, LogboekService, MAX_TEXT, type Draft } from './logboek.service';

/** Commands of this feature; the free-text route leaves these alone. */
const NEW_UPDATE = /^\s*(nieuwe update|update toevoegen|nieuw verslag|new update)\s*[.!]?\s*$/i;
const MY_UPDATES = /^\s*(mijn updates|updates|mijn logboek|logboek|my updates)\s*$/i;
const OVERVIEW = /^\s*(?:overzicht|overview)(?:\s+(.{1,80}?))?\s*[.!]?\s*$/i;
const PAUSE = /^\s*(pauzeer|pauze|pause)\b.{0,80}$/i;
const RESUME = /^\s*(hervat|herinneringen aan|resume)\b.{0,40}$/i;

export function logboekFeature(): Feature {
  return {
    name: 'logboek',
    job: 'logboek',
    register(app: Application<AppTurnState>, { deps, handle, kit: kitFor }: FeatureContext) {
      const service = new LogboekService(
        new CosmosUpdateRepository(deps.containers.logboek),
        deps.schools,
        new CosmosSchedulerRepository(deps.containers.scheduler),
        deps.now,
        deps.config.timeZone,
      );

      /** The form again, with what the coach entered kept, after a refusal or a store failure. */
      const resendForm = async (
        kit: TurnKit,
        draft: Draft,
        extra: Parameters<typeof updateFormCard>[4] = {},
      ) => {
        const caller = await kit.caller();
        const schools = draft.updateId
          ? await service.visibleSchools(caller)
          : await service.schoolsOf(caller);
        await kit.sendCard(updateFormCard(kit.t, kit.locale, draft, schools, extra));
      };

      const draftFromText = async (kit: TurnKit, text: string) => {
        const caller = await kit.caller();
        const draft = await service.draftFromText(caller, text);
        await kit.sendCard(
          updateFormCard(kit.t, kit.locale, draft, await service.schoolsOf(caller), { fromText: true }),
        );
      };

      app.message(
        NEW_UPDATE,
        handle(async (kit) => {
          const caller = await kit.caller();
          const draft = await service.emptyDraft(caller);
          await kit.sendCard(updateFormCard(kit.t, kit.locale, draft, await service.schoolsOf(caller)));
        }),
      );

      const showList = handle(async (kit) => {
        const caller = await kit.caller();
        const updates = await service.recent(caller);
        const schools = await deps.schools.list();
        await kit.sendCard(
          updatesListCard(kit.t, kit.locale, updates, schools, { all: hasRole(caller, 'beheerder') }),
        );
      });
      app.message(MY_UPDATES, showList);

      const showOverview = async (kit: TurnKit, schoolId: string) => {
        const { school, stats, latest } = await service.overview(await kit.caller(), schoolId);
        await kit.sendCard(overviewCard(kit.t, kit.locale, school, stats, latest));
      };
      app.message(
        OVERVIEW,
        handle(async (kit) => {
          const caller = await kit.caller();
          const named = OVERVIEW.exec(kit.context.activity.text ?? '')?.[1]?.trim();
          if (named) {
            await showOverview(kit, (await service.resolveSchool(caller, named)).id);
            return;
          }
          const rows = await service.overviewAll(caller);
          if (rows.length === 1 && !hasRole(caller, 'beheerder')) {
            await showOverview(kit, rows[0]!.school.id);
            return;
          }
          await kit.sendCard(
            overviewAllCard(kit.t, rows, {
              all: hasRole(caller, 'beheerder'),
              quietDays: deps.config.logboek.reminderDays,
            }),
          );
        }),
      );
      app.adaptiveCards.actionSubmit(
        'logboek.overview',
        handle(async (kit) => {
          const id = cardValue(kit.context).schoolId;
          await showOverview(kit, typeof id === 'string' ? id.slice(0, 60) : '');
        }),
      );

      app.message(
        PAUSE,
        handle(async (kit) => {
          const until = await service.pause(await kit.caller(), kit.context.activity.text ?? '');
          await kit.say(kit.t('logboek.pause.set', { date: formatDate(until, kit.locale) }));
        }),
      );
      app.message(
        RESUME,
        handle(async (kit) => {
          await service.resume(await kit.caller());
          await kit.say(kit.t('logboek.pause.resumed'));
        }),
      );

      app.adaptiveCards.actionSubmit(
        'logboek.save',
        handle(async (kit) => {
          const caller = await kit.caller();
          const raw = cardValue(kit.context);
          try {
            const result = await service.save(caller, raw);
            if (result.kind === 'checkDate') {
              await resendForm(kit, result.draft, { question: result.reason });
              return;
            }
            if (result.kind === 'alreadySaved') {
              await kit.say(kit.t('logboek.alreadySaved'));
              return;
            }
            const u = result.update;
            const school = (await deps.schools.get(u.schoolId))?.name ?? u.schoolId;
            const saved = result.edited
              ? kit.t('logboek.savedEdit', { school, date: formatDate(u.date, kit.locale) })
              : kit.t('logboek.saved', {
                  activity: kit.t(`logboek.activity.${u.activityType}`),
                  school,
                  date: formatDate(u.date, kit.locale),
                });
            await kit.say(`${saved} ${kit.t('logboek.savedHint', { school })}`);
          } catch (err) {
            if (err instanceof ValidationError) {
              await resendForm(kit, draftFromRaw(raw), { errors: err.fieldErrors });
              return;
            }
            if (err instanceof StoreUnavailableError) {
              // Nothing is lost: the coach gets the card back with everything they entered.
              deps.log.warn({ err: err.cause }, 'store unavailable while saving an update');
              await kit.say(kit.t('error.storeUnavailable'));
              await kit.sendCard(
                updateFormCard(kit.t, kit.locale, draftFromRaw(raw), await fallbackSchools(kit)),
              );
              return;
            }
            throw err;
          }
        }),
      );

      /** The caller's schools for a card shown after a store failure; none if the store is still down. */
      const fallbackSchools = async (kit: TurnKit) => {
        try {
          return await service.schoolsOf(await kit.caller());
        } catch {
          return [];
        }
      };

      app.adaptiveCards.actionSubmit(
        'logboek.cancel',
        handle(async (kit) => {
          const caller = await kit.caller();
          const draftId = cardValue(kit.context).draftId;
          const saved =
            typeof draftId === 'string'
              ? (await service.recent(caller)).some((u) => u.id === draftId)
              : false;
          await kit.say(kit.t(saved ? 'logboek.cancelledAlreadySaved' : 'logboek.cancelled'));
        }),
      );

      app.adaptiveCards.actionSubmit(
        'logboek.edit',
        handle(async (kit) => {
          const caller = await kit.caller();
          const draft = await service.editDraft(caller, cardValue(kit.context));
          await kit.sendCard(updateFormCard(kit.t, kit.locale, draft, await service.visibleSchools(caller)));
        }),
      );

      app.adaptiveCards.actionSubmit(
        'logboek.delete',
        handle(async (kit) => {
          await service.remove(await kit.caller(), cardValue(kit.context));
          await kit.say(kit.t('logboek.deleted'));
        }),
      );

      app.adaptiveCards.actionSubmit(
        'logboek.fromText',
        handle(async (kit) => {
          const text = cardValue(kit.context).text;
          await draftFromText(kit, typeof text === 'string' ? text.slice(0, MAX_TEXT) : '');
        }),
      );
      app.adaptiveCards.actionSubmit(
        'logboek.notUpdate',
        handle(async (kit) => {
          await kit.say(kit.t('logboek.ask.questionAnswer'));
        }),
      );

      /**
       * Free text from a coach that reads as an update (or might be one). Anything else — questions,
       * other features' commands, people who are not coaches — falls through to the next route.
       */
      const kinds = new WeakMap<TurnContext, 'update' | 'unclear' | 'storeDown'>();
      const isUpdateLike = async (context: TurnContext): Promise<boolean> => {
        const a = context.activity;
        if (a.type !== 'message' || typeof a.text !== 'string' || a.value !== undefined) return false;
        const text = a.text.trim();
        if (text.length < 3 || text.length > MAX_TEXT) return false;
        if ([NEW_UPDATE, MY_UPDATES, OVERVIEW, PAUSE, RESUME].some((re) => re.test(text))) return false;
        let schools;
        try {
          const caller = await kitFor(context).caller();
          if (!hasRole(caller, 'coach') || caller.schoolIds.length === 0) return false;
          schools = await service.schoolsOf(caller);
        } catch (err) {
          deps.log.warn({ err }, 'could not tell whether a message is an update');
          // With the store down this may well be an update: say so and hand the text back, not "I don't understand".
          if (!(err instanceof StoreUnavailableError)) return false;
          kinds.set(context, 'storeDown');
          return true;
        }
        const kind = looksLikeUpdate(text, schools, service.today());
        if (kind === 'question') return false;
        kinds.set(context, kind);
        return true;
      };
      app.message(
        isUpdateLike,
        handle(async (kit) => {
          const text = (kit.context.activity.text ?? '').trim();
          if (kinds.get(kit.context) === 'storeDown') {
            await kit.say(storeUnavailableText(kit.t, text));
            markStoreNoticeSent(kit.context);
            return;
          }
          if (kinds.get(kit.context) === 'unclear') {
            await kit.sendCard(askCard(kit.t, text));
            return;
          }
          await draftFromText(kit, text);
        }),
      );
    },
  };
}
