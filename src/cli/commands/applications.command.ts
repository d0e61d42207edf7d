import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { DomainError } from '../../domain/errors';
import {
  EXPORT_FORMATS,
  exportApplications,
  type ExportFormat,
} from '../../features/aanmelding/application-export';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
} from '../../features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../../features/aanmelding/round-repository';
import { CliError, errorText, Output, type CliDeps, type CommandGroup } from '../context';

interface ExportOptions {
  round: string;
  format: ExportFormat;
  out?: string;
}

async function exportAction(deps: CliDeps, opts: ExportOptions, out: Output): Promise<void> {
  const { containers } = await deps.store();
  const c = containers.applications;
  let result;
  try {
    result = await exportApplications(
      {
        rounds: new CosmosRoundRepository(c),
        applications: new CosmosApplicationRepository(c),
        reviews: new CosmosReviewRepository(c),
      },
      opts.round,
      opts.format,
    );
  } catch (err) {
    if (err instanceof DomainError && err.messageKey === 'aanmelding.error.unknownRound') {
      throw new CliError(`no round "${opts.round}"; see: npm run -s cli -- rounds list`, 2);
    }
    throw err;
  }
  // xlsx is binary: it always goes to a file. csv and json go to stdout unless --out is given.
  const file = opts.out ?? (opts.format === 'xlsx' ? `aanmeldingen-${result.round.id}.xlsx` : undefined);
  if (!file) {
    deps.io.stdout(result.content.toString('utf8'));
    out.note(
      `${result.applications} submitted applications of ${result.round.id} exported as ${opts.format}`,
    );
    return;
  }
  try {
    await writeFile(file, result.content);
  } catch (err) {
    throw new CliError(`cannot write ${file}: ${errorText(err)}`);
  }
  if (out.json)
    out.data({ round: result.round.id, format: opts.format, applications: result.applications, file });
  else
    out.line(
      `Wrote ${result.applications} submitted applications of ${result.round.id} to ${file} (${opts.format}).`,
    );
}

export const applicationsCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const applications = program
      .command('applications')
      .description('applications schools submitted in a round');
    applications
      .command('export')
      .description("export a round's submitted applications with every field, score, question and decision")
      .requiredOption('--round <id>', 'the round (see: rounds list)')
      .addOption(new Option('--format <format>', 'file format').choices([...EXPORT_FORMATS]).default('xlsx'))
      .option(
        '--out <file>',
        'write to this file (xlsx default: aanmeldingen-<round>.xlsx; csv/json default: stdout)',
      )
      .addHelpText(
        'after',
        [
          '',
          'xlsx has sheets Aanmeldingen, Scores, Vragen, Geschiedenis and Ronde; csv is the Aanmeldingen sheet;',
          'json has everything, including each reviewer’s scores. Drafts are never exported.',
          '',
          'Example: npm run -s cli -- applications export --round begeleidingstraject-2021 --format csv > aanmeldingen.csv',
        ].join('\n'),
      )
      .action(async (opts: ExportOptions, command: Command) => {
        await exportAction(deps, opts, Output.for(command, deps.io));
      });
  },
};
