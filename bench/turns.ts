/**
 * Turn cost over real HTTP: restify + TeamsAdapter + Application with Cosmos state on the embedded server,
 * message activities POSTed to /api/messages, replies going to the bench's own connector. Every turn type of
 * test/helpers/turn-types.ts against an echo bot on the same stack, at 1, 10 and 50 conversations at once;
 * Cosmos operations per turn counted at the client. Each bot runs in its own process (bench/support/bot-child.ts)
 * so its peak RSS is its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { teamsActivity, TEST_TENANT } from '../test/helpers/activities';
import { replyText } from '../test/helpers/bot';
import { startConnector, type Connector } from '../test/helpers/connector';
import type { OpCounts } from '../test/helpers/cosmos-probe';
import { percentile } from '../test/helpers/http-harness';
import { loadUser, TURN_TYPES, type LoadUser, type TurnType } from '../test/helpers/turn-types';
import type { ChildMessage, ChildRequest } from './support/bot-child';

export const title = 'Turn cost over HTTP: Kansenwijzer against an echo bot on the same stack';

const LEVELS = [1, 10, 50] as const;
const TURNS_PER_LEVEL: Record<(typeof LEVELS)[number], number> = { 1: 200, 10: 500, 50: 1000 };
const USERS = Array.from({ length: 50 }, (_, i) => loadUser(i, 'f'));
const ECHO: TurnType = {
  name: 'echo',
  input: (user, turn) => `echo ${user.n}-${turn}`,
  expect: /^echo /,
  budget: { read: 1, write: 0, query: 0 },
};
const TARGET_RATIO = 1.3;
const TARGET_P99_AT_10 = 50;

interface Child {
  url: string;
  ask<T extends ChildMessage['type']>(
    type: ChildRequest['type'] & T,
  ): Promise<Extract<ChildMessage, { type: T }>>;
  stop(): Promise<void>;
}

async function startChild(kind: 'kansenwijzer' | 'echo'): Promise<Child> {
  const child: ChildProcess = fork(path.join(__dirname, 'support', 'bot-child.ts'), [], {
    execArgv: [
      '--import',
      'tsx',
      '--no-deprecation',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    env: {
      ...process.env,
      BENCH_BOT: kind,
      BENCH_TENANT: TEST_TENANT,
      BENCH_BEHEERDERS: USERS.map((u) => u.aadObjectId).join(','),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as T);
      };
      const onExit = (code: number | null) => reject(new Error(`bench bot exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next<{ url: string }>('ready');
  return {
    url: ready.url,
    ask: (type) => {
      const answer = next<never>(type);
      child.send({ type });
      return answer;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}

interface LevelResult {
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

const turnCounter = new Map<string, number>();

async function oneTurn(
  url: string,
  connector: Connector,
  type: TurnType,
  user: LoadUser,
): Promise<{ ms: number; ok: boolean }> {
  const key = `${type.name}/${user.n}`;
  const turn = turnCounter.get(key) ?? 0;
  turnCounter.set(key, turn + 1);
  const activity = teamsActivity(user, type.input(user, turn), {
    serviceUrl: connector.url,
    expectReplies: false,
  });
  const started = performance.now();
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  const replies = connector.repliesTo(activity.id!);
  const text = replyText(replies);
  return { ms, ok: res.status === 200 && replies.length > 0 && type.expect.test(text) };
}

/**
 * `conversations` people at once, each sending turns one after another until `total` turns are done: back to
 * back (throughput), or every `paceMs` with jitter, as people do (latency).
 */
