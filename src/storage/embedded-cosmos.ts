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
import {
  acquireLock,
  isObject,
  publishEndpoint,
  releaseLock,
  withdrawEndpoint,
} from './embedded-cosmos-lock';
import {
  AccountLike,
  Account,
  route,
  installHooks,
  DEFAULT_COMPACT_AFTER_BYTES,
  PersistentAccount,
} from './embedded-cosmos-store';

export {
  EmbeddedStoreInUseError,
  findRunningEmbeddedCosmos,
  type RunningEmbeddedCosmos,
} from './embedded-cosmos-lock';

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

// ---------------------------------------------------------------------------------------------------------------
// Minimal shapes of the library internals we use (lib/account/*.js, lib/routes.js of 1.0.1).

// ---------------------------------------------------------------------------------------------------------------
// The persistent account.

// ---------------------------------------------------------------------------------------------------------------
// HTTP: a copy of the library's generateRequestHandler (lib/index.js, 1.0.1), with keep-alive.

export function createRequestHandler(
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

export function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
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
