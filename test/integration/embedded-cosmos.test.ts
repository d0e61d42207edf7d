import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { CosmosClient, type Container, type ItemDefinition, type Resource } from '@azure/cosmos';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos';

const FIXTURE = path.join(__dirname, 'fixtures', 'embedded-cosmos-child.ts');

interface Doc extends ItemDefinition {
  id: string;
  pk: string;
  n?: number;
  tag?: string;
}

describe('embedded Cosmos store (integration)', function () {
  this.timeout(60_000);

  let dirs: string[] = [];
  let stores: EmbeddedCosmos[] = [];
  let clients: CosmosClient[] = [];
  let children: ChildProcess[] = [];

  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-cosmos-'));
    dirs.push(dir);
    return dir;
  }

  async function start(dataDir: string): Promise<EmbeddedCosmos> {
    const store = await startEmbeddedCosmos({ dataDir });
    stores.push(store);
    return store;
  }

  function clientFor(endpoint: string, key: string): CosmosClient {
    const client = new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
    clients.push(client);
    return client;
  }

  async function containerOn(
    endpoint: string,
    key: string,
    dbName: string,
    containerName = 'items',
  ): Promise<Container> {
    const client = clientFor(endpoint, key);
    const { database } = await client.databases.createIfNotExists({ id: dbName });
    const { container } = await database.containers.createIfNotExists({
      id: containerName,
      partitionKey: { paths: ['/pk'] },
    });
    return container;
  }

  function containerRef(endpoint: string, key: string, dbName: string, containerName = 'items'): Container {
    return clientFor(endpoint, key).database(dbName).container(containerName);
  }

  async function read(container: Container, id: string, pk: string): Promise<(Doc & Resource) | undefined> {
    const response = await container.item(id, pk).read<Doc>();
    if (response.statusCode === 404) return undefined;
    return response.resource;
  }

  async function expectStatus(promise: Promise<unknown>, code: number): Promise<void> {
    await assert.rejects(promise, (err: any) => {
      assert.equal(err.code, code);
      return true;
    });
  }

  async function spawnChild(
    dataDir: string,
  ): Promise<{ child: ChildProcess; endpoint: string; key: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });
    const info = JSON.parse(line) as { endpoint: string; key: string };
    return { child, endpoint: info.endpoint, key: info.key };
  }

  function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (child.exitCode !== null || child.signalCode !== null) {
      return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    }
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  afterEach(async () => {
    for (const client of clients) client.dispose();
    for (const store of stores) await store.close();
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exitOf(child);
      }
    }
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    dirs = [];
    stores = [];
    clients = [];
    children = [];
  });

  it('When documents are created, read and replaced, then ETag concurrency, conflicts and 404s behave like Cosmos DB', async () => {
    const store = await start(tempDir());
    const container = await containerOn(store.endpoint, store.key, `db-${randomUUID()}`);

    const { resource: created } = await container.items.create<Doc>({ id: 'a', pk: 'p1', n: 1 });
    assert.ok(created?._etag);
    const first = await read(container, 'a', 'p1');
    assert.equal(first?.n, 1);
    assert.equal(first?._etag, created._etag);

    const replaced = await container
      .item('a', 'p1')
      .replace<Doc>(
        { id: 'a', pk: 'p1', n: 2 },
        { accessCondition: { type: 'IfMatch', condition: created._etag } },
      );
    assert.equal(replaced.statusCode, 200);
    assert.notEqual(replaced.resource?._etag, created._etag);

    await expectStatus(
      container
        .item('a', 'p1')
        .replace<Doc>(
          { id: 'a', pk: 'p1', n: 3 },
          { accessCondition: { type: 'IfMatch', condition: created._etag } },
        ),
      412,
    );
    await expectStatus(container.items.create<Doc>({ id: 'a', pk: 'p1', n: 9 }), 409);

    const missing = await container.item('nope', 'p1').read();
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.resource, undefined);
    assert.equal((await read(container, 'a', 'p1'))?.n, 2);
    assert.equal(store.documentCount(), 1);
  });

  it('When the store is closed and started again in-process, then documents, ETags and deletions are kept and new creates overwrite nothing', async () => {
    const dataDir = tempDir();
    const dbName = `db-${randomUUID()}`;
    let store = await start(dataDir);
    let container = await containerOn(store.endpoint, store.key, dbName);

    await container.items.create<Doc>({ id: 'created', pk: 'p', n: 1 });
    await container.items.upsert<Doc>({ id: 'upserted', pk: 'p', n: 1 });
    await container.items.upsert<Doc>({ id: 'upserted', pk: 'p', n: 2 });
    await container.items.create<Doc>({ id: 'replaced', pk: 'q', n: 1 });
    await container.item('replaced', 'q').replace<Doc>({ id: 'replaced', pk: 'q', n: 2 });
    await container.items.create<Doc>({ id: 'deleted', pk: 'p', n: 1 });
    await container.item('deleted', 'p').delete();
    await container.items.create<Doc>({ id: 'patched', pk: 'p', n: 1 });
    await container.item('patched', 'p').patch([{ op: 'set', path: '/tag', value: 'patched' }]);
    for (let i = 0; i < 50; i += 1)
      await container.items.create<Doc>({ id: `first-${i}`, pk: `p${i % 3}`, n: i });

    const ids: [string, string][] = [
      ['created', 'p'],
      ['upserted', 'p'],
      ['replaced', 'q'],
      ['patched', 'p'],
      ...Array.from({ length: 50 }, (_, i): [string, string] => [`first-${i}`, `p${i % 3}`]),
    ];
    const before = new Map<string, Doc & { _etag: string }>();
    for (const [id, pk] of ids) before.set(id, (await read(container, id, pk))!);
    assert.equal(store.documentCount(), 54);

    await store.close();
    store = await start(dataDir);
    container = containerRef(store.endpoint, store.key, dbName);

    assert.equal(store.documentCount(), 54);
    for (const [id, pk] of ids) assert.deepEqual(await read(container, id, pk), before.get(id), id);
    assert.equal(await read(container, 'deleted', 'p'), undefined);
    assert.equal((await read(container, 'upserted', 'p'))?.n, 2);
    assert.equal((await read(container, 'replaced', 'q'))?.n, 2);
    assert.equal((await read(container, 'patched', 'p'))?.tag, 'patched');

    // The pre-restart ETag still satisfies IfMatch.
    const etag = before.get('created')!._etag;
    const replaced = await container
      .item('created', 'p')
      .replace<Doc>(
        { id: 'created', pk: 'p', n: 10 },
        { accessCondition: { type: 'IfMatch', condition: etag } },
      );
    assert.equal(replaced.statusCode, 200);

    // Rid counter restored: new documents get new _rids and overwrite nothing.
    for (let i = 0; i < 50; i += 1)
      await container.items.create<Doc>({ id: `second-${i}`, pk: `p${i % 3}`, n: 100 + i });
    const rids = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const a = await read(container, `first-${i}`, `p${i % 3}`);
      const b = await read(container, `second-${i}`, `p${i % 3}`);
      assert.equal(a?.n, i);
      assert.equal(b?.n, 100 + i);
      rids.add(String(a?._rid)).add(String(b?._rid));
    }
    assert.equal(rids.size, 100);
    assert.equal(store.documentCount(), 104);
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`When the server process gets ${signal} right after the last write, then a restart has every write with its ETag`, async () => {
      const dataDir = tempDir();
      const dbName = `db-${randomUUID()}`;
      const { child, endpoint, key } = await spawnChild(dataDir);
      const container = await containerOn(endpoint, key, dbName);

      const expected = new Map<string, { pk: string; n: number; etag: string }>();
      for (let i = 0; i < 20; i += 1) {
        const { resource } = await container.items.create<Doc>({ id: `d${i}`, pk: `p${i % 4}`, n: i });
        expected.set(`d${i}`, { pk: `p${i % 4}`, n: i, etag: resource!._etag });
      }
      const replaced = await container.item('d3', 'p3').replace<Doc>({ id: 'd3', pk: 'p3', n: 33 });
      expected.set('d3', { pk: 'p3', n: 33, etag: replaced.resource!._etag });
      await container.item('d4', 'p0').delete();
      expected.delete('d4');
      const patched = await container.item('d5', 'p1').patch<Doc>([{ op: 'incr', path: '/n', value: 50 }]);
      expected.set('d5', { pk: 'p1', n: 55, etag: patched.resource!._etag });
      const last = await container.items.upsert<Doc>({ id: 'last', pk: 'p0', n: 999 });
      expected.set('last', { pk: 'p0', n: 999, etag: last.resource!._etag });
      child.kill(signal);

      const exit = await exitOf(child);
      if (signal === 'SIGTERM') assert.deepEqual(exit, { code: 0, signal: null });
      else {
        assert.equal(exit.signal, 'SIGKILL');
        // The dead child's lock is left behind and must be taken over.
        assert.equal(fs.readFileSync(path.join(dataDir, 'LOCK'), 'utf8').trim(), String(child.pid));
      }

      const store = await start(dataDir);
      const restored = containerRef(store.endpoint, store.key, dbName);
      assert.equal(store.documentCount(), expected.size);
      for (const [id, want] of expected) {
        const doc = await read(restored, id, want.pk);
        assert.equal(doc?.n, want.n, id);
        assert.equal(doc?._etag, want.etag, id);
      }
      assert.equal(await read(restored, 'd4', 'p0'), undefined);
    });
  }

  it('When the last journal line is truncated or garbage, then it is ignored and the store keeps working', async () => {
    const dataDir = tempDir();
    const dbName = `db-${randomUUID()}`;
    const store = await start(dataDir);
    const container = await containerOn(store.endpoint, store.key, dbName);
    for (let i = 0; i < 5; i += 1) await container.items.create<Doc>({ id: `d${i}`, pk: 'p', n: i });
    const etag = (await read(container, 'd4', 'p'))!._etag;

    // What a kill -9 in the middle of an append leaves behind, on a copy of the running store's files.
    const copyDir = tempDir();
    for (const file of ['snapshot.jsonl', 'journal.jsonl']) {
      fs.copyFileSync(path.join(dataDir, file), path.join(copyDir, file));
    }
    fs.appendFileSync(
      path.join(copyDir, 'journal.jsonl'),
      `{"k":"set","p":["${dbName}","items"],"d":{"id":"half`,
    );

    const copy = await start(copyDir);
    const restored = containerRef(copy.endpoint, copy.key, dbName);
    assert.equal(copy.documentCount(), 5);
    assert.equal((await read(restored, 'd4', 'p'))?._etag, etag);
    await restored.items.create<Doc>({ id: 'after', pk: 'p', n: 6 });
    await copy.close();

    // The fragment is gone: a write after it and another restart are fine.
    const again = await start(copyDir);
    assert.equal(again.documentCount(), 6);
    assert.equal((await read(containerRef(again.endpoint, again.key, dbName), 'after', 'p'))?.n, 6);
  });

  it('When the journal is replayed over a snapshot that already has its writes, then the state is the same (crash between rename and truncate)', async () => {
    const dataDir = tempDir();
    const dbName = `db-${randomUUID()}`;
    let store = await start(dataDir);
    const container = await containerOn(store.endpoint, store.key, dbName);
    for (let i = 0; i < 10; i += 1) await container.items.create<Doc>({ id: `d${i}`, pk: 'p', n: i });
    await container.item('d1', 'p').replace<Doc>({ id: 'd1', pk: 'p', n: 11 });
    await container.item('d2', 'p').delete();
    await container.items.upsert<Doc>({ id: 'd2', pk: 'p', n: 22 });
    await container.item('d3', 'p').delete();
    const journal = fs.readFileSync(path.join(dataDir, 'journal.jsonl'), 'utf8');
    assert.ok(journal.split('\n').length > 10);
    const before = (await container.items.readAll<Doc>().fetchAll()).resources;

    await store.close(); // snapshot has every write; journal truncated
    fs.writeFileSync(path.join(dataDir, 'journal.jsonl'), journal); // as if the truncate never happened
    store = await start(dataDir);
    const after = (await containerRef(store.endpoint, store.key, dbName).items.readAll<Doc>().fetchAll())
      .resources;
    assert.deepEqual(after, before);
  });

  it('When the journal passes compactAfterBytes, then it is folded into the snapshot without losing writes', async () => {
    const dataDir = tempDir();
    const dbName = `db-${randomUUID()}`;
    const store = await startEmbeddedCosmos({ dataDir, compactAfterBytes: 4096 });
    stores.push(store);
    const container = await containerOn(store.endpoint, store.key, dbName);
    const etags = new Map<string, string>();
    for (let i = 0; i < 40; i += 1) {
      const { resource } = await container.items.create<Doc>({ id: `d${i}`, pk: 'p', tag: 'x'.repeat(100) });
      etags.set(`d${i}`, resource!._etag);
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(fs.statSync(path.join(dataDir, 'journal.jsonl')).size < 4096 + 1024, 'journal was compacted');
    assert.ok(fs.readFileSync(path.join(dataDir, 'snapshot.jsonl'), 'utf8').includes('"id":"d5"'));

    // As if killed now: start on a copy of the live files.
    const copyDir = tempDir();
    for (const file of ['snapshot.jsonl', 'journal.jsonl']) {
      fs.copyFileSync(path.join(dataDir, file), path.join(copyDir, file));
    }
    const copy = await start(copyDir);
    const restored = containerRef(copy.endpoint, copy.key, dbName);
    assert.equal(copy.documentCount(), 40);
    for (const [id, etag] of etags) assert.equal((await read(restored, id, 'p'))?._etag, etag, id);
  });

  it('When a second store starts on a directory in use, then it fails with a clear message, and works after close()', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedCosmos({ dataDir });
    stores.push(first);
    await assert.rejects(startEmbeddedCosmos({ dataDir }), (err: Error) => {
      assert.equal(
        err.message,
        `the embedded store in ${dataDir} is in use by process ${process.pid}; set COSMOS_ENDPOINT to share it`,
      );
      return true;
    });
    await first.close();
    const second = await start(dataDir);
    assert.equal(second.documentCount(), 0);
  });
});
