import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { AppTurnState } from '../../bot/turn-state';
import { hasRole } from '../../domain/access';
import { helpCard, welcomeCard, type Job } from './core.cards';
import { onAction } from '../../bot/actions';

/** Commands of jobs still to come: they get an honest "coming soon" instead of "I don't understand". */
const COMING_SOON: Record<Job, RegExp> = {
  aanmelding: /^\s*(aanmelden|verder met aanmelding|status)\s*$/i,
  logboek: /^\s*(nieuwe update|overzicht.*)\s*$/i,
  matching: /^\s*(zoek (een )?leermeester|mijn profiel|verdeel gezellen)\s*$/i,
  faq: /\?\s*$/,
};

export const HELP_COMMAND = /^\s*(help|hulp|\?|menu|wat kan je|wat kun je( allemaal)?( doen)?)\s*[?.!]?\s*$/i;

/** Welcome and help come first; `registerFallbacks` must be registered after every other feature. */
export function coreFeature(available: ReadonlySet<Job>): Feature {
  return {
    name: 'core',
    register(app: Application<AppTurnState>, { handle }: FeatureContext) {
      app.conversationUpdate(
        'membersAdded',
        handle(async (kit) => {
          const a = kit.context.activity;
          const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
          const personal =
            a.conversation?.conversationType === 'personal' || !a.conversation?.conversationType;
          if (personal) {
            // In a personal chat Teams adds the user and the bot; greet once, when the bot arrives.
            if (!botAdded) return;
            await kit.sendCard(welcomeCard(kit.t, { name: a.from?.name, personal: true }));
          } else if (botAdded) {
            await kit.sendCard(welcomeCard(kit.t, { personal: false }));
          }
        }),
      );

      const showHelp = handle(async (kit) => {
        const caller = await kit.caller().catch(() => undefined);
        await kit.sendCard(
          helpCard(kit.t, { available, isBeheerder: !!caller && hasRole(caller, 'beheerder') }),
        );
      });
      app.message(HELP_COMMAND, showHelp);
      onAction(app, 'core.help', showHelp);
    },
  };
}

/**
 * "Coming soon" for commands of jobs that are not there yet. Registered before the job features, so the FAQ's
 * free-text route does not take them; their patterns never overlap a job that is available.
 */
export function comingSoonFeature(available: ReadonlySet<Job>): Feature {
  return {
    name: 'coming-soon',
    register(app: Application<AppTurnState>, { handle }: FeatureContext) {
      for (const [job, pattern] of Object.entries(COMING_SOON) as [Job, RegExp][]) {
        if (available.has(job)) continue;
        app.message(
          pattern,
          handle(async (kit) => {
            await kit.say(kit.t('unknown.soon', { feature: kit.t(`help.job.${job}.title`) }));
          }),
        );
      }
    },
  };
}

/** The last route: registered after every other feature. */
export function fallbackFeature(): Feature {
  return {
    name: 'fallback',
    register(app: Application<AppTurnState>, { handle }: FeatureContext) {
      // An invoke nobody handles (an old Action.Execute card, a probe) gets an answer, not the SDK's 501.
      app.activity(
        ActivityTypes.Invoke,
        handle(async (kit) => {
          const a = kit.context.activity;
          const value =
            a.name === 'adaptiveCard/action'
              ? {
                  statusCode: 200,
                  type: 'application/vnd.microsoft.activity.message',
                  value: kit.t('unknown.cardAction'),
                }
              : {};
          await kit.context.sendActivity({
            type: ActivityTypes.InvokeResponse,
            value: { status: 200, body: value },
          });
        }),
      );
      // Last route: a message nobody else took. Never silence.
      app.activity(
        ActivityTypes.Message,
        handle(async (kit) => {
          const a = kit.context.activity;
          const text = typeof a.text === 'string' ? a.text.trim() : '';
          if (!text && a.value !== undefined) {
            await kit.say(kit.t('unknown.cardAction'));
          } else if (!text) {
            await kit.say(kit.t('unknown.empty'));
          } else {
            await kit.say(kit.t('unknown.text'));
          }
        }),
      );
    },
  };
}
