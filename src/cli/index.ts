// The admin CLI's process: `npm run -s cli -- <command>`. Everything else is in program.ts.
import 'dotenv/config';
import { runCli } from './program';

/** Resolves once everything written so far has left the process (a pipe may take it slower than we write). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0) resolve();
    else stream.write('', () => resolve());
  });
}

async function exitWith(code: number): Promise<never> {
  // Exit as soon as the output is out: idle keep-alive sockets to a shared store would otherwise hold the
  // process for seconds. Exiting before that cuts a large answer written to a pipe (at 64 KB).
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => exitWith(code),
  (err: unknown) => {
    console.error('error:', err instanceof Error ? err.message : err);
    return exitWith(1);
  },
);
