/**
 * Embedded Cosmos DB (NoSQL API) protocol server whose data survives a clean stop and a `kill -9`.
 *
 * Built on the internals of `@vercel/cosmosdb-server` 1.0.1 (pinned exactly: this file reaches into `lib/account`
 * and `lib/routes`, which are not public API). The library keeps everything in memory; we add:
 *
 *  - an append-only journal (`journal.jsonl`): every mutation of the in-memory account ends in
 *    `Items.prototype._set(data)` or `Items.prototype.delete(idOrRid, partition)` (create, replace, upsert, patch
 *    and batch all get there). We wrap both on the prototype and, synchronously and before the mutation is applied,
 *    append one JSON line. The HTTP response is written later in the same request, so an acknowledged write is in
 *    the OS page cache and survives `kill -9` of this process. It is NOT power-loss durable: there is no fsync per
 *    write (only the snapshot is fsynced);
 *  - a snapshot (`snapshot.jsonl`): the full state, written after start-up replay, on `close()` and when the journal
 *    grows past `compactAfterBytes`; written to a temp file, fsynced, renamed, then the journal is truncated;
 *  - a lock file (`LOCK`, holding the owner's pid) so two processes never write the same directory, and next to it
 *    `ENDPOINT` (owner pid, endpoint, key), written once the store serves and removed on close, so another process
 *    (the admin CLI) can talk to the running server instead of opening the files itself.
 *
 * Replay is idempotent, so a crash between the snapshot rename and the journal truncation is harmless: every record
 * sets one item to an exact stored value (same `_rid`, `_etag`, `_ts`) or deletes it, and containers/databases that
 * already exist are kept as they are. Replaying the journal J over a snapshot S that already contains J's effects gives
 * per item the value of J's last record for it (or S's value when J never touches it, which equals the pre-J value),
 * the same as replaying J over the state before J. Rid counters are restored as a maximum, so they never go back.
 *
 * Not persisted: user-defined functions (the library keeps them outside the Items paths we journal).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

export interface EmbeddedCosmosOptions {
  /** Directory for snapshot, journal and lock; created when missing. */
  dataDir: string;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Journal size that triggers a snapshot and journal truncation; default 64 MiB. */
  compactAfterBytes?: number;
}

export interface EmbeddedCosmos {
  /** e.g. http://127.0.0.1:8081 */
  endpoint: string;
  /** Any string is accepted by the server; this one is handed out for convenience. */
  key: string;
  /** Number of documents over all databases and containers. */
  documentCount(): number;
  /** Stops the server, writes a snapshot and releases the lock. */
  close(): Promise<void>;
}

/** What a live server publishes in its data directory (the `ENDPOINT` file). */
export interface RunningEmbeddedCosmos {
  pid: number;
  endpoint: string;
  key: string;
}

