import assert from 'node:assert/strict';
import { teamsActivity } from '../helpers/activities';
import { fuzzCases } from '../helpers/fuzz';
import { startHttpBot, type HttpBot } from '../helpers/http-harness';
import { invalidRecords } from '../helpers/record-schemas';
import { loadUser } from '../helpers/turn-types';

const CASES = 1200;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const AT_ONCE = 8;

describe('fuzz: generated bad input over HTTP', () => {
  let bot: HttpBot;
  const users = Array.from({ length: 6 }, (_, i) => loadUser(i, 'f'));
  before(async () => {
    // Half of them beheerder, so forged admin submits reach the validation, not only the role check.
    bot = await startHttpBot({
      env: {
        BOOTSTRAP_BEHEERDERS: users
          .slice(0, 3)
          .map((u) => u.aadObjectId)
          .join(','),
      },
    });
  });
  after(() => bot.close());

  it(`When ${CASES} generated messages and card submits arrive (seed ${SEED}), then none gets a 5xx, the bot keeps serving, and every stored record is valid`, async () => {
    const cases = fuzzCases(CASES, SEED, users.length);
    const statuses: { status: number; kind: string; body: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        while (next < cases.length) {
          const c = cases[next++]!;
          const activity = teamsActivity(users[c.from]!, c.activity, {
            serviceUrl: bot.connector.url,
            expectReplies: false,
          });
          const status = await bot.postRaw(activity);
          statuses.push({
            status,
            kind: c.kind,
            body: JSON.stringify({
              ...c.activity,
              text: typeof c.activity.text === 'string' ? c.activity.text.slice(0, 20) : c.activity.text,
            }).slice(0, 300),
          });
        }
      }),
    );
    assert.equal(statuses.length, CASES);
    assert.deepEqual(
      statuses.filter((s) => s.status >= 500).slice(0, Number(process.env.FUZZ_SHOW ?? 5)),
      [],
      `replay with FUZZ_SEED=${SEED}`,
    );
    const health = await fetch(`${bot.bot.url}/healthz`);
    assert.equal(health.status, 200);
    assert.match((await bot.send(users[4]!, 'hulp')).text, /Wat kan Kansenwijzer\?/);
    assert.deepEqual((await invalidRecords(bot.bot.cosmos.containers)).slice(0, 10), []);
    // The forged submits reached the validation: some odd but valid schools were stored, checked above.
    const { resources } = await bot.bot.cosmos.containers.directory.items
      .query('SELECT VALUE COUNT(1) FROM c WHERE c.pk = "school"')
      .fetchAll();
    assert.ok((resources[0] as number) > 0, 'no school was stored at all');
  });
});
