import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { hasRole } from '../../domain/access';
import type { Caller } from '../../domain/user';
import type { MessageKey } from '../../i18n';
import { loadSynonyms } from '../faq/faq-files';
import { looksLikeUpdate } from '../logboek/classify';
import { loadIntents, type Intent } from './intents';
import { IntentClassifier, type Understanding } from './understanding';
import { suggestJobsCard } from './understanding.cards';

/**
 * Watches the features register their commands: a message that already is a command goes to its route
 * untouched, so understanding never swallows one (also commands added later, without a list to update).
 */
export function collectCommands(app: Application<AppTurnState>): readonly RegExp[] {
  const commands: RegExp[] = [];
  const message = app.message.bind(app);
  app.message = (keyword, handler) => {
    for (const k of Array.isArray(keyword) ? keyword : [keyword]) if (k instanceof RegExp) commands.push(k);
    return message(keyword, handler);
  };
  return commands;
}

export const isCommand = (commands: readonly RegExp[], text: string): boolean =>
  commands.some((c) => {
    c.lastIndex = 0;
    return c.test(text);
  });

let shared: IntentClassifier | undefined;
/** Built once per process from content/intents and the FAQ's synonyms. */
export function defaultClassifier(): IntentClassifier {
  shared ??= new IntentClassifier(loadIntents(), loadSynonyms());
  return shared;
}

/**
 * The "Wat wil je doen?" card's buttons carry `pick` (not `verb`), so they stay a plain submit: the picked job
 * then runs exactly as its typed command, through the message routes an Action.Execute invoke cannot reach.
 */
export const RUN_VERB = 'understanding.run';

/** The command of a "Wat wil je doen?" button; card data is untrusted, so only a real command is taken. */
function pickedCommand(value: unknown, commands: readonly RegExp[]): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.pick !== RUN_VERB || typeof v.command !== 'string' || v.command.length > 120) return undefined;
  return isCommand(commands, v.command) ? v.command : undefined;
}

const mayDo = (caller: Caller, intent: Intent): boolean =>
  intent.roles.length === 0 || intent.roles.some((r) => hasRole(caller, r));

const intentTitle = (intent: Intent): MessageKey => `understanding.intent.${intent.id}` as MessageKey;

/**
 * Plain sentences ("ik wil mijn school aanmelden", "vakantie tot 1 april") before the routes: a job clearly
 * meant runs through its own command; when unsure, the person picks; chit-chat is answered here and stores
 * nothing; a logbook report from someone who is not a coach is explained, not queued as a question.
 * Register first, so it sees the other features' commands.
 */
export function understandingFeature(classifier?: IntentClassifier): Feature {
  return {
    name: 'understanding',
    register(app: Application<AppTurnState>, { deps, handle, kit: kitFor }: FeatureContext) {
      const commands = collectCommands(app);
      const understander = classifier ?? defaultClassifier();
      const today = () => DateTime.fromJSDate(deps.now(), { zone: deps.config.timeZone });

      const understand = async (caller: Caller, text: string): Promise<Understanding> => {
        const schools = await deps.schools.list();
        const coach = hasRole(caller, 'coach');
        const own = coach ? schools.filter((s) => caller.schoolIds.includes(s.id)) : schools;
        // A coach's report goes to the logbook exactly as before.
        if (coach && looksLikeUpdate(text, own, today()) === 'update') return { kind: 'pass', ranked: [] };
        return understander.understand(text, { schools: own, today: today() });
      };

      const reply = async (kit: TurnKit, caller: Caller, u: Understanding): Promise<boolean> => {
        switch (u.kind) {
          case 'chitchat':
            await kit.say(kit.t(`understanding.chitchat.${u.intent.id.split('.')[1]}` as MessageKey));
            return true;
          case 'entry':
            if (hasRole(caller, 'coach')) return false;
            await kit.say(kit.t('understanding.entry.notCoach', { role: kit.t('role.coach') }));
            return true;
          case 'unsure': {
            // Only jobs this person may do are offered; with none left, the message goes on as typed.
            const choices = u.choices.filter((i) => mayDo(caller, i));
            if (choices.length === 0) return false;
            await kit.sendCard(
              suggestJobsCard(
                kit.t,
                choices.map((i) => ({ title: kit.t(intentTitle(i)), command: i.command ?? '' })),
              ),
            );
            return true;
          }
          case 'job': {
            if (mayDo(caller, u.intent)) return false;
            const { roles } = u.intent;
            await kit.say(
              kit.t('understanding.needsRole', {
                job: kit.t(intentTitle(u.intent)),
                role: roles.map((r) => kit.t(`role.${r}`)).join(kit.t('understanding.or')),
              }),
            );
            return true;
          }
          case 'pass':
            return false;
        }
      };

      app.turn('beforeTurn', async (context: TurnContext, state: AppTurnState) => {
        const a = context.activity;
        if (a.type !== (ActivityTypes.Message as string)) return true;
        const picked = pickedCommand(a.value, commands);
        if (picked !== undefined) {
          // A button of the "Wat wil je doen?" card: the job runs as if its command was typed.
          a.text = picked;
          a.value = undefined;
          return true;
        }
        if (a.value !== undefined || typeof a.text !== 'string') return true;
        const text = a.text.trim();
        if (!text || isCommand(commands, text)) return true;
        const kit = kitFor(context);
        const caller = await kit.caller().catch(() => undefined);
        // Without knowing who this is (store down, no identity), the routes answer as they always did.
        if (!caller) return true;
        const u = await understand(caller, text).catch((err: unknown) => {
          deps.log.warn({ err }, 'understanding failed; the message goes on as typed');
          return { kind: 'pass', ranked: [] } satisfies Understanding;
        });
        deps.log.debug(
          { intent: u.ranked[0]?.intent.id, score: u.ranked[0]?.score, outcome: u.kind },
          'understood',
        );
        // A reply that failed was apologised for by `handle`: the routes must not answer a second time.
        let answered = true;
        await handle(async (k) => {
          answered = await reply(k, caller, u);
        })(context, state);
        if (answered) return false;
        if (u.kind === 'job') a.text = u.command;
        return true;
      });
    },
  };
}
