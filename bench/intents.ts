/**
 * The understanding step: intent accuracy on the labelled set (tune and held-out, reported apart) and how many
 * of today's commands it would take away from their route (must be 0).
 * Alone: npx tsx bench/index.ts intents   (tune misses: npx tsx bench/intents.ts --misses)
 */
import { performance } from 'node:perf_hooks';
import type { SchoolRef } from '../src/features/logboek/extract';
import { defaultClassifier, isCommand } from '../src/features/understanding/understanding.handlers';
import type { IntentClassifier, Understanding } from '../src/features/understanding/understanding';
import { SCHOOLS, TODAY } from './data/logboek-labelled';
import { COMMANDS, HELDOUT, TUNE, type LabelledMessage } from './data/intents-labelled';
import { appCommands } from './support/app-commands';

export const title = 'Understanding: intent accuracy (tune, held-out) and commands swallowed';

/** What the step does with a message, as a label: the intent it acts on, "unsure", or the FAQ. */
export function outcomeLabel(u: Understanding): string {
  switch (u.kind) {
    case 'job':
    case 'chitchat':
      return u.intent.id;
    case 'entry':
      return 'logboek.entry';
    case 'unsure':
      return 'unsure';
    case 'pass':
      return 'faq.question';
  }
}

export interface IntentScore {
  total: number;
  correct: number;
  /** Asked "Bedoel je…?" with the right job among the choices (not counted as correct). */
  askedRight: number;
  misses: { text: string; expected: string; got: string }[];
}

export function scoreIntents(
  classifier: IntentClassifier,
  cases: readonly LabelledMessage[],
  schools: readonly SchoolRef[] = SCHOOLS,
): IntentScore {
  const out: IntentScore = { total: cases.length, correct: 0, askedRight: 0, misses: [] };
  for (const c of cases) {
    const u = classifier.understand(c.text, { schools, today: TODAY });
    const got = outcomeLabel(u);
    if (got === c.intent) out.correct++;
    else {
      if (u.kind === 'unsure' && u.choices.some((i) => i.id === c.intent)) out.askedRight++;
      const top = u.ranked.slice(0, 2).map((s) => `${s.intent.id} ${s.score.toFixed(2)}`);
      out.misses.push({ text: c.text, expected: c.intent, got: `${got} (${top.join(', ')})` });
    }
  }
  return out;
}

/** Commands the step would change: not recognised as a command by the app's own routes. */
export function swallowedCommands(
  commands: readonly RegExp[],
  texts: readonly string[] = COMMANDS,
): string[] {
  return texts.filter((t) => !isCommand(commands, t.trim()));
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

export async function run(): Promise<Record<string, number | string>> {
  const started = performance.now();
  const classifier = defaultClassifier();
  const built = performance.now() - started;
  const tune = scoreIntents(classifier, TUNE);
  const held = scoreIntents(classifier, HELDOUT);
  const swallowed = swallowedCommands(await appCommands());
  const t0 = performance.now();
  const all = [...TUNE, ...HELDOUT];
  for (let r = 0; r < 5; r++)
    for (const c of all) classifier.understand(c.text, { schools: SCHOOLS, today: TODAY });
  const perMessage = (performance.now() - t0) / (5 * all.length);
  if (process.argv.includes('--misses')) {
    // Held-out misses are not printed: looking at them is tuning on them.
    for (const m of tune.misses) console.log(`tune\t${m.expected}\t${m.got}\t${m.text}`);
    for (const s of swallowed) console.log(`swallowed\t${s}`);
  }
  return {
    'tune phrasings': tune.total,
    'tune accuracy %': pct(tune.correct, tune.total),
    'tune asked, right job offered': tune.askedRight,
    'held-out phrasings': held.total,
    'held-out accuracy %': pct(held.correct, held.total),
    'held-out asked, right job offered': held.askedRight,
    'commands checked': COMMANDS.length,
    'commands swallowed': swallowed.length,
    'classifier build ms': Math.round(built),
    'ms per message': Math.round(perMessage * 1000) / 1000,
  };
}

if (require.main === module) {
  void run().then((r) => console.table(r));
}
