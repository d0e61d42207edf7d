import type { Container } from '@azure/cosmos';
import type { SchoolRepository } from '../domain/repositories';
import type { School } from '../domain/school';
import { DocumentStore, withoutMeta } from './document-store';

const PK = 'school';
type SchoolDoc = Omit<School, 'etag'> & { pk: typeof PK; type: 'school' };

function toSchool(doc: SchoolDoc & { _etag?: string }): School {
  const { pk: _pk, type: _type, ...rest } = withoutMeta(doc);
  return { ...rest, etag: doc._etag };
}

export class CosmosSchoolRepository implements SchoolRepository {
  private readonly docs: DocumentStore<SchoolDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<SchoolDoc>(container);
  }

  async get(id: string): Promise<School | undefined> {
    const doc = await this.docs.read(id, PK);
    return doc ? toSchool(doc) : undefined;
  }

  async list(): Promise<School[]> {
    const docs = await this.docs.listOfType(PK, 'school');
    return docs.map(toSchool).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async save(school: School): Promise<School> {
    const { etag, ...rest } = school;
    const doc: SchoolDoc = { ...rest, pk: PK, type: 'school' };
    const saved = etag ? await this.docs.replace(doc, etag, PK) : await this.docs.create(doc);
    return toSchool(saved);
  }
}

/**
 * The school list kept in memory for `ttlMs` (10 s by default): the logbook reads it on every chat message,
 * and schools change a few times a year. A save through this instance clears it at once; a school added by
 * another instance or the CLI shows up here within `ttlMs`, or at once for `list({ fresh: true })`. Reads of
 * one school (`get`, used before a save, which needs the current ETag) always go to the store.
 */
export class CachedSchoolRepository implements SchoolRepository {
  private cached: { at: number; schools: Promise<School[]> } | undefined;

  constructor(
    private readonly store: SchoolRepository,
    private readonly ttlMs = 10_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(id: string): Promise<School | undefined> {
    return this.store.get(id);
  }

  async list(options: { fresh?: boolean } = {}): Promise<School[]> {
    const now = this.clock();
    let entry = this.cached;
    if (options.fresh || !entry || now - entry.at >= this.ttlMs) {
      // Concurrent turns share one read; a failed read is not kept.
      const fetched = { at: now, schools: this.store.list() };
      this.cached = entry = fetched;
      fetched.schools.catch(() => {
        if (this.cached === fetched) this.cached = undefined;
      });
    }
    // Copies, so a caller that changes a school does not change the cache.
    return (await entry.schools).map((s) => ({ ...s, shortNames: [...s.shortNames] }));
  }

  async save(school: School): Promise<School> {
    try {
      return await this.store.save(school);
    } finally {
      this.cached = undefined;
    }
  }
}
