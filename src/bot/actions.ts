import type { Application } from '@microsoft/teams-ai';
import {
  ActivityTypes,
  CardFactory,
  INVOKE_RESPONSE_KEY,
  type Activity,
  type Attachment,
  type TurnContext,
} from 'botbuilder';
import { CARD_FIELD, isObject, renderCard, templateOf, type AdaptiveCardJson } from '../cards/render';
import { failureSaid } from './turn';
import { resolveLocale, translator } from '../i18n';
import type { AppTurnState } from './turn-state';

type RouteHandler = (context: TurnContext, state: AppTurnState) => Promise<void>;

/**
 * Cards people come back to and open several things from (menus, lists, overviews). A button on them
 * opens its result as a new message, so the hub stays in the chat; a re-rendered hub still replaces itself.
 */
const HUB_CARDS: ReadonlySet<string> = new Set([
  'core/help',
  'core/welcome',
  'admin/menu',
  'admin/roles-list',
  'admin/schools-list',
  'aanmelding/list',
  'logboek/updates-list',
  'logboek/overview',
  'logboek/overview-all',
  'logboek/digest',
  'matching/profile',
  'matching/intro',
  'privacy/my-data',
]);

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/** The template of a rendered card: remembered at render time, or named by any of its buttons. */
function cardName(card: unknown): string | undefined {
  const known = templateOf(card);
  if (known) return known;
  let found: string | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) {
      if (isObject(node.data) && typeof node.data[CARD_FIELD] === 'string') found = node.data[CARD_FIELD];
      else Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Whether the card a handler sends may take the place of the card whose button was pressed. */
export function replacesInPlace(actedOn: string | undefined, produced: string | undefined): boolean {
  if (!actedOn || !produced) return false;
  return actedOn === produced || !HUB_CARDS.has(actedOn);
}

function cardAttachment(activity: Partial<Activity>): Attachment | undefined {
  if (activity.type !== ActivityTypes.Message || activity.text) return undefined;
  const atts = activity.attachments ?? [];
  return atts.length === 1 && atts[0]?.contentType === ADAPTIVE_CARD ? atts[0] : undefined;
}

/** What a form or decision card turns into once it is done: the bot's confirmation in its place. */
export function statusCard(lines: readonly string[]): AdaptiveCardJson {
  return renderCard('core/status', { lines });
}

function isPlainText(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Message && !!activity.text && !(activity.attachments ?? []).length;
}

async function sendInvokeResponse(context: TurnContext, body: Record<string, unknown>): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, ...body } },
  });
}

/**
 * An `Action.Execute` press runs the same handler as a plain submit of that verb. The data Teams sends
 * (`action.data`, inputs merged in) is what the handler reads as the card value, and what it answers is
 * captured: its first card replaces the pressed card in place for this person (a form sent back with its
 * input and a message per field, the next step, the new state of an approval), unless the pressed card is
 * a hub; everything else it says goes into the chat as usual.
 */
function executeHandler(handler: RouteHandler) {
  return async (
    context: TurnContext,
    state: AppTurnState,
    data: Record<string, unknown>,
  ): Promise<string> => {
    const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    const value: Record<string, unknown> = { ...(isObject(data) ? data : {}), verb };
    const actedOn = typeof value[CARD_FIELD] === 'string' ? value[CARD_FIELD] : undefined;
    // Handlers read the card value from the activity, as for a plain submit.
    context.activity.value = value;

    let replacement: Attachment | undefined;
    /** What the handler said in plain text, held while it may become the pressed card's new content. */
    const held: Partial<Activity>[] = [];
    const inPlace = actedOn !== undefined && !HUB_CARDS.has(actedOn);
    let capturing = true;
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!capturing) return next();
      const pass = activities.filter((a) => {
        const card = cardAttachment(a);
        if (!replacement && card && replacesInPlace(actedOn, cardName(card.content))) {
          replacement = card;
          return false;
        }
        if (inPlace && isPlainText(a)) {
          held.push(a);
          return false;
        }
        return true;
      });
      // The turn context sends the array it handed us: what is taken out here is not posted.
      activities.splice(0, activities.length, ...pass);
      return pass.length === 0 ? [] : next();
    });

    let done = false;
    try {
      await handler(context, state);
      done = true;
    } finally {
      capturing = false;
      if (!context.turnState.get(INVOKE_RESPONSE_KEY)) {
        // A confirmation takes the form's place, so no stale form stays behind; a refusal keeps the card.
        if (!replacement && held.length > 0 && done && !failureSaid(context)) {
          replacement = CardFactory.adaptiveCard(statusCard(held.map((a) => a.text ?? '')));
          held.length = 0;
        }
        if (held.length > 0) await context.sendActivities(held.map((a) => ({ ...a })));
        await sendInvokeResponse(
          context,
          replacement
            ? { type: ADAPTIVE_CARD, value: replacement.content as object }
            : { type: MESSAGE, value: translator(resolveLocale(context.activity.locale))('card.actionDone') },
        );
      }
    }
    return '';
  };
}

/**
 * Registers a card button's verb once for both ways a client can press it: `Action.Execute` (the cards
 * this bot sends) and a plain submit (cards sent before, and clients without Universal Actions).
 */
export function onAction(app: Application<AppTurnState>, verb: string | RegExp, handler: RouteHandler): void {
  app.adaptiveCards.actionSubmit(verb, handler);
  app.adaptiveCards.actionExecute(verb, executeHandler(handler));
}
