// The admin CLI's process: `npm run -s cli -- <command>`. Everything else is in program.ts.
import 'dotenv/config';
import { runCli } from './program';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    // Exit now: idle keep-alive sockets to a shared store would otherwise hold the process for seconds.
    process.exit(code);
  },
  (err: unknown) => {
    console.error('error:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
