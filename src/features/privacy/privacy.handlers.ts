import type { Application } from '@microsoft/teams-ai';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { AppTurnState } from '../../bot/turn-state';
import { CONVERSATION_STATE_RETENTION_DAYS } from '../../storage/containers';
import { eraseConfirmCard, myDataCard } from './privacy.cards';
import { PrivacyService } from './privacy.service';
import { personalDataRegistry } from './providers';
import { onAction } from '../../bot/actions';

export const MY_DATA_COMMAND =
  /^\s*(mijn gegevens|mijn data|wat weet je over mij|my data|my personal data)\s*[?.!]?\s*$/i;
export const ERASE_COMMAND =
  /^\s*(verwijder mijn (gegevens|data)|wis mijn gegevens|delete my (data|personal data))\s*[.!]?\s*$/i;

/** "mijn gegevens" and "verwijder mijn gegevens" (AVG): always about the person in the chat, nobody else. */
export const privacyFeature: Feature = {
  name: 'privacy',
  register(app: Application<AppTurnState>, { deps, handle }: FeatureContext) {
    const service = new PrivacyService(
      personalDataRegistry({ containers: deps.containers, timeZone: deps.config.timeZone }),
      deps.now,
    );

    const showMine = handle(async (kit) => {
      const data = await service.describe(await kit.caller(), kit.locale);
      await kit.sendCard(myDataCard(kit.t, data, CONVERSATION_STATE_RETENTION_DAYS));
    });

    const askErase = handle(async (kit, state) => {
      const caller = await kit.caller();
      const { sections } = await service.describe(caller, kit.locale);
      if (sections.length === 0) {
        await kit.say(kit.t('privacy.erase.nothing'));
        return;
      }
      const pending = service.startErasure();
      state.conversation.privacy = pending;
      await kit.sendCard(
        eraseConfirmCard(kit.t, {
          parts: sections.map((s) => s.title),
          token: pending.token,
          bootstrapBeheerder: deps.access.isBootstrapBeheerder(caller.aadObjectId),
        }),
      );
    });

    app.message(MY_DATA_COMMAND, showMine);
    app.message(ERASE_COMMAND, askErase);
    onAction(app, 'privacy.mine', showMine);
    onAction(app, 'privacy.erase.ask', askErase);

    onAction(
      app,
      'privacy.erase.confirm',
      handle(async (kit, state) => {
        if (!service.confirms(state.conversation.privacy, kit.context.activity.value)) {
          await kit.say(kit.t('privacy.erase.expired'));
          return;
        }
        const caller = await kit.caller();
        const report = await service.erase(caller);
        deps.notifier.forget?.(caller.aadObjectId);
        if (report.failed.length > 0) {
          delete state.conversation.privacy;
          deps.log.warn({ failed: report.failed }, 'personal data erasure incomplete');
          await kit.say(kit.t('privacy.erase.partial'));
          return;
        }
        // The chat's state went with the rest; this turn must not write it back.
        state.deleteConversationState();
        deps.log.info({ erased: report.erased }, 'personal data erased at the person’s request');
        await kit.say(kit.t('privacy.erase.done'));
      }),
    );

    onAction(
      app,
      'privacy.erase.cancel',
      handle(async (kit, state) => {
        delete state.conversation.privacy;
        await kit.say(kit.t('privacy.erase.cancelled'));
      }),
    );
  },
};
