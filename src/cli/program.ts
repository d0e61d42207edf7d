import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { StoreUnavailableError } from '../domain/errors';
import { faqCommands } from './commands/faq.command';
import { applicationsCommands } from './commands/applications.command';
import { healthCommand } from './commands/health.command';
import { privacyCommands } from './commands/privacy.command';
import { matchingCommands } from './commands/matching.command';
import { rolesCommands } from './commands/roles.command';
import { roundsCommands } from './commands/rounds.command';
import { schoolsCommands } from './commands/schools.command';
import { updatesCommands } from './commands/updates.command';
import { CliError, errorText, type CliDeps, type CliIo, type CommandGroup } from './context';
import { createCliDeps } from './services';

/** Every command the CLI has: to add one, write commands/<group>.command.ts and list it here. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  schoolsCommands,
  rolesCommands,
  faqCommands,
  roundsCommands,
  applicationsCommands,
  updatesCommands,
  privacyCommands,
  healthCommand,
  matchingCommands,
];

/** The whole CLI as a commander program; parsing it never exits the process (exitOverride). */
export function buildCli(deps: CliDeps): Command {
  const program = new Command('kansenwijzer-cli')
    .usage('[--json] <command> [options]')
    .description(
      'Kansenwijzer admin CLI: schools, roles, rounds and applications, logbook updates, matching and the health of the store.',
    )
    .option('--json', 'print one JSON document on stdout instead of tables')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.io.stdout(text),
      writeErr: (text) => deps.io.stderr(text),
      // Commander puts "did you mean …?" on a line of its own; keep every error to one line.
      outputError: (text, write) => write(`${text.trim().split('\n').join(' ')}\n`),
    })
    .addHelpText(
      'after',
      [
        '',
        'Reads the same settings as the bot (.env / environment). Next to a running bot that uses the',
        "embedded store, commands use that bot's store; stderr says which store was used.",
        'Exit codes: 0 ok, 1 failed, 2 wrong arguments.',
      ].join('\n'),
    );
  for (const group of COMMAND_GROUPS) group.register(program, deps);
  return program;
}

export interface RunOptions {
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the real wiring (config, store, files), e.g. in tests. */
  deps?: CliDeps;
}

/** Runs one command line; resolves to the exit code and never throws. */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const wired = options.deps
    ? { deps: options.deps, close: () => Promise.resolve() }
    : (() => {
        const deps = createCliDeps(options.env ?? process.env, io);
        return { deps, close: () => deps.close() };
      })();
  let code: number;
  try {
    await buildCli(wired.deps).parseAsync([...argv], { from: 'user' });
    code = 0;
  } catch (err) {
    code = reportFailure(err, io);
  }
  try {
    await wired.close();
  } catch (err) {
    io.stderr(`error: could not close the store cleanly: ${errorText(err)}\n`);
    code = code === 0 ? 1 : code;
  }
  return code;
}

function reportFailure(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // Commander has printed the message or the help already.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  if (err instanceof CliError) {
    io.stderr(`error: ${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof ConfigError) {
    io.stderr(`error: invalid configuration (.env or environment): ${err.problems.join('; ')}\n`);
    return 1;
  }
  if (err instanceof StoreUnavailableError) {
    io.stderr(`error: the store did not answer (${errorText(err.cause)})\n`);
    return 1;
  }
  io.stderr(`error: ${errorText(err)}\n`);
  return 1;
}
