/**
 * The bot over real HTTP for load, fault and fuzz runs: restify + TeamsAdapter + the app on its own embedded
 * Cosmos store, replies going to a local connector, with an op counter and a fault injector on the client.
 */
import type { Activity } from 'botbuilder';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBot, type RunningBot, type StartOptions } from '../../src/main';
import type { Logger } from '../../src/logger';
import { teamsActivity, TEST_TENANT } from './activities';
import { replyText } from './bot';
import { startConnector, type Connector } from './connector';
import { FaultInjector, OpCounter } from './cosmos-probe';
import type { LoadUser, TurnType, WriteClaim } from './turn-types';

export interface TurnResult {
  status: number;
  ms: number;
  /** What the user read (message and card texts). */
  text: string;
  replies: Record<string, unknown>[];
}

export interface HttpBot {
  bot: RunningBot;
  connector: Connector;
  counter: OpCounter;
  faults: FaultInjector;
  send(user: { aadObjectId: string; name: string }, input: string | Partial<Activity>): Promise<TurnResult>;
  /** POSTs a raw body (fuzzing); resolves to the HTTP status. */
  postRaw(body: unknown): Promise<number>;
  close(): Promise<void>;
}

export interface HttpBotOptions {
  env?: Record<string, string>;
  logger?: Logger;
  turnHandler?: StartOptions['turnHandler'];
  /** Seed of the fault injector. */
  seed?: number;
}

export async function startHttpBot(opts: HttpBotOptions = {}): Promise<HttpBot> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-http-bot-'));
  const connector = await startConnector();
  const counter = new OpCounter();
  const faults = new FaultInjector(opts.seed);
  const bot = await startBot(
    {
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ALLOWED_TENANT_IDS: TEST_TENANT,
      ...opts.env,
    },
    opts.logger,
    { cosmosPlugins: [counter.plugin, faults.plugin], turnHandler: opts.turnHandler },
  );
  const post = (body: string) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  return {
    bot,
    connector,
    counter,
    faults,
    async send(user, input) {
      const activity = teamsActivity(user, input, { serviceUrl: connector.url, expectReplies: false });
      const started = performance.now();
      const res = await post(JSON.stringify(activity));
      await res.arrayBuffer();
      const ms = performance.now() - started;
      const replies = connector.repliesTo(activity.id!);
      return { status: res.status, ms, replies, text: replyText(replies) };
    },
    async postRaw(body) {
      const res = await post(typeof body === 'string' ? body : JSON.stringify(body));
      await res.arrayBuffer();
      return res.status;
    },
    async close() {
      faults.off();
      await bot.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LoadTurn {
  type: string;
  user: number;
  status: number;
  ms: number;
  text: string;
  /** The reply matched what the turn type promises. */
  ok: boolean;
  claim?: WriteClaim;
}

/** What the turn types need first (e.g. the user made coach); run before faults are switched on. */
export async function setUp(bot: HttpBot, user: LoadUser, types: readonly TurnType[]): Promise<void> {
  for (const type of types) {
    for (const input of type.setup?.(user) ?? []) {
      const r = await bot.send(user, input);
      if (r.status !== 200) throw new Error(`setup of ${type.name} for user ${user.n}: ${r.status}`);
    }
  }
}

function record(type: TurnType, user: LoadUser, turn: number, r: TurnResult, ok: boolean): LoadTurn {
  return {
    type: type.name,
    user: user.n,
    status: r.status,
    ms: r.ms,
    text: r.text,
    ok,
    claim: ok && type.claim ? type.claim(user, turn) : undefined,
  };
}

/**
 * Many conversations at once, each sending its turns one after another (as a person does), the turn types
 * taken round-robin with an offset per user so every moment mixes them.
 */
export async function runConversations(
  bot: HttpBot,
  users: readonly LoadUser[],
  turnsEach: number,
  types: readonly TurnType[],
  opts: { setup?: boolean } = {},
): Promise<LoadTurn[]> {
  const out: LoadTurn[] = [];
  await Promise.all(
    users.map(async (user) => {
      if (opts.setup !== false) await setUp(bot, user, types);
      for (let turn = 0; turn < turnsEach; turn++) {
        const type = types[(user.n + turn) % types.length]!;
        const r = await bot.send(user, type.input(user, turn));
        const ok = r.status === 200 && type.expect.test(r.text);
        out.push(record(type, user, turn, r, ok));
        const follow = type.followUp;
        if (ok && follow) {
          const f = await bot.send(user, follow.fromReply(r.replies, user, turn));
          out.push(record(follow, user, turn, f, f.status === 200 && follow.expect.test(f.text)));
        }
      }
    }),
  );
  return out;
}

/** Reads every confirmed write back (point reads, faults off); returns what is missing or different. */
export async function verifyClaims(bot: HttpBot, claims: readonly WriteClaim[]): Promise<string[]> {
  bot.faults.off();
  const problems: string[] = [];
  const latest = new Map<string, WriteClaim>();
  claims.forEach((c, i) => latest.set(c.key ?? String(i), c));
  for (const claim of latest.values()) {
    const problem = claim.check(await claim.read(bot.bot.cosmos.containers));
    if (problem) problems.push(`${claim.what}: ${problem}`);
  }
  return problems;
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
