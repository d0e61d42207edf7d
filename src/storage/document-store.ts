import type { Container, ItemDefinition, PartitionKey, SqlQuerySpec } from '@azure/cosmos';
import { ConflictError } from '../domain/errors';
import { mapCosmosError, statusOf } from './cosmos-errors';

export interface StoredMeta {
  _etag?: string;
  _ts?: number;
  _rid?: string;
  _self?: string;
  _attachments?: string;
}

/**
 * A thin typed wrapper over one container: point reads return undefined when missing, writes
 * with an etag are conditional, and every SDK error is mapped to a domain error.
 */
export class DocumentStore<T extends { id: string }> {
  constructor(private readonly container: Container) {}

  async read(id: string, partitionKey: PartitionKey): Promise<(T & StoredMeta) | undefined> {
    try {
      const res = await this.container.item(id, partitionKey).read<T & StoredMeta>();
      if (res.statusCode === 404 || !res.resource) return undefined;
      return res.resource;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw mapCosmosError(err);
    }
  }

  async create(doc: T): Promise<T & StoredMeta> {
    try {
      const res = await this.container.items.create<T>(doc);
      return res.resource as T & StoredMeta;
    } catch (err) {
      throw mapCosmosError(err);
    }
  }

  /** Replace only when the stored etag still matches; ConflictError otherwise (also when it was deleted meanwhile). */
  async replace(doc: T, etag: string, partitionKey: PartitionKey): Promise<T & StoredMeta> {
    try {
      const res = await this.container
        .item(doc.id, partitionKey)
        .replace<T>(doc, { accessCondition: { type: 'IfMatch', condition: etag } });
      return res.resource as T & StoredMeta;
    } catch (err) {
      if (statusOf(err) === 404) throw new ConflictError('deleted meanwhile');
      throw mapCosmosError(err);
    }
  }

  async upsert(doc: T): Promise<T & StoredMeta> {
    try {
      const res = await this.container.items.upsert<T>(doc);
      return res.resource as T & StoredMeta;
    } catch (err) {
      throw mapCosmosError(err);
    }
  }

  /** Deletes; a missing document is not an error. */
  async delete(id: string, partitionKey: PartitionKey, etag?: string): Promise<void> {
    try {
      await this.container
        .item(id, partitionKey)
        .delete(etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined);
    } catch (err) {
      if (statusOf(err) === 404) return;
      throw mapCosmosError(err);
    }
  }

  /** The query text must filter on the partition key itself: the local server ignores the option. */
  /** Every document of one `type` in partition `pk` (the repositories' "list all" in one partition). */
  listOfType(pk: string, type: string): Promise<(T & StoredMeta)[]> {
    return this.query(
      {
        query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @type',
        parameters: [
          { name: '@pk', value: pk },
          { name: '@type', value: type },
        ],
      },
      pk,
    );
  }

  async query(spec: SqlQuerySpec, partitionKey?: PartitionKey): Promise<(T & StoredMeta)[]> {
    try {
      const iterator = this.container.items.query<T & StoredMeta>(
        spec,
        partitionKey === undefined ? {} : { partitionKey },
      );
      const { resources } = await iterator.fetchAll();
      return resources;
    } catch (err) {
      throw mapCosmosError(err);
    }
  }
}

/** Strips Cosmos system properties before a document leaves the storage layer. */
export function withoutMeta<T extends object>(doc: T & StoredMeta): T {
  const { _etag: _e, _ts: _t, _rid: _r, _self: _s, _attachments: _a, ...rest } = doc;
  return rest as T;
}

export type { ItemDefinition };
