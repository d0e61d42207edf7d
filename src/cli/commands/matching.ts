import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { translator, type Locale } from '../../i18n';
import { matchFromJson, parseWeights } from '../../features/matching/matching.batch';

export class CliInputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'CliInputError';
  }
}

function readJson(file: string, locale: Locale): unknown {
  const t = translator(locale);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliInputError([t('matching.input.unreadable', { file })]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new CliInputError([t('matching.input.notJson', { file })]);
  }
}

/** The pure part of `match`, so tests and the bench run it without a process. */
export function runMatch(opts: {
  input: string;
  weights?: string;
  lang?: string;
}): ReturnType<typeof matchFromJson>['output'] & object {
  const locale: Locale = opts.lang === 'en' ? 'en' : 'nl';
  const t = translator(locale);
  let weights;
  if (opts.weights) {
    const parsed = parseWeights(t, readJson(opts.weights, locale));
    if (parsed.errors.length > 0) throw new CliInputError(parsed.errors);
    weights = parsed.weights;
  }
  const { output, errors } = matchFromJson(t, locale, readJson(opts.input, locale), weights);
  if (!output) throw new CliInputError(errors);
  return output;
}

export function registerMatchingCommands(program: Command): void {
  program
    .command('match')
    .description('Optimal leermeester-gezel round from a JSON file (nothing is stored)')
    .requiredOption('--input <file>', 'JSON: { leermeesters: [...], gezellen: [...], exclusions: [...] }')
    .option('--weights <file>', 'JSON: { theme, region, phase, schoolType } in percent (or fractions)')
    .option('--json', 'print the result as JSON')
    .option('--lang <nl|en>', 'language of the reasons', 'nl')
    .action((opts: { input: string; weights?: string; json?: boolean; lang?: string }) => {
      try {
        const out = runMatch(opts);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const lines = out.pairs.map(
          (p) =>
            `${p.gezel} → ${p.leermeester}  (${Math.round(p.score * 100)}%)\n    ${p.reasons.join('\n    ')}`,
        );
        for (const u of out.unmatched) lines.push(`${u.gezel}: ${u.reason}`);
        lines.push(JSON.stringify(out.stats));
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (err) {
        if (!(err instanceof CliInputError)) throw err;
        process.stderr.write(`${err.lines.join('\n')}\n`);
        process.exitCode = 2;
      }
    });
}
