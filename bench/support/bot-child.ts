/**
 * A bot process for the bench (forked with IPC): Kansenwijzer or the echo baseline on its own embedded store,
 * with an op counter on the Cosmos client. The parent asks for op counts and peak RSS over IPC, so the load
 * generator's own memory and CPU are not in the figures.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBot } from '../../src/main';
import { OpCounter } from '../../test/helpers/cosmos-probe';
import { echoTurnHandler } from './echo-app';

export type ChildRequest = { type: 'counts' } | { type: 'rss' } | { type: 'stop' };
export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'counts'; counts: ReturnType<OpCounter['snapshot']> }
  | { type: 'rss'; peakMb: number; currentMb: number };

function memoryMb(field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const kind = process.env.BENCH_BOT ?? 'kansenwijzer';
  const dir = mkdtempSync(path.join(os.tmpdir(), `kw-bench-${kind}-`));
  const counter = new OpCounter();
  const bot = await startBot(
    {
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ALLOWED_TENANT_IDS: process.env.BENCH_TENANT ?? '',
      BOOTSTRAP_BEHEERDERS: process.env.BENCH_BEHEERDERS ?? '',
    },
    undefined,
    { cosmosPlugins: [counter.plugin], turnHandler: kind === 'echo' ? echoTurnHandler : undefined },
  );
  const send = (m: ChildMessage) => process.send?.(m);
  process.on('message', (req: ChildRequest) => {
    if (req.type === 'counts') send({ type: 'counts', counts: counter.snapshot() });
    if (req.type === 'rss') send({ type: 'rss', peakMb: memoryMb('VmHWM'), currentMb: memoryMb('VmRSS') });
    if (req.type === 'stop') {
      void bot.close().finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
  send({ type: 'ready', url: bot.url });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
