/**
 * The persistent account behind the embedded Cosmos server: hooks into `@vercel/cosmosdb-server` 1.0.1's internals
 * (pinned exactly), the append-only journal and the snapshot. See embedded-cosmos.ts for how they fit together.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { isErrno, isObject } from './embedded-cosmos-lock';

export interface StoredItem {
  id: string;
  _rid: string;
  [key: string]: unknown;
}

export interface ItemHandle {
  read(): StoredItem | undefined;
}

export interface ItemsLike {
  _data: Map<string, ItemHandle>;
  _ridCount: number;
  // Properties, not methods: we take them off the prototype and call them with an explicit `this`.
  _set: (this: ItemsLike, data: StoredItem) => StoredItem;
  delete: (this: ItemsLike, idOrRid: string, partition: unknown) => void;
  _item(keyPath: string, keyPathValue: unknown, partition: unknown): ItemHandle;
  _getPartition(data: StoredItem): unknown;
}

export interface DatabaseLike extends ItemHandle {
  collections: ItemsLike;
}

export interface CollectionLike extends ItemHandle {
  documents: ItemsLike;
}

export interface AccountLike {
  databases: ItemsLike;
  read(): unknown;
}

export type AccountConstructor = new (host: string, port: number) => AccountLike;
export type RouteHandler = (
  account: AccountLike,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  params: unknown,
) => unknown;
export type Router = (req: http.IncomingMessage) => [unknown, RouteHandler] | undefined;

export const libRequire = createRequire(__filename);

export function defaultExport(moduleId: string): unknown {
  const mod: unknown = libRequire(moduleId);
  if (typeof mod === 'object' && mod !== null && 'default' in mod) return mod.default;
  throw new Error(`${moduleId} has no default export; is @vercel/cosmosdb-server still 1.0.1?`);
}

export function loadFunction(moduleId: string): (...args: never[]) => unknown {
  const value = defaultExport(moduleId);
  if (typeof value !== 'function') throw new Error(`${moduleId} does not export a function`);
  return value as (...args: never[]) => unknown;
}

export const Account = loadFunction('@vercel/cosmosdb-server/lib/account') as unknown as AccountConstructor;
export const route = loadFunction('@vercel/cosmosdb-server/lib/routes') as unknown as Router;
export const ItemsClass = loadFunction('@vercel/cosmosdb-server/lib/account/items') as unknown as {
  prototype: ItemsLike;
};

// ---------------------------------------------------------------------------------------------------------------
// Journal records and the prototype hooks.

/** p: [] = databases, [dbId] = a database's containers, [dbId, collId] = a container's documents. */
export type JournalRecord =
  { k: 'set'; p: string[]; d: StoredItem; rc: number } | { k: 'del'; p: string[]; id: string; pk?: unknown };

export interface Store {
  /** True while replaying: mutations are applied but not journaled. */
  replaying: boolean;
  /** Set by the prototype hook; appends one record to the journal (throws when that fails). */
  journal(record: JournalRecord): void;
}

export interface Registration {
  store: Store;
  path: string[];
}

/** Items instances (databases, containers, documents) that belong to one of our servers. */
export const registry = new WeakMap<ItemsLike, Registration>();

export const HOOKED = Symbol.for('kansenwijzer.embeddedCosmos.itemsHooked');

export function registerChildren(items: ItemsLike, reg: Registration, data: StoredItem): void {
  if (reg.path.length >= 2) return;
  const created = items._data.get(data._rid);
  if (!created) return;
  if (reg.path.length === 0 && isDatabase(created)) {
    registry.set(created.collections, { store: reg.store, path: [data.id] });
  } else if (reg.path.length === 1 && isCollection(created)) {
    registry.set(created.documents, { store: reg.store, path: [...reg.path, data.id] });
  }
}

export function isDatabase(value: ItemHandle): value is DatabaseLike {
  return 'collections' in value && typeof value.collections === 'object' && value.collections !== null;
}

export function isCollection(value: ItemHandle): value is CollectionLike {
  return 'documents' in value && typeof value.documents === 'object' && value.documents !== null;
}

/**
 * Wraps Items.prototype._set/delete once per process. Instances that are not registered (other servers made with the
 * library's createHttpServer, partition key ranges, user-defined functions) go straight to the originals.
 */
export function installHooks(): void {
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

export const SNAPSHOT = 'snapshot.jsonl';
export const JOURNAL = 'journal.jsonl';
export const DEFAULT_COMPACT_AFTER_BYTES = 64 * 1024 * 1024;

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function parseRecord(line: string): JournalRecord | undefined {
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
export function* readLines(file: string): Generator<string> {
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

export class PersistentAccount implements Store {
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

export function fsyncDirectory(dir: string): void {
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
