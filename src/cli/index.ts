/**
 * Admin CLI: `npm run -s cli -- <command>`. Command groups live in ./commands, one file each; a
 * command loads heavy modules (store, bot) only when it runs, so quick commands start quickly.
 */
import { Command } from 'commander';
import { registerMatchingCommands } from './commands/matching';

const program = new Command();
program.name('kansenwijzer').description('Kansenwijzer administration').showHelpAfterError();
registerMatchingCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
