import assert from 'node:assert/strict';
import { runConversations, startHttpBot, verifyClaims, type HttpBot } from '../helpers/http-harness';
import { activeTurnTypes, loadUser } from '../helpers/turn-types';

/** The size (about 40 s here); `npm run bench -- load` runs it too and adds throughput and latency. */
const CONVERSATIONS = 200;
const TURNS = 20;

describe('load: many conversations at once over HTTP', () => {
  let bot: HttpBot;
  const users = Array.from({ length: CONVERSATIONS }, (_, i) => loadUser(i));
  before(async () => {
    bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: users.map((u) => u.aadObjectId).join(',') } });
  });
  after(async () => {
    await bot.close();
  });

  it(`When ${CONVERSATIONS} conversations each send ${TURNS} mixed turns at once, then none gets a 5xx, every reply is the right one and every confirmed write reads back intact`, async () => {
    const turns = await runConversations(bot, users, TURNS, activeTurnTypes());
    assert.ok(turns.length >= CONVERSATIONS * TURNS, `${turns.length} turns`);
    assert.deepEqual(
      turns.filter((t) => t.status >= 500).map((t) => `${t.type}: ${t.status}`),
      [],
    );
    const wrong = turns.filter((t) => !t.ok);
    assert.deepEqual(
      wrong.slice(0, 5).map((t) => `${t.type} → ${t.status} ${t.text.slice(0, 120)}`),
      [],
    );
    const claims = turns.flatMap((t) => (t.claim ? [t.claim] : []));
    assert.ok(claims.length >= CONVERSATIONS, `only ${claims.length} confirmed writes`);
    assert.deepEqual(await verifyClaims(bot, claims), []);
  });
});