async function level(
  url: string,
  connector: Connector,
  type: TurnType,
  conversations: number,
  total: number,
  paceMs = 0,
): Promise<LevelResult> {
  const latencies: number[] = [];
  let failed = 0;
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    USERS.slice(0, conversations).map(async (user, i) => {
      if (paceMs > 0) await new Promise((r) => setTimeout(r, (paceMs * i) / conversations));
      while (started < total) {
        started++;
        const begin = performance.now();
        const r = await oneTurn(url, connector, type, user);
        latencies.push(r.ms);
        if (!r.ok) failed++;
        const wait = paceMs * (0.75 + Math.random() / 2) - (performance.now() - begin);
        if (wait > 0) await new Promise((res) => setTimeout(res, wait));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return {
    turns: latencies.length,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failed,
  };
}

/**
 * The latency target is for people, not for a saturating loop: 10 conversations that each send a turn every
 * PACE_MS (with jitter), so turns overlap but the bot is not driven flat out. (With every conversation sending
 * its next turn the moment the previous one is answered, latency is just conversations ÷ throughput.)
 */
const PACE_MS = 250;
const PACED_TURNS = 400;

interface Measured {
  /** Saturating: each conversation sends its next turn as soon as it has the answer. */
  levels: Map<number, LevelResult>;
  /** 10 conversations at a person's pace. */
  paced: LevelResult;
  ops: Omit<OpCounts, 'other'>;
}

async function measure(child: Child, type: TurnType, connector: Connector): Promise<Measured> {
  // Setup (e.g. making the users coaches), then warm-up: every user's first turns (conversation reference,
  // caches, JIT) are not what a busy bot does.
  await Promise.all(
    USERS.map(async (u) => {
      for (const input of type.setup?.(u) ?? []) {
        const activity = teamsActivity(u, input, { serviceUrl: connector.url, expectReplies: false });
        const res = await fetch(`${child.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
        });
        await res.arrayBuffer();
      }
    }),
  );
  await Promise.all(USERS.map((u) => oneTurn(child.url, connector, type, u)));
  await level(child.url, connector, type, 10, 100);
  const before = (await child.ask('counts')).counts;
  const levels = new Map<number, LevelResult>();
  levels.set(1, await level(child.url, connector, type, 1, TURNS_PER_LEVEL[1]));
  const counted = (await child.ask('counts')).counts;
  for (const c of LEVELS)
    if (c !== 1) levels.set(c, await level(child.url, connector, type, c, TURNS_PER_LEVEL[c]));
  const pacedResult = await level(child.url, connector, type, 10, PACED_TURNS, PACE_MS);
  const turns = levels.get(1)!.turns;
  const per = (k: 'read' | 'write' | 'query') => (counted[k] - before[k]) / turns;
  const byContainer: Record<string, number> = {};
  for (const [k, v] of Object.entries(counted.byContainer)) {
    const d = (v - (before.byContainer[k] ?? 0)) / turns;
    if (d > 0) byContainer[k] = d;
  }
  return {
    levels,
    paced: pacedResult,
    ops: { read: per('read'), write: per('write'), query: per('query'), byContainer },
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

function record(out: Record<string, number | string>, name: string, m: Measured): void {
  for (const [c, l] of m.levels) {
    const k = `${name} @${c}`;
    out[`${k}: turns/s`] = r1(l.turnsPerSecond);
    out[`${k}: p50 / p95 / p99 ms`] = `${r1(l.p50)} / ${r1(l.p95)} / ${r1(l.p99)}`;
    if (l.failed > 0) out[`${k}: wrong replies`] = l.failed;
  }
  out[`${name} paced 10×${PACE_MS}ms: p50 / p95 / p99 ms`] =
    `${r1(m.paced.p50)} / ${r1(m.paced.p95)} / ${r1(m.paced.p99)}`;
  if (m.paced.failed > 0) out[`${name} paced: wrong replies`] = m.paced.failed;
  out[`${name}: Cosmos reads / writes / queries per turn`] =
    `${r2(m.ops.read)} / ${r2(m.ops.write)} / ${r2(m.ops.query)}`;
  out[`${name}: Cosmos ops by container`] =
    Object.entries(m.ops.byContainer)
      .map(([k, v]) => `${k}=${r2(v)}`)
      .join(' ') || '-';
}

export async function run(): Promise<Record<string, number | string>> {
  const connector = await startConnector();
  const echoBot = await startChild('echo');
  const bot = await startChild('kansenwijzer');
  const out: Record<string, number | string> = {};
  try {
    // BENCH_TURN_TYPES="help turn,card submit" measures only those.
    const only = process.env.BENCH_TURN_TYPES?.split(',').map((s) => s.trim());
    let first = true;
    for (const type of TURN_TYPES) {
      if (only && !only.includes(type.name)) continue;
      if (type.pending) {
        out[type.name] = `not measured: ${type.pending}`;
        continue;
      }
      // The baseline is measured right before each turn type, so both see the same machine (other work on a
      // shared machine moves the numbers between runs, much less between neighbours).
      const echo = await measure(echoBot, ECHO, connector);
      if (first) record(out, 'echo', echo);
      first = false;
      const m = await measure(bot, type, connector);
      record(out, type.name, m);
      const budget = type.budget;
      out[`${type.name}: op budget r${budget.read}/w${budget.write}/q${budget.query}`] =
        m.ops.read <= budget.read && m.ops.write <= budget.write && m.ops.query <= budget.query
          ? 'within'
          : 'OVER';
      for (const c of LEVELS) {
        const mine = m.levels.get(c)!;
        const base = echo.levels.get(c)!;
        out[`${type.name} @${c}: ×echo latency p50 / throughput`] =
          `${r2(mine.p50 / base.p50)} / ${r2(base.turnsPerSecond / mine.turnsPerSecond)}`;
      }
      const latency = m.paced.p50 / echo.paced.p50;
      const throughput = echo.levels.get(10)!.turnsPerSecond / m.levels.get(10)!.turnsPerSecond;
      out[`${type.name}: target ≤${TARGET_RATIO}× echo @10, paced p99 ≤ ${TARGET_P99_AT_10} ms`] =
        latency <= TARGET_RATIO && throughput <= TARGET_RATIO && m.paced.p99 <= TARGET_P99_AT_10
          ? 'met'
          : `NOT met (paced p50 ×${r2(latency)}, throughput ×${r2(throughput)}, p99 ${r1(m.paced.p99)} ms)`;
    }
    out['echo bot: peak RSS MB'] = r1((await echoBot.ask('rss')).peakMb);
    out['Kansenwijzer: peak RSS MB'] = r1((await bot.ask('rss')).peakMb);
  } finally {
    await Promise.all([echoBot.stop(), bot.stop()]);
    await connector.close();
  }
  out['floor per turn'] =
    'one state read; a state write only when the conversation changed (card submits also record their activity ' +
    'id, against redelivery to another instance); no query on the FAQ path';
  return out;
}
