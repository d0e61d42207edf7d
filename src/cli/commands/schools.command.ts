import type { Command } from 'commander';
import {
  formatProblem,
  importSchools,
  SCHOOL_COLUMNS,
  SchoolImportStoppedError,
} from '../../features/admin/school-import';
import { CliError, errorText, Output, type CliDeps, type CommandGroup } from '../context';

async function readCsv(deps: CliDeps, file: string): Promise<string> {
  try {
    return await deps.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${file}: no such file`, 2);
    if (code === 'EISDIR') throw new CliError(`cannot read ${file}: it is a directory`, 2);
    throw new CliError(`cannot read ${file}: ${errorText(err)}`);
  }
}

async function importAction(deps: CliDeps, file: string, dryRun: boolean, out: Output): Promise<void> {
  const text = await readCsv(deps, file);
  const { admin } = await deps.store();
  let result;
  try {
    result = await importSchools(text, admin, { dryRun, actor: 'cli' });
  } catch (err) {
    if (!(err instanceof SchoolImportStoppedError)) throw err;
    throw new CliError(`${err.message} (${errorText(err.cause)}); running the same import again is safe`);
  }
  if (!result.ok) {
    if (out.json) out.data({ imported: false, problems: result.problems });
    for (const problem of result.problems) out.note(formatProblem(problem));
    const count = result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`;
    throw new CliError(`nothing imported: ${count} in ${file}`);
  }
  const { created, updated, schools } = result;
  if (out.json) {
    out.data({ imported: !dryRun, dryRun, created, updated, schools });
    return;
  }
  out.table(
    ['LINE', 'ACTION', 'ID', 'NAME'],
    schools.map((s) => [String(s.line), s.action, s.id, s.name]),
  );
  out.line();
  out.line(
    dryRun
      ? `Dry run: would create ${created} and update ${updated} schools; nothing was written.`
      : `Imported ${schools.length} schools: ${created} created, ${updated} updated.`,
  );
}

export const schoolsCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const schools = program.command('schools').description('manage the schools the bot knows');
    schools
      .command('import')
      .description('add or update schools from a CSV file; imports nothing when any row is wrong')
      .argument('<file>', 'CSV with a header row, separated by , or ;')
      .option('--dry-run', 'check the file and show what would change, without writing')
      .addHelpText(
        'after',
        [
          '',
          `Columns: ${SCHOOL_COLUMNS.join(', ')}. Only name is required.`,
          '  short_names  names people use in chat, separated by , or ; inside one quoted field',
          '  brin         2 digits + 2 letters (e.g. 25LX), or empty',
          '  id           optional; made from the name when empty (e.g. "ROC Mondriaan" -> roc-mondriaan)',
          'A row without an id updates the stored school with the same name, so re-importing is safe.',
          '',
          'Example: npm run -s cli -- schools import examples/schools.csv --dry-run',
        ].join('\n'),
      )
      .action(async (file: string, opts: { dryRun?: boolean }, command: Command) => {
        await importAction(deps, file, opts.dryRun === true, Output.for(command, deps.io));
      });
  },
};
