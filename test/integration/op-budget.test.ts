import assert from 'node:assert/strict';
import { teamsActivity } from '../helpers/activities';
import { startHttpBot, type HttpBot } from '../helpers/http-harness';
import { activeTurnTypes, loadUser } from '../helpers/turn-types';

describe('Cosmos operations per turn, counted at the client', () => {
  let bot: HttpBot;
  const user = loadUser(1, 'd');
  before(async () => {
    bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: user.aadObjectId } });
  });
  after(async () => {
    await bot.close();
  });

  for (const type of activeTurnTypes()) {
    const { read, write, query } = type.budget;
    it(`When a known user sends a ${type.name}, then it costs at most ${read} reads, ${write} writes and ${query} queries`, async () => {
      for (const input of type.setup?.(user) ?? []) await bot.send(user, input);
      // The first turns of a person remember their chat (one write, once); a busy bot sees warm users.
      for (const turn of [0, 1]) {
        const warm = await bot.send(user, type.input(user, turn));
        if (type.followUp) await bot.send(user, type.followUp.fromReply(warm.replies, user, turn));
      }
      let before = bot.counter.snapshot();
      const r = await bot.send(user, type.input(user, 2));
      const ops = bot.counter.since(before);
      assert.match(r.text, type.expect);
      assert.ok(
        ops.read <= read && ops.write <= write && ops.query <= query,
        `${type.name}: ${JSON.stringify(ops.byContainer)}`,
      );
      const follow = type.followUp;
      if (follow) {
        before = bot.counter.snapshot();
        const f = await bot.send(user, follow.fromReply(r.replies, user, 2));
        const fops = bot.counter.since(before);
        assert.match(f.text, follow.expect);
        const b = follow.budget;
        assert.ok(
          fops.read <= b.read && fops.write <= b.write && fops.query <= b.query,
          `${follow.name}: ${JSON.stringify(fops.byContainer)}`,
        );
      }
    });
  }

  it('When a turn that changed nothing is delivered twice to the same instance, then the second copy is ignored without a write', async () => {
    const activity = teamsActivity(user, 'hulp', { serviceUrl: bot.connector.url, expectReplies: false });
    const post = () =>
      fetch(`${bot.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      }).then((res) => res.status);
    assert.equal(await post(), 200);
    const before = bot.counter.snapshot();
    assert.equal(await post(), 200);
    assert.equal(bot.connector.repliesTo(activity.id!).length, 1, 'answered once');
    assert.equal(bot.counter.since(before).write, 0);
  });
});
