/**
 * The long proof (minutes): `npm run bench -- load` or `npm run bench -- --long`.
 * - load: 200 conversations × 20 turns mixing every turn type at once: 5xx, wrong replies, confirmed writes
 *   read back;
 * - faults: 200 × 5 turns while a fifth of Cosmos requests fail (429, 503, timeouts, dropped connections):
 *   5xx, turns that failed without saying so, confirmed writes lost, and recovery afterwards;
 * - fuzz: 5,000 generated messages and card submits: 5xx, invalid records.
 * The same harness as the tests in test/integration/{load,faults,fuzz}.test.ts, at full size.
 */
import { teamsActivity } from '../test/helpers/activities';
import { FAULT_KINDS } from '../test/helpers/cosmos-probe';
import { fuzzCases } from '../test/helpers/fuzz';
import {
  percentile,
  runConversations,
  setUp,
  startHttpBot,
  verifyClaims,
  type HttpBot,
  type LoadTurn,
} from '../test/helpers/http-harness';
import { invalidRecords } from '../test/helpers/record-schemas';
import { activeTurnTypes, loadUser, turnType } from '../test/helpers/turn-types';

export const title = 'Nothing lost: load, faults and fuzz at full size';
export const long = true;

const CONVERSATIONS = 200;
const TURNS = 20;
const FAULT_TURNS = 5;
const FAULT_RATE = 0.2;
const FUZZ_CASES = 5000;
const TOLD_NOT_SAVED = /lukt nu niet om je gegevens op te slaan|niet onthouden waar we in dit gesprek waren/;

const r1 = (n: number) => Math.round(n * 10) / 10;

function summarise(prefix: string, turns: LoadTurn[], seconds: number, out: Record<string, number | string>) {
  const ms = turns.map((t) => t.ms);
  out[`${prefix}: turns`] = turns.length;
  out[`${prefix}: turns/s`] = r1(turns.length / seconds);
  out[`${prefix}: p50 / p95 / p99 ms`] =
    `${r1(percentile(ms, 0.5))} / ${r1(percentile(ms, 0.95))} / ${r1(percentile(ms, 0.99))}`;
  out[`${prefix}: 5xx`] = turns.filter((t) => t.status >= 500).length;
}

async function withBot<T>(users: number, prefix: string, work: (bot: HttpBot) => Promise<T>): Promise<T> {
  const ids = Array.from({ length: users }, (_, i) => loadUser(i, prefix).aadObjectId);
  const bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: ids.join(',') } });
  try {
    return await work(bot);
  } finally {
    await bot.close();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const types = activeTurnTypes();
  out['turn types mixed'] = types
    .map((t) => (t.followUp ? `${t.name} (+ ${t.followUp.name})` : t.name))
    .join(', ');

  await withBot(CONVERSATIONS, 'e', async (bot) => {
    const users = Array.from({ length: CONVERSATIONS }, (_, i) => loadUser(i, 'e'));
    const started = Date.now();
    const turns = await runConversations(bot, users, TURNS, types);
    summarise(`load ${CONVERSATIONS}×${TURNS}`, turns, (Date.now() - started) / 1000, out);
    out[`load: wrong replies`] = turns.filter((t) => t.status === 200 && !t.ok).length;
    const claims = turns.flatMap((t) => (t.claim ? [t.claim] : []));
    const lost = await verifyClaims(bot, claims);
    out['load: confirmed writes'] = claims.length;
    out['load: confirmed writes lost or changed'] = lost.length;
    if (lost.length > 0) out['load: first lost'] = lost[0]!;
  });

  await withBot(CONVERSATIONS, 'c', async (bot) => {
    const users = Array.from({ length: CONVERSATIONS }, (_, i) => loadUser(i, 'c'));
    await Promise.all(users.map((u) => setUp(bot, u, types)));
    bot.faults.set({ rate: FAULT_RATE, kinds: FAULT_KINDS, timeoutMs: 50 });
    const started = Date.now();
    const turns = await runConversations(bot, users, FAULT_TURNS, types, { setup: false });
    const injected = { ...bot.faults.injected };
    bot.faults.off();
    summarise(
      `faults ${CONVERSATIONS}×${FAULT_TURNS} at ${FAULT_RATE * 100}%`,
      turns,
      (Date.now() - started) / 1000,
      out,
    );
    out['faults: injected'] = Object.entries(injected)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    out['faults: turns hit'] = turns.filter((t) => !t.ok).length;
    out['faults: hit without a clear message'] = turns.filter(
      (t) => !t.ok && !TOLD_NOT_SAVED.test(t.text),
    ).length;
    const claims = turns.flatMap((t) => (t.claim ? [t.claim] : []));
    out['faults: confirmed writes'] = claims.length;
    out['faults: confirmed writes lost or changed'] = (await verifyClaims(bot, claims)).length;
    const help = turnType('help turn');
    let recovered = 0;
    for (const user of users)
      if (help.expect.test((await bot.send(user, help.input(user, 0))).text)) recovered++;
    out['faults: conversations working again afterwards'] = `${recovered} of ${users.length}`;
  });

  await withBot(6, 'f', async (bot) => {
    const users = Array.from({ length: 6 }, (_, i) => loadUser(i, 'f'));
    const cases = fuzzCases(FUZZ_CASES, 20261123, users.length);
    const statuses: number[] = [];
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < cases.length) {
          const c = cases[next++]!;
          const activity = teamsActivity(users[c.from]!, c.activity, {
            serviceUrl: bot.connector.url,
            expectReplies: false,
          });
          statuses.push(await bot.postRaw(activity));
        }
      }),
    );
    out['fuzz: cases'] = statuses.length;
    out['fuzz: seconds'] = r1((Date.now() - started) / 1000);
    out['fuzz: 4xx (refused as malformed)'] = statuses.filter((s) => s >= 400 && s < 500).length;
    out['fuzz: 5xx'] = statuses.filter((s) => s >= 500).length;
    out['fuzz: bot still answers'] = (await fetch(`${bot.bot.url}/healthz`)).status === 200 ? 'yes' : 'NO';
    out['fuzz: invalid records'] = (await invalidRecords(bot.bot.cosmos.containers)).length;
  });
  return out;
}
