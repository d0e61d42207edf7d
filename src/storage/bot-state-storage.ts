import type { Container } from '@azure/cosmos';
import { createHash } from 'node:crypto';
import { DocumentStore } from './document-store';

/** The subset of botbuilder's Storage contract the turn state uses (kept SDK-free on purpose). */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StoreItems = Record<string, StoreItem>;

interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
  updatedAt: string;
}

/** Cosmos ids may not contain / \ ? # and are at most 255 characters. */
export function storageKeyToId(key: string): string {
  const escaped = key.replace(
    /[%/\\?#]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  if (escaped.length <= 255) return escaped;
  return `h-${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * Bot Framework `Storage` over @azure/cosmos with optimistic concurrency: an item that carries the
 * eTag it was read with is replaced only if nobody wrote in between; an item without eTag (read as
 * missing) is created only if still missing. Both raise ConflictError otherwise. "*" writes
 * unconditionally.
 */
export class CosmosBotStorage {
  private readonly docs: DocumentStore<StateDocument>;

  constructor(container: Container) {
    this.docs = new DocumentStore<StateDocument>(container);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = storageKeyToId(key);
        const doc = await this.docs.read(id, id);
        if (doc) items[key] = { ...doc.state, eTag: doc._etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...state } = item;
        const id = storageKeyToId(key);
        const doc: StateDocument = { id, key, state, updatedAt: new Date().toISOString() };
        if (eTag === '*') await this.docs.upsert(doc);
        else if (!eTag) await this.docs.create(doc);
        else await this.docs.replace(doc, eTag, id);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.docs.delete(storageKeyToId(key), storageKeyToId(key))));
  }
}

/**
 * Deletes conversation state not written since `cutoff` (retention; Azure does this itself through the
 * container's defaultTtl). A cross-partition query: for the CLI, not for turns. Returns how many (would) go.
 */
export async function purgeConversationState(
  container: Container,
  cutoff: Date,
  opts: { dryRun: boolean },
): Promise<number> {
  const docs = new DocumentStore<StateDocument>(container);
  const old = await docs.query({
    query: 'SELECT c.id FROM c WHERE c.updatedAt < @cutoff',
    parameters: [{ name: '@cutoff', value: cutoff.toISOString() }],
  });
  if (!opts.dryRun) for (const { id } of old) await docs.delete(id, id);
  return old.length;
}
