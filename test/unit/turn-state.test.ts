import assert from 'node:assert/strict';
import { KeyedSerialQueue } from '../../src/bot/conversation-lock';
import { mergeState } from '../../src/bot/turn-state';

describe('conversation state merge', () => {
  it('When two turns changed different keys, then both changes survive', () => {
    const base = { a: 1, b: 1 };
    const mine = { a: 2, b: 1 };
    const latest = { a: 1, b: 3, eTag: 'x' };
    assert.deepEqual(mergeState(base, mine, latest), { a: 2, b: 3 });
  });

  it('When this turn deleted a key the other did not touch, then it is deleted', () => {
    assert.deepEqual(mergeState({ a: 1, draft: { x: 1 } }, { a: 1 }, { a: 1, draft: { x: 1 } }), { a: 1 });
  });

  it('When both turns recorded activity ids, then the ids are united so neither is processed twice', () => {
    const merged = mergeState(
      { recentActivityIds: ['1'] },
      { recentActivityIds: ['1', '2'] },
      { recentActivityIds: ['1', '3'] },
    );
    assert.deepEqual(merged.recentActivityIds, ['1', '3', '2']);
  });
});

describe('per-conversation serial queue', () => {
  it('When tasks for one key overlap, then they run one after another; other keys run alongside', async () => {
    const q = new KeyedSerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}>`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`<${name}`);
    };
    await Promise.all([q.run('c1', task('a', 20)), q.run('c1', task('b', 1)), q.run('c2', task('x', 5))]);
    assert.ok(log.indexOf('<a') < log.indexOf('b>'), log.join(' '));
    assert.ok(log.indexOf('x>') < log.indexOf('<a'), log.join(' '));
    assert.equal(q.size, 0);
  });

  it('When a task fails, then the next task for that key still runs', async () => {
    const q = new KeyedSerialQueue();
    await assert.rejects(q.run('k', () => Promise.reject(new Error('boom'))));
    assert.equal(await q.run('k', () => Promise.resolve(42)), 42);
  });
});
