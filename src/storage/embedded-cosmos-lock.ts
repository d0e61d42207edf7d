/**
 * The embedded store's data directory is owned by one process at a time: `LOCK` holds the owner's pid, and
 * `ENDPOINT` tells other processes (the admin CLI) where the running server answers. See embedded-cosmos.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const LOCK = 'LOCK';
export const ENDPOINT = 'ENDPOINT';

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

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

/** Takes dataDir/LOCK (exclusive create); a lock whose pid is dead is stale and taken over. */
export function acquireLock(dataDir: string): string {
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
export function publishEndpoint(dataDir: string, running: RunningEmbeddedCosmos): void {
  const file = path.join(dataDir, ENDPOINT);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(running)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/** Best effort: a file left behind is ignored by readers once this process has gone (see findRunningEmbeddedCosmos). */
export function withdrawEndpoint(dataDir: string): void {
  try {
    const published = parseEndpoint(fs.readFileSync(path.join(dataDir, ENDPOINT), 'utf8'));
    if (published?.pid === process.pid) fs.unlinkSync(path.join(dataDir, ENDPOINT));
  } catch {
    // missing already, or unreadable: nothing to withdraw
  }
}

export function parseEndpoint(text: string): RunningEmbeddedCosmos | undefined {
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

export function releaseLock(lockPath: string): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
  }
}
