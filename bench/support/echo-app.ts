import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type Storage, type TurnContext } from 'botbuilder';
import { AppTurnState } from '../../src/bot/turn-state';

/**
 * The baseline: the same Teams AI Application settings, turn state class, storage and adapter as Kansenwijzer,
 * with one route that echoes the text. What Kansenwijzer costs above this is its own.
 */
export function echoTurnHandler(parts: {
  storage: Storage;
  adapter: TeamsAdapter;
  deps: { config: { bot: { appId: string } } };
}): (context: TurnContext) => Promise<void> {
  const app = new Application<AppTurnState>({
    storage: parts.storage,
    adapter: parts.adapter,
    botAppId: parts.deps.config.bot.appId,
    removeRecipientMention: true,
    startTypingTimer: true,
    turnStateFactory: () => new AppTurnState(),
  });
  app.activity(ActivityTypes.Message, async (context) => {
    const a = context.activity;
    await context.sendActivity(typeof a.text === 'string' && a.text ? a.text : JSON.stringify(a.value ?? ''));
  });
  return async (context) => {
    await app.run(context);
  };
}
