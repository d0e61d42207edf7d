import assert from 'node:assert/strict';
import { cardOf } from '../helpers/bot';
import { FAULT_KINDS } from '../helpers/cosmos-probe';
import { runConversations, setUp, startHttpBot, verifyClaims, type HttpBot } from '../helpers/http-harness';
import { activeTurnTypes, loadUser, turnType } from '../helpers/turn-types';

/** What a user reads when the store did not answer: it says so, and that nothing is lost. */
const TOLD_NOT_SAVED = /lukt nu niet om je gegevens op te slaan|niet onthouden waar we in dit gesprek waren/;

describe('faults between the bot and Cosmos: throttling, outages, timeouts, dropped connections', () => {
  let bot: HttpBot;
  const users = Array.from({ length: 24 }, (_, i) => loadUser(i, 'c'));
  const beheerder = users[0]!;
  before(async () => {
    bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: users.map((u) => u.aadObjectId).join(',') } });
  });
  after(async () => {
    await bot.close();
  });
  afterEach(() => bot.faults.off());

  for (const kind of FAULT_KINDS) {
    it(`When the directory answers only ${kind}, then a school form comes back filled in with a clear message, and the same submit saves it once Cosmos is back`, async () => {
      const submit = {
        type: 'message',
        value: {
          verb: 'admin.school.save',
          name: `Storing ${kind} College`,
          shortNames: 'SC',
          brin: '12AB',
          region: 'Twente',
          board: '',
        },
      };
      bot.faults.set({ rate: 1, kinds: [kind], containers: ['directory'], timeoutMs: 30 });
      const failed = await bot.send(beheerder, submit);
      assert.equal(failed.status, 200);
      assert.match(failed.text, TOLD_NOT_SAVED);
      const card = cardOf(failed.replies[0]);
      assert.ok(card, 'the form comes back');
      const json = JSON.stringify(card);
      for (const typed of [`Storing ${kind} College`, 'SC', '12AB', 'Twente']) {
        assert.ok(json.includes(`"value":"${typed}"`), `the form keeps "${typed}"`);
      }

      bot.faults.off();
      const again = await bot.send(beheerder, submit);
      assert.match(again.text, new RegExp(`Storing ${kind} College\\*\\* is opgeslagen`));
    });
  }

  it('When every document request fails (Cosmos down), then a typed message is answered with the store notice and handed back, not a 5xx', async () => {
    bot.faults.set({ rate: 1, kinds: ['503', 'drop'] });
    const long = 'gisteren hebben we met 24 studenten een bedrijfsbezoek gedaan bij een bouwbedrijf';
    const r = await bot.send(users[1]!, long);
    assert.equal(r.status, 200);
    assert.match(r.text, TOLD_NOT_SAVED);
    assert.ok(r.text.includes(long), 'the typed text comes back to copy');
  });

  it('When a coach writes an update while the directory is down, then she hears it could not be handled and gets her text back, not "I don\'t understand"', async () => {
    const coach = users[2]!;
    const logbook = turnType('logbook-extraction turn');
    await setUp(bot, coach, [logbook]);
    bot.faults.set({ rate: 1, kinds: ['503'], containers: ['directory'] });
    const text = logbook.input(coach, 0) as string;
    const r = await bot.send(coach, text);
    assert.match(r.text, TOLD_NOT_SAVED);
    assert.ok(r.text.includes(text));
    bot.faults.off();
    assert.match((await bot.send(coach, text)).text, logbook.expect);
  });

  it('When a third of all Cosmos requests fail during mixed traffic, then there is no 5xx, every failed turn says so clearly, nothing confirmed is lost, and every conversation works again once Cosmos recovers', async () => {
    for (const user of users) await setUp(bot, user, activeTurnTypes());
    bot.faults.set({ rate: 0.33, kinds: FAULT_KINDS, timeoutMs: 20 });
    const turns = await runConversations(bot, users, 6, activeTurnTypes(), { setup: false });
    const injected = bot.faults.total;
    bot.faults.off();
    assert.ok(injected > 50, `only ${injected} faults were injected`);
    assert.deepEqual(
      turns.filter((t) => t.status >= 500),
      [],
    );
    const unclear = turns.filter((t) => !t.ok && !TOLD_NOT_SAVED.test(t.text));
    assert.deepEqual(
      unclear.map((t) => `${t.type}: ${t.text.slice(0, 160)}`),
      [],
      'a turn that did not do its job says the store was the problem',
    );
    assert.ok(
      turns.some((t) => !t.ok),
      'some turns were hit',
    );
    const claims = turns.flatMap((t) => (t.claim ? [t.claim] : []));
    assert.deepEqual(await verifyClaims(bot, claims), []);

    // Recovery without a restart: every conversation's next turn works.
    const help = turnType('help turn');
    for (const user of users) {
      const r = await bot.send(user, help.input(user, 99));
      assert.match(r.text, help.expect, `conversation ${user.n} recovered`);
    }
  });
});
