import * as ACData from 'adaptivecards-templating';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Card templates live in /cards as plain JSON, editable in the Adaptive Card Designer. */
export const CARDS_DIR = path.resolve(__dirname, '..', '..', 'cards');

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  [key: string]: unknown;
}

const cache = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let t = cache.get(name);
  if (!t) {
    const file = path.join(CARDS_DIR, `${name}.json`);
    t = new ACData.Template(JSON.parse(readFileSync(file, 'utf8')));
    cache.set(name, t);
  }
  return t;
}

/** Which template a rendered card came from (the action layer uses it to replace a card in place). */
const templates = new WeakMap<object, string>();

export function templateOf(card: unknown): string | undefined {
  return typeof card === 'object' && card !== null ? templates.get(card) : undefined;
}

/** The field in every button's data that names the card it sits on. */
export const CARD_FIELD = '_card';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Templates are written with `Action.Submit` and `data.verb`, as the Designer previews them. Sent cards use
 * Universal Actions: each such button becomes `Action.Execute` with that verb, so Teams answers in place
 * (the card is replaced for the person who acted) instead of adding a message. The data keeps `verb` (cards
 * already in chats, and clients that post a plain submit, reach the same route) and names its card.
 */
function toUniversalActions(node: unknown, card: string): void {
  if (Array.isArray(node)) {
    for (const child of node) toUniversalActions(child, card);
    return;
  }
  if (!isObject(node)) return;
  if (node.type === 'Action.Submit' && isObject(node.data) && typeof node.data.verb === 'string') {
    node.type = 'Action.Execute';
    node.verb = node.data.verb;
    node.data = { ...node.data, [CARD_FIELD]: card };
  }
  for (const value of Object.values(node)) toUniversalActions(value, card);
}

/**
 * Expands `cards/<name>.json` with a view model. Values from the data are inserted as literals:
 * text a user typed (even "${...}") is never evaluated as a template expression.
 */
export function renderCard(name: string, viewModel: object): AdaptiveCardJson {
  const card = template(name).expand({ $root: viewModel }) as AdaptiveCardJson;
  toUniversalActions(card, name);
  templates.set(card, name);
  return card;
}
