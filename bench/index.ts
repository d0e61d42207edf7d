/**
 * `npm run bench`: runs every bench/<name>.ts that exports `run()` (or only those named on the
 * command line), prints one table per module and writes bench/results/latest.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Result = Record<string, number | string>;

function format(v: number | string): string {
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return v.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const long = args.includes('--long');
  const only = args.filter((a) => !a.startsWith('--'));
  const modules = readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .filter((m) => only.length === 0 || only.includes(m))
    .sort();
  const all: Record<string, Result> = {};
  console.log(
    `Kansenwijzer bench — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (other work on a shared machine moves the numbers)`,
  );
  for (const name of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, name)) as {
      run?: () => Promise<Result>;
      title?: string;
      /** Runs only when named or with --long (minutes, not seconds). */
      long?: boolean;
    };
    if (typeof mod.run !== 'function') continue;
    if (mod.long && !long && !only.includes(name)) {
      console.log(`\n${mod.title ?? name}: skipped (long; run with --long or by name)`);
      continue;
    }
    const started = Date.now();
    const result = await mod.run();
    all[name] = result;
    const rows = Object.entries(result);
    const width = Math.max(...rows.map(([k]) => k.length), 6);
    console.log(`\n${mod.title ?? name}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`${'metric'.padEnd(width)} | value`);
    console.log(`${'-'.repeat(width)}-|-${'-'.repeat(16)}`);
    for (const [k, v] of rows) console.log(`${k.padEnd(width)} | ${format(v)}`);
  }
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), results: all }, null, 2),
  );
  console.log(`\nwritten: bench/results/latest.json`);
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
