import assert from 'node:assert/strict';
import { TurnContext, TestAdapter } from 'botbuilder';
import { AppTurnState } from '../../src/bot/turn-state';
import { ConflictError } from '../../src/domain/errors';
import { CosmosBotStorage } from '../../src/storage/bot-state-storage';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';

function contextFor(conversationId: string): TurnContext {
  const adapter = new TestAdapter(() => Promise.resolve());
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'msteams',
    recipient: { id: 'bot', name: 'bot' },
    from: { id: 'u', name: 'u' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    text: 'x',
  });
}

describe('bot state storage on the Cosmos protocol', () => {
  let db: TestDatabase;
  let storage: CosmosBotStorage;
  beforeEach(async () => {
    db = await freshDatabase();
    storage = new CosmosBotStorage(db.containers.botstate);
  });
  afterEach(() => db.drop());

  it('When state is written and read back, then it is the same and carries an eTag', async () => {
    await storage.write({ 'msteams/bot/conversations/a': { step: 2, draft: { name: 'Albeda' } } });
    const items = await storage.read(['msteams/bot/conversations/a', 'missing']);
    assert.deepEqual(
      { ...items['msteams/bot/conversations/a'], eTag: undefined },
      { step: 2, draft: { name: 'Albeda' }, eTag: undefined },
    );
    assert.ok(items['msteams/bot/conversations/a']?.eTag);
    assert.equal(items.missing, undefined);
  });

  it('When a write carries a stale eTag, then it is refused as a conflict and the newer state stays', async () => {
    const key = 'k';
    await storage.write({ [key]: { v: 1 } });
    const first = (await storage.read([key]))[key]!;
    await storage.write({ [key]: { v: 2, eTag: first.eTag } });
    await assert.rejects(storage.write({ [key]: { v: 3, eTag: first.eTag } }), ConflictError);
    assert.equal((await storage.read([key]))[key]?.v, 2);
    await storage.write({ [key]: { v: 4, eTag: '*' } });
    assert.equal((await storage.read([key]))[key]?.v, 4);
  });

  it('When keys contain slashes, question marks or are very long, then they still round-trip', async () => {
    const keys = ['a/b\\c?d#e%f', `msteams/bot/conversations/${'x'.repeat(400)}`];
    await storage.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));
    const items = await storage.read(keys);
    assert.equal(items[keys[0]!]?.i, 0);
    assert.equal(items[keys[1]!]?.i, 1);
    await storage.delete([...keys, 'never-existed']);
    assert.deepEqual(await storage.read(keys), {});
  });

  it('When two turns of one conversation (e.g. two bot instances) save at once, then both changes are kept', async () => {
    const ctx = contextFor('conv-1');
    const a = new AppTurnState();
    const b = new AppTurnState();
    await a.load(ctx, storage);
    await b.load(ctx, storage);
    a.conversation.applicationDraft = { step: 3 };
    a.conversation.recentActivityIds = ['act-a'];
    b.conversation.updateDraft = { school: 'albeda' };
    b.conversation.recentActivityIds = ['act-b'];
    await a.save(ctx, storage);
    await b.save(ctx, storage); // conflicts with a's write, merges
    const c = new AppTurnState();
    await c.load(ctx, storage);
    assert.deepEqual(c.conversation.applicationDraft, { step: 3 });
    assert.deepEqual(c.conversation.updateDraft, { school: 'albeda' });
    assert.deepEqual([...(c.conversation.recentActivityIds ?? [])].sort(), ['act-a', 'act-b']);
  });

  it('When a turn changes nothing, then nothing is written', async () => {
    const ctx = contextFor('conv-2');
    const s = new AppTurnState();
    await s.load(ctx, storage);
    await s.save(ctx, storage);
    const { resources } = await db.containers.botstate.items.readAll().fetchAll();
    assert.equal(resources.length, 0);
  });
});
