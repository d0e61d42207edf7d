/**
 * Runs the test tiers in order (unit → bot → integration → e2e) with mocha and ends with the plain
 * line CI reads: "N passed, N failed, N skipped". Usage: tsx scripts/run-tests.ts [tier …] [--grep re]
 */
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const TIERS = { unit: 10_000, bot: 20_000, integration: 90_000, e2e: 240_000 } as const;
type Tier = keyof typeof TIERS;

function testFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'fixtures' && name !== 'helpers') out = out.concat(testFiles(full));
    } else if (name.endsWith('.test.ts')) {
      out.push(full);
    }
  }
  return out.sort();
}

async function runTier(
  tier: Tier,
  grep?: string,
): Promise<{ passes: number; failures: number; pending: number }> {
  const dir = path.resolve(__dirname, '..', 'test', tier);
  const mocha = new Mocha({ timeout: TIERS[tier], reporter: 'spec', grep });
  let files: string[] = [];
  try {
    files = testFiles(dir);
  } catch {
    /* a tier without tests */
  }
  if (files.length === 0) return { passes: 0, failures: 0, pending: 0 };
  console.log(`\n=== ${tier} (${files.length} files) ===`);
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const s = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      resolve({ passes: s.passes, failures: s.failures, pending: s.pending });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const grepAt = args.indexOf('--grep');
  const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
  const named = args.filter((a, i) => !a.startsWith('--') && (grepAt < 0 || i !== grepAt + 1));
  const tiers = (named.length > 0 ? named : Object.keys(TIERS)) as Tier[];
  for (const t of tiers) {
    if (!(t in TIERS)) {
      console.error(`unknown tier "${t}"; use one of ${Object.keys(TIERS).join(', ')}`);
      process.exit(2);
    }
  }
  const total = { passes: 0, failures: 0, pending: 0 };
  for (const tier of tiers) {
    const r = await runTier(tier, grep);
    total.passes += r.passes;
    total.failures += r.failures;
    total.pending += r.pending;
  }
  console.log(`\n${total.passes} passed, ${total.failures} failed, ${total.pending} skipped`);
  // Tiers may leave handles (servers, browsers) behind on failure; the verdict is in.
  process.exit(total.failures > 0 || total.passes === 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
