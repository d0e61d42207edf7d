import type { Command } from 'commander';
import { roundFromDefinition, roundPhase, type RoundProblem } from '../../domain/round';
import { RoundService } from '../../features/aanmelding/round.service';
import { CosmosReviewRepository } from '../../features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../../features/aanmelding/round-repository';
import { CliError, errorText, Output, type CliDeps, type CliStore, type CommandGroup } from '../context';

const roundsOf = (store: CliStore) => new CosmosRoundRepository(store.containers.applications);

async function readJson(deps: CliDeps, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await deps.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${file}: no such file`, 2);
    throw new CliError(`cannot read ${file}: ${errorText(err)}`, 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${errorText(err)}`, 2);
  }
}

function reportProblems(out: Output, file: string, problems: RoundProblem[]): never {
  if (out.json) out.data({ imported: false, problems });
  for (const p of problems) out.note(`${file}: ${p.path}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  throw new CliError(`nothing imported: ${count} in ${file}`);
}

async function importAction(deps: CliDeps, file: string, dryRun: boolean, out: Output): Promise<void> {
  const definition = await readJson(deps, file);
  if (dryRun) {
    const checked = roundFromDefinition(definition, 'cli', new Date());
    if ('problems' in checked) reportProblems(out, file, checked.problems);
    if (out.json) out.data({ imported: false, dryRun: true, round: checked.round });
    else out.line(`Dry run: ${file} is a valid round (${checked.round.id}); nothing was written.`);
    return;
  }
  const store = await deps.store();
  const service = new RoundService(
    roundsOf(store),
    new CosmosReviewRepository(store.containers.applications),
    () => new Date(),
  );
  const result = await service.importDefinition(definition, 'cli');
  if ('problems' in result) reportProblems(out, file, result.problems);
  const { round, created } = result;
  if (out.json) {
    const { etag: _etag, ...data } = round;
    out.data({ imported: true, created, round: data });
    return;
  }
  out.fields(`${created ? 'Created' : 'Updated'} round ${round.id}`, [
    ['programme', round.programme],
    ['name', round.name],
    ['opens', `${round.opensAt} (UTC)`],
    ['closes', `${round.closesAt} (UTC)`],
    ['decision by', round.decisionDate],
    ['places', String(round.places)],
    ['criteria', round.criteria.map((c) => c.id).join(', ')],
  ]);
}

async function listAction(deps: CliDeps, out: Output): Promise<void> {
  const rounds = await roundsOf(await deps.store()).list();
  const now = new Date();
  if (out.json) {
    out.data({ rounds: rounds.map(({ etag: _e, ...r }) => ({ ...r, phase: roundPhase(r, now) })) });
    return;
  }
  if (rounds.length === 0) {
    out.line(
      'No rounds yet. Import one: npm run -s cli -- rounds import examples/round-begeleidingstraject-2021.json',
    );
    return;
  }
  out.table(
    ['ID', 'PHASE', 'OPENS (UTC)', 'CLOSES (UTC)', 'PLACES', 'NAME'],
    rounds.map((r) => [
      r.id,
      roundPhase(r, now),
      r.opensAt.slice(0, 16),
      r.closesAt.slice(0, 16),
      String(r.places),
      r.name,
    ]),
  );
}

export const roundsCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const rounds = program.command('rounds').description('programme rounds schools apply to');
    rounds
      .command('import')
      .description('create or update a round from a JSON file; writes nothing when anything is wrong')
      .argument('<file>', 'JSON file with one round')
      .option('--dry-run', 'check the file without writing')
      .addHelpText(
        'after',
        [
          '',
          'Fields: id, programme, name, description, timeZone (default Europe/Amsterdam), opens, closes,',
          'decisionDate, places, budget {perSchoolYear, ownContributionMin}, referencePrefix, criteria [{id?, title, description}].',
          'Dates are local to timeZone ("2021-05-14T23:59"); a closing time to the minute means "until the end of that minute".',
          'A round with the same id is replaced; its criteria cannot change once scoring has started.',
          '',
          'Example: npm run -s cli -- rounds import examples/round-begeleidingstraject-2021.json',
        ].join('\n'),
      )
      .action(async (file: string, opts: { dryRun?: boolean }, command: Command) => {
        await importAction(deps, file, opts.dryRun === true, Output.for(command, deps.io));
      });
    rounds
      .command('list')
      .description('list the rounds, newest first')
      .action(async (_opts: unknown, command: Command) => {
        await listAction(deps, Output.for(command, deps.io));
      });
  },
};
