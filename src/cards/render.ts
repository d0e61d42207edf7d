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

/**
 * Expands `cards/<name>.json` with a view model. Values from the data are inserted as literals:
 * text a user typed (even "${...}") is never evaluated as a template expression.
 */
export function renderCard(name: string, viewModel: object): AdaptiveCardJson {
  return template(name).expand({ $root: viewModel }) as AdaptiveCardJson;
}
