import type { Command } from 'commander';
import { importProfiles, PROFILE_COLUMNS } from '../../features/matching/matching-import';
import { matchFromJson, parseWeights, type MatchOutput } from '../../features/matching/matching.batch';
import { translator, type Locale } from '../../i18n';
import { CliError, errorText, Output, type CliDeps, type CommandGroup } from '../context';

async function readJson(deps: CliDeps, file: string, locale: Locale): Promise<unknown> {
  const t = translator(locale);
  let text: string;
  try {
    text = await deps.readFile(file);
  } catch {
    throw new CliError(t('matching.input.unreadable', { file }), 2);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new CliError(t('matching.input.notJson', { file }), 2);
  }
}

/** `match`: the optimal round for a file; stores nothing and needs no store. */
export async function runMatch(
  deps: CliDeps,
  opts: { input: string; weights?: string; lang?: string },
): Promise<MatchOutput> {
  const locale: Locale = opts.lang === 'en' ? 'en' : 'nl';
  const t = translator(locale);
  let weights;
  if (opts.weights) {
    const parsed = parseWeights(t, await readJson(deps, opts.weights, locale));
    if (parsed.errors.length > 0) throw new CliError(parsed.errors.join('\n'), 2);
    weights = parsed.weights;
  }
  const { output, errors } = matchFromJson(t, locale, await readJson(deps, opts.input, locale), weights);
  if (!output) throw new CliError(errors.join('\n'), 2);
  return output;
}

export const matchingCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    program
      .command('match')
      .description('the optimal leermeester-gezel round for a JSON file (stores nothing)')
      .requiredOption('--input <file>', 'JSON: { leermeesters: [...], gezellen: [...], exclusions: [...] }')
      .option('--weights <file>', 'JSON: { theme, region, phase, schoolType } in percent (or fractions)')
      .option('--lang <nl|en>', 'language of the reasons', 'nl')
      .option('--json', 'print one JSON document')
      .action(async (opts: { input: string; weights?: string; lang?: string }, command: Command) => {
        const out = Output.for(command, deps.io);
        const result = await runMatch(deps, opts);
        if (out.json || command.opts<{ json?: boolean }>().json) {
          out.data(result);
          return;
        }
        out.table(
          ['GEZEL', 'LEERMEESTER', 'SCORE'],
          result.pairs.map((p) => [p.gezel, p.leermeester, `${Math.round(p.score * 100)}%`]),
        );
        for (const u of result.unmatched) out.line(`${u.gezel}: ${u.reason}`);
        out.line(JSON.stringify(result.stats));
      });

    const profiles = program.command('profiles').description('leermeester-gezel profiles');
    profiles
      .command('import')
      .description('add or update profiles from CSV or JSON; imports nothing when any row is wrong')
      .argument('<file>', 'CSV (header row, , or ;) or JSON (a list, or { "profiles": [...] })')
      .option('--dry-run', 'check the file and show what would change, without writing')
      .option('--json', 'print one JSON document')
      .addHelpText(
        'after',
        [
          '',
          `Columns: ${PROFILE_COLUMNS.join(', ')}.`,
          '  role       leermeester, gezel or beide',
          '  school     a school id from `schools import` (board and region default to the school)',
          '  themes     mechanism ids separated by ; or | (e.g. objectief-werven;omstander)',
          '  phase      1-5 or orienteren, ontwerpen, ontwikkelen, ontvouwen, borgen',
          '  capacity   1-5, for a leermeester;  available  ja or nee (default ja)',
        ].join('\n'),
      )
      .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }, command: Command) => {
        const out = Output.for(command, deps.io);
        const t = translator('nl');
        let text: string;
        try {
          text = await deps.readFile(file);
        } catch (err) {
          throw new CliError(`${t('matching.input.unreadable', { file })} (${errorText(err)})`, 2);
        }
        const { matching, schools } = await deps.store();
        const result = await importProfiles(
          t,
          text,
          /\.json$/i.test(file) ? 'json' : 'csv',
          { repo: matching, schools, now: () => new Date() },
          { dryRun: opts.dryRun },
        );
        if (!result.ok) {
          if (out.json || opts.json) out.data({ imported: false, problems: result.problems });
          for (const p of result.problems) out.note(p);
          throw new CliError(t('matching.import.nothing', { count: result.problems.length, file }), 2);
        }
        if (out.json || opts.json) {
          out.data({ imported: !opts.dryRun, dryRun: opts.dryRun === true, ...result });
          return;
        }
        out.table(
          ['LINE', 'ID', 'NAME'],
          result.profiles.map((p) => [String(p.line), p.id, p.name]),
        );
        out.line(
          t(opts.dryRun ? 'matching.import.dryRun' : 'matching.import.done', {
            created: result.created,
            updated: result.updated,
          }),
        );
      });
  },
};