/** Thrown when another live process holds the data directory's lock. */
export class EmbeddedStoreInUseError extends Error {
  constructor(
    readonly dataDir: string,
    /** Undefined while the owner is still writing its pid. */
    readonly ownerPid: number | undefined,
  ) {
    super(
      `the embedded store in ${dataDir} is in use by process ${ownerPid ?? 'unknown'}; set COSMOS_ENDPOINT to share it`,
    );
    this.name = 'EmbeddedStoreInUseError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Minimal shapes of the library internals we use (lib/account/*.js, lib/routes.js of 1.0.1).

interface StoredItem {
  id: string;
  _rid: string;
  [key: string]: unknown;
}

interface ItemHandle {
  read(): StoredItem | undefined;
}

interface ItemsLike {
  _data: Map<string, ItemHandle>;
  _ridCount: number;
  // Properties, not methods: we take them off the prototype and call them with an explicit `this`.
  _set: (this: ItemsLike, data: StoredItem) => StoredItem;
  delete: (this: ItemsLike, idOrRid: string, partition: unknown) => void;
  _item(keyPath: string, keyPathValue: unknown, partition: unknown): ItemHandle;
  _getPartition(data: StoredItem): unknown;
}

interface DatabaseLike extends ItemHandle {
  collections: ItemsLike;
}

interface CollectionLike extends ItemHandle {
  documents: ItemsLike;
}

interface AccountLike {
  databases: ItemsLike;
  read(): unknown;
}

type AccountConstructor = new (host: string, port: number) => AccountLike;
type RouteHandler = (
  account: AccountLike,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  params: unknown,
) => unknown;
type Router = (req: http.IncomingMessage) => [unknown, RouteHandler] | undefined;

const libRequire = createRequire(__filename);

function defaultExport(moduleId: string): unknown {
  const mod: unknown = libRequire(moduleId);
  if (typeof mod === 'object' && mod !== null && 'default' in mod) return mod.default;
  throw new Error(`${moduleId} has no default export; is @vercel/cosmosdb-server still 1.0.1?`);
}

function loadFunction(moduleId: string): (...args: never[]) => unknown {
  const value = defaultExport(moduleId);
  if (typeof value !== 'function') throw new Error(`${moduleId} does not export a function`);
  return value as (...args: never[]) => unknown;
}

const Account = loadFunction('@vercel/cosmosdb-server/lib/account') as unknown as AccountConstructor;
const route = loadFunction('@vercel/cosmosdb-server/lib/routes') as unknown as Router;
const ItemsClass = loadFunction('@vercel/cosmosdb-server/lib/account/items') as unknown as {
  prototype: ItemsLike;
};

// ---------------------------------------------------------------------------------------------------------------
// Journal records and the prototype hooks.

/** p: [] = databases, [dbId] = a database's containers, [dbId, collId] = a container's documents. */
type JournalRecord =
  { k: 'set'; p: string[]; d: StoredItem; rc: number } | { k: 'del'; p: string[]; id: string; pk?: unknown };

interface Store {
  /** True while replaying: mutations are applied but not journaled. */
  replaying: boolean;
  /** Set by the prototype hook; appends one record to the journal (throws when that fails). */
  journal(record: JournalRecord): void;
}

interface Registration {
  store: Store;
  path: string[];
}

/** Items instances (databases, containers, documents) that belong to one of our servers. */
const registry = new WeakMap<ItemsLike, Registration>();

const HOOKED = Symbol.for('kansenwijzer.embeddedCosmos.itemsHooked');

function registerChildren(items: ItemsLike, reg: Registration, data: StoredItem): void {
  if (reg.path.length >= 2) return;
  const created = items._data.get(data._rid);
  if (!created) return;
  if (reg.path.length === 0 && isDatabase(created)) {
    registry.set(created.collections, { store: reg.store, path: [data.id] });
  } else if (reg.path.length === 1 && isCollection(created)) {
    registry.set(created.documents, { store: reg.store, path: [...reg.path, data.id] });
  }
}

function isDatabase(value: ItemHandle): value is DatabaseLike {
  return 'collections' in value && typeof value.collections === 'object' && value.collections !== null;
}

function isCollection(value: ItemHandle): value is CollectionLike {
  return 'documents' in value && typeof value.documents === 'object' && value.documents !== null;
}

/**
 * Wraps Items.prototype._set/delete once per process. Instances that are not registered (other servers made with the
 * library's createHttpServer, partition key ranges, user-defined functions) go straight to the originals.
 */
function installHooks(): void {
  const proto = ItemsClass.prototype as ItemsLike & { [HOOKED]?: boolean };
  if (proto[HOOKED]) return;
  const originalSet = proto._set;
  const originalDelete = proto.delete;

  proto._set = function hookedSet(this: ItemsLike, data: StoredItem): StoredItem {
    const reg = registry.get(this);
    if (!reg) return originalSet.call(this, data);
    // Write-ahead: when the journal append fails the mutation is not applied and the request fails with a 500.
    if (!reg.store.replaying) reg.store.journal({ k: 'set', p: reg.path, d: data, rc: this._ridCount });
    const result = originalSet.call(this, data);
    registerChildren(this, reg, data);
    return result;
  };

  proto.delete = function hookedDelete(this: ItemsLike, idOrRid: string, partition: unknown): void {
    const reg = registry.get(this);
    if (!reg || reg.store.replaying) return originalDelete.call(this, idOrRid, partition);
    const existing = this._item('/id', idOrRid, partition).read();
    if (existing) {
      reg.store.journal({ k: 'del', p: reg.path, id: existing.id, pk: this._getPartition(existing) });
    }
    return originalDelete.call(this, idOrRid, partition);
  };

  Object.defineProperty(proto, HOOKED, { value: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Files.

const SNAPSHOT = 'snapshot.jsonl';
const JOURNAL = 'journal.jsonl';
const LOCK = 'LOCK';
const ENDPOINT = 'ENDPOINT';
const DEFAULT_COMPACT_AFTER_BYTES = 64 * 1024 * 1024;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function parseRecord(line: string): JournalRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(value) || !isStringArray(value.p) || value.p.length > 2) return undefined;
  if (value.k === 'set') {
    const d = value.d;
    if (!isObject(d) || typeof d.id !== 'string' || typeof d._rid !== 'string') return undefined;
    if (typeof value.rc !== 'number') return undefined;
    return { k: 'set', p: value.p, d: d as StoredItem, rc: value.rc };
  }
  if (value.k === 'del' && typeof value.id === 'string') {
    return { k: 'del', p: value.p, id: value.id, pk: value.pk };
  }
  return undefined;
}

/** Lines of a file, read in chunks (a snapshot can be larger than a comfortable single string). */
function* readLines(file: string): Generator<string> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return;
    throw err;
  }
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let rest = Buffer.alloc(0);
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let buf = Buffer.concat([rest, chunk.subarray(0, n)]);
      let nl: number;
      while ((nl = buf.indexOf(0x0a)) !== -1) {
        yield buf.subarray(0, nl).toString('utf8');
        buf = buf.subarray(nl + 1);
      }
      rest = Buffer.from(buf);
    }
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

/** Takes dataDir/LOCK (exclusive create); a lock whose pid is dead is stale and taken over. */
function acquireLock(dataDir: string): string {
  const lockPath = path.join(dataDir, LOCK);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return lockPath;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
    let content: string;
    try {
      content = fs.readFileSync(lockPath, 'utf8').trim();
    } catch (err) {
      if (isErrno(err, 'ENOENT')) continue; // released meanwhile
      throw err;
    }
    const pid = /^\d+$/.test(content) ? Number(content) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pidIsAlive(pid)) throw new EmbeddedStoreInUseError(dataDir, pid);
    if (!Number.isInteger(pid)) {
      // Empty or garbage: a process may be between creating and writing it. Only old ones are stale.
      const ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
      if (ageMs < 5000) throw new EmbeddedStoreInUseError(dataDir, undefined);
    }
    try {
      fs.unlinkSync(lockPath); // stale: its owner died without close()
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
    }
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

/** Written with a rename, so a reader never sees half a file. */
function publishEndpoint(dataDir: string, running: RunningEmbeddedCosmos): void {
  const file = path.join(dataDir, ENDPOINT);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(running)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/** Best effort: a file left behind is ignored by readers once this process has gone (see findRunningEmbeddedCosmos). */
function withdrawEndpoint(dataDir: string): void {
  try {
    const published = parseEndpoint(fs.readFileSync(path.join(dataDir, ENDPOINT), 'utf8'));
    if (published?.pid === process.pid) fs.unlinkSync(path.join(dataDir, ENDPOINT));
  } catch {
    // missing already, or unreadable: nothing to withdraw
  }
}

function parseEndpoint(text: string): RunningEmbeddedCosmos | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const { pid, endpoint, key } = value;
  if (typeof pid !== 'number' || typeof endpoint !== 'string' || typeof key !== 'string') return undefined;
  return { pid, endpoint, key };
}

/**
 * The server another live process runs on dataDir, if any: the lock's pid must be alive and be the one that
 * published the endpoint (an `ENDPOINT` left by a killed process, or one whose owner is still starting, does not count).
 */
export function findRunningEmbeddedCosmos(dataDir: string): RunningEmbeddedCosmos | undefined {
  const dir = path.resolve(dataDir);
  let lock: string;
  let published: string;
  try {
    lock = fs.readFileSync(path.join(dir, LOCK), 'utf8').trim();
    published = fs.readFileSync(path.join(dir, ENDPOINT), 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return undefined;
    throw err;
  }
  const running = parseEndpoint(published);
  if (!running || String(running.pid) !== lock || !pidIsAlive(running.pid)) return undefined;
  return running;
}

function releaseLock(lockPath: string): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The persistent account.

class PersistentAccount implements Store {
  replaying = false;
  private journalFd: number | undefined;
  private journalBytes = 0;
  private compactionScheduled = false;
  private readonly journalPath: string;
  private readonly snapshotPath: string;

  constructor(
    readonly account: AccountLike,
    private readonly dataDir: string,
    private readonly compactAfterBytes: number,
  ) {
    this.journalPath = path.join(dataDir, JOURNAL);
    this.snapshotPath = path.join(dataDir, SNAPSHOT);
    registry.set(account.databases, { store: this, path: [] });
  }

  /** Replays snapshot then journal, writes a fresh snapshot and opens the journal for appending. */
  open(): void {
    this.replaying = true;
    try {
      this.replayFile(this.snapshotPath, false);
      this.replayFile(this.journalPath, true);
    } finally {
      this.replaying = false;
    }
    this.journalFd = fs.openSync(this.journalPath, 'a');
    // Also removes an ignored truncated last line, so new appends never land behind it.
    this.snapshot();
  }

  journal(record: JournalRecord): void {
    if (this.journalFd === undefined) throw new Error('the embedded Cosmos store is closed');
    const line = `${JSON.stringify(record)}\n`;
    try {
      fs.appendFileSync(this.journalFd, line);
    } catch (err) {
      // Cut off a partial line so later appends stay parseable; the caller's mutation is not applied.
      try {
        fs.ftruncateSync(this.journalFd, this.journalBytes);
      } catch {
        // nothing more we can do; the error below fails the request
      }
      throw err;
    }
    this.journalBytes += Buffer.byteLength(line);
    if (this.journalBytes >= this.compactAfterBytes && !this.compactionScheduled) {
      this.compactionScheduled = true;
      // After the current request's synchronous mutation, never in the middle of a replace (delete + set).
      setImmediate(() => {
        this.compactionScheduled = false;
        if (this.journalFd === undefined) return;
        try {
          this.snapshot();
        } catch (err) {
          console.error('embedded-cosmos: compaction failed, journal kept', err);
        }
      });
    }
  }

  /** snapshot.jsonl.tmp → fsync → rename → fsync dir → truncate the journal. */
  snapshot(): void {
    const tmp = `${this.snapshotPath}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      let buffer = '';
      const flush = (): void => {
        if (buffer) fs.writeSync(fd, buffer);
        buffer = '';
      };
      const add = (record: JournalRecord): void => {
        buffer += `${JSON.stringify(record)}\n`;
        if (buffer.length >= 1024 * 1024) flush();
      };
      const databases = this.account.databases;
      for (const db of databases._data.values()) {
        const dbData = db.read();
        if (!dbData || !isDatabase(db)) continue;
        add({ k: 'set', p: [], d: dbData, rc: databases._ridCount });
        for (const coll of db.collections._data.values()) {
          const collData = coll.read();
          if (!collData || !isCollection(coll)) continue;
          add({ k: 'set', p: [dbData.id], d: collData, rc: db.collections._ridCount });
          const documents = coll.documents;
          for (const doc of documents._data.values()) {
            const docData = doc.read();
            if (docData) add({ k: 'set', p: [dbData.id, collData.id], d: docData, rc: documents._ridCount });
          }
        }
      }
      flush();
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.snapshotPath);
    fsyncDirectory(this.dataDir);
    // A crash right here replays the old journal over the new snapshot: idempotent (see the file comment).
    if (this.journalFd !== undefined) {
      fs.ftruncateSync(this.journalFd, 0);
      this.journalBytes = 0;
    }
  }

  close(): void {
    if (this.journalFd === undefined) return;
    this.snapshot();
    fs.closeSync(this.journalFd);
    this.journalFd = undefined;
  }

  documentCount(): number {
    let count = 0;
    for (const db of this.account.databases._data.values()) {
      if (!isDatabase(db)) continue;
      for (const coll of db.collections._data.values()) {
        if (isCollection(coll)) count += coll.documents._data.size;
      }
    }
    return count;
  }

  private replayFile(file: string, lenientLastLine: boolean): void {
    let pending: { line: string; lineNo: number } | undefined;
    let lineNo = 0;
    // One line of look-ahead: only the very last line may be garbage (kill -9 in the middle of an append).
    const applyLine = (line: string, no: number, isLast: boolean): void => {
      if (line.trim() === '') return;
      const record = parseRecord(line);
      if (record) {
        this.apply(record);
      } else if (isLast && lenientLastLine) {
        console.error(`embedded-cosmos: ignoring an incomplete last line in ${file}`);
      } else {
        throw new Error(`embedded-cosmos: ${file} line ${no} is corrupt; refusing to start`);
      }
    };
    for (const line of readLines(file)) {
      lineNo += 1;
      if (pending) applyLine(pending.line, pending.lineNo, false);
      pending = { line, lineNo };
    }
    if (pending) applyLine(pending.line, pending.lineNo, true);
  }

  private itemsAt(p: string[]): ItemsLike | undefined {
    const [dbId, collId] = p;
    if (dbId === undefined) return this.account.databases;
    const db = this.account.databases._item('/id', dbId, dbId);
    if (!db.read() || !isDatabase(db)) return undefined;
    if (collId === undefined) return db.collections;
    const coll = db.collections._item('/id', collId, collId);
    if (!coll.read() || !isCollection(coll)) return undefined;
    return coll.documents;
  }

  private apply(record: JournalRecord): void {
    const items = this.itemsAt(record.p);
    if (!items) return; // parent was deleted later in the same history
    if (record.k === 'del') {
      try {
        items.delete(record.id, record.pk);
      } catch {
        // not found: already applied (replay over a newer snapshot)
      }
      return;
    }
    const data = record.d;
    items._ridCount = Math.max(items._ridCount, record.rc);
    if (record.p.length < 2) {
      // Databases and containers: keep an existing one, never drop its children.
      if (items._item('/id', data.id, data.id).read()) return;
      items._set(data);
      return;
    }
    const partition = items._getPartition(data);
    if (items._item('/id', data.id, partition).read()) {
      try {
        items.delete(data.id, partition);
      } catch {
        // ignore
      }
    }
    items._set(data);
  }
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported on every platform (Windows); the rename itself is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP: a copy of the library's generateRequestHandler (lib/index.js, 1.0.1), with keep-alive.

function createRequestHandler(
  getAccount: () => AccountLike,
  isClosing: () => boolean,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const matched = route(req);
    void (async () => {
      let body: unknown;
      if (matched) {
        const [params, handler] = matched;
        try {
          body = await handler(getAccount(), req, res, params);
        } catch (err) {
          console.error(err);
          body = { message: err instanceof Error ? err.message : String(err) };
          res.statusCode = 500;
        }
        if (res.statusCode > 399) {
          if (!isObject(body)) body = { message: '' };
          else if (!body.message) body.message = '';
        }
      } else {
        res.statusCode = 400;
        body = { message: 'no route' };
      }
      if (isObject(body) && typeof body._etag === 'string' && body._etag) {
        res.setHeader('etag', body._etag);
      }
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-location', `http://${req.headers.host ?? ''}${req.url ?? ''}`);
      res.setHeader('connection', isClosing() ? 'close' : 'keep-alive');
      res.setHeader('x-ms-activity-id', randomUUID());
      res.setHeader('x-ms-request-charge', '1');
      if (req.headers['x-ms-documentdb-populatequerymetrics']) {
        res.setHeader(
          'x-ms-documentdb-query-metrics',
          'totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;' +
            'queryPhysicalPlanBuildTimeInMs=0.00;queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;' +
            'indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;systemFunctionExecuteTimeInMs=0.00;' +
            'userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;' +
            'outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00',
        );
      }
      if (req.headers['a-im'] && res.statusCode === 200) {
        if (req.headers['if-none-match']) res.statusCode = 304;
        res.setHeader('etag', '1');
      }
      res.end(body === undefined ? undefined : JSON.stringify(body));
    })().catch((err: unknown) => {
      console.error(err);
      if (!res.writableEnded) {
        if (!res.headersSent) res.statusCode = 500;
        res.end('');
      }
    });
  };
}

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('unexpected server address'));
      else resolve(address);
    });
  });
}

