import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { schoolIdFromName } from '../../domain/school';
import { extractUpdate, type SchoolRef } from '../../features/logboek/extract';
import { toCsv, toXlsx } from '../../export/table-export';
import { exportRows, updatesTable } from '../../features/logboek/export';
import { CliError, Output, type CliDeps, type CommandGroup } from '../context';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: string, option: string): string {
  if (!ISO_DATE.test(value) || !DateTime.fromISO(value).isValid) {
    throw new CliError(`${option} must be a date like 2026-03-11, got "${value}"`, 2);
  }
  return value;
}

/** "Albeda, Techniek College Rotterdam=TCR|Techniek, Zadkine": names, with aliases after "=". */
export function parseSchools(list: string): SchoolRef[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name = '', aliases = ''] = entry.split('=');
      return {
        id: schoolIdFromName(name),
        name: name.trim(),
        shortNames: aliases
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
      };
    });
}

export const updatesCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const updates = program
      .command('updates')
      .description('the intervention logbook: read messages, export updates');

    updates
      .command('parse')
      .description('read one coach message as the bot does (offline; nothing is stored)')
      .argument('<text>', 'the message, e.g. "gisteren 24 studenten van Albeda op bedrijfsbezoek"')
      .requiredOption(
        '--schools <list>',
        'the coach\'s schools, comma-separated; aliases after "=", split by "|"',
      )
      .option('--today <date>', 'the day the message was written (YYYY-MM-DD); default today in TIME_ZONE')
      .addHelpText(
        'after',
        [
          '',
          'Prints school, mechanism, date, participants, phase, activityType and a confidence (0-1) per',
          'field; null where the message does not say. With --json: one JSON object.',
          '',
          'Example: npm run -s cli -- updates parse "TCR: workshop objectief werven, afgelopen maandag" \\',
          '           --schools "Albeda,Techniek College Rotterdam,Zadkine" --today 2026-03-11 --json',
        ].join('\n'),
      )
      .action((text: string, opts: { schools: string; today?: string }, command: Command) => {
        const out = Output.for(command, deps.io);
        const schools = parseSchools(opts.schools);
        if (schools.length === 0) throw new CliError('--schools needs at least one school name', 2);
        if (text.length > 10_000) throw new CliError('the text is longer than 10000 characters', 2);
        // Offline: the configuration is read only when the time zone is needed for "today".
        const timeZone = opts.today ? 'Europe/Amsterdam' : deps.config().timeZone;
        const today = opts.today
          ? isoDate(opts.today, '--today')
          : DateTime.now().setZone(timeZone).toISODate()!;
        const x = extractUpdate(text, { schools, today, timeZone });
        const result = {
          school: schools.find((s) => s.id === x.school)?.name ?? null,
          mechanism: x.mechanism,
          date: x.date,
          participants: x.participants,
          phase: x.phase,
          activityType: x.activityType,
          confidence: x.confidence,
        };
        if (out.json) {
          out.data(result);
          return;
        }
        out.fields(
          'Read from the message:',
          (['school', 'mechanism', 'date', 'participants', 'phase', 'activityType'] as const).map((f) => [
            f,
            `${result[f] ?? '-'}${result[f] === null ? '' : `  (confidence ${x.confidence[f].toFixed(2)})`}`,
          ]),
        );
      });

    updates
      .command('export')
      .description('one row per update in a date range, for the researchers')
      .requiredOption('--from <date>', 'first activity date (YYYY-MM-DD)')
      .requiredOption('--to <date>', 'last activity date (YYYY-MM-DD)')
      .requiredOption('--format <format>', 'xlsx, csv or json')
      .option('--pseudonymise', 'replace coach names by stable pseudonyms (same coach, same pseudonym)')
      .option('--out <file>', 'write to this file (needed for xlsx; csv and json go to stdout without it)')
      .addHelpText(
        'after',
        [
          '',
          'Columns: update_id, school_id, school, mechanism_id, mechanism_label, phase, activity_type, date,',
          'participants, coach, text, created_at, edited_at. Removed updates are left out.',
          'Example: npm run -s cli -- updates export --from 2026-01-01 --to 2026-03-31 --format xlsx --out q1.xlsx --pseudonymise',
        ].join('\n'),
      )
      .action(
        async (
          opts: { from: string; to: string; format: string; pseudonymise?: boolean; out?: string },
          command: Command,
        ) => {
          const out = Output.for(command, deps.io);
          const from = isoDate(opts.from, '--from');
          const to = isoDate(opts.to, '--to');
          if (from > to) throw new CliError('--from must not be after --to', 2);
          const format = opts.format.toLowerCase();
          if (!['xlsx', 'csv', 'json'].includes(format)) {
            throw new CliError(`--format must be xlsx, csv or json, got "${opts.format}"`, 2);
          }
          if (format === 'xlsx' && !opts.out) throw new CliError('xlsx needs --out <file>', 2);
          const store = await deps.store();
          const [list, schools] = await Promise.all([
            store.logboek.updates.listAll({ from, to }),
            store.schools.list(),
          ]);
          const secret = opts.pseudonymise
            ? await store.logboek.scheduler.secret('export-pseudonyms')
            : undefined;
          const rows = exportRows(list, schools, { pseudonymSecret: secret });
          const body =
            format === 'xlsx'
              ? await toXlsx([updatesTable(rows)])
              : format === 'csv'
                ? toCsv(updatesTable(rows))
                : `${JSON.stringify(rows, null, 2)}\n`;
          if (opts.out) {
            await writeFile(opts.out, body);
            out.note(`wrote ${rows.length} updates (${from} to ${to}) to ${opts.out}`);
          } else {
            deps.io.stdout(typeof body === 'string' ? body : body.toString('utf8'));
            out.note(`${rows.length} updates (${from} to ${to})`);
          }
        },
      );
  },
};