/** Starts the server on opts.dataDir, after restoring what an earlier run left there. */
export async function startEmbeddedCosmos(opts: EmbeddedCosmosOptions): Promise<EmbeddedCosmos> {
  const dataDir = path.resolve(opts.dataDir);
  const host = opts.host ?? '127.0.0.1';
  const compactAfterBytes = opts.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
  installHooks();
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = acquireLock(dataDir);

  let store: PersistentAccount | undefined;
  let closing = false;
  const server = http.createServer({ keepAlive: true }, (req, res) => handle(req, res));
  const handle = createRequestHandler(
    () => {
      if (!store) throw new Error('the embedded Cosmos store is not ready');
      return store.account;
    },
    () => closing,
  );

  try {
    const address = await listen(server, opts.port ?? 0, host);
    // Like the library's createAccount: the account advertises its own address.
    const advertised = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    const urlHost = advertised.includes(':') ? `[${advertised}]` : advertised;
    const endpoint = `http://${urlHost}:${address.port}`;
    const account = new Account(advertised, address.port);
    const meta = account.read();
    if (isObject(meta)) {
      // The library advertises https; we serve plain http (only matters with endpoint discovery on).
      for (const key of ['writableLocations', 'readableLocations']) {
        const locations = meta[key];
        if (Array.isArray(locations)) {
          for (const location of locations) {
            if (isObject(location)) location.databaseAccountEndpoint = `${endpoint}/`;
          }
        }
      }
    }
    const persistent = new PersistentAccount(account, dataDir, compactAfterBytes);
    persistent.open();
    store = persistent;
    const key = 'embedded-cosmos-any-key-works';
    publishEndpoint(dataDir, { pid: process.pid, endpoint, key });

    let closed: Promise<void> | undefined;
    return {
      endpoint,
      key,
      documentCount: () => persistent.documentCount(),
      close: () => {
        closed ??= (async () => {
          closing = true;
          withdrawEndpoint(dataDir);
          await new Promise<void>((resolve) => {
            const force = setTimeout(() => server.closeAllConnections(), 2000);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              resolve();
            });
            server.closeIdleConnections();
          });
          try {
            persistent.close();
          } finally {
            releaseLock(lockPath);
          }
        })();
        return closed;
      },
    };
  } catch (err) {
    if (server.listening) {
      server.closeAllConnections();
      server.close();
    }
    withdrawEndpoint(dataDir);
    releaseLock(lockPath);
    throw err;
  }
}
