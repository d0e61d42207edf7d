import type { Container, SqlParameter } from '@azure/cosmos';
import { randomBytes } from 'node:crypto';
import { ConflictError } from '../../domain/errors';
import type {
  InterventionUpdate,
  ReminderPause,
  SchedulerRepository,
  UpdateQuery,
  UpdateRepository,
} from '../../domain/logboek';
import { DocumentStore, withoutMeta, type StoredMeta } from '../../storage/document-store';

type UpdateDoc = Omit<InterventionUpdate, 'etag'> & { type: 'update' };

function toUpdate(doc: UpdateDoc & StoredMeta): InterventionUpdate {
  const { type: _type, ...rest } = withoutMeta(doc);
  return { ...rest, etag: doc._etag };
}

function toDoc(update: InterventionUpdate): UpdateDoc {
  const { etag: _etag, ...rest } = update;
  return { ...rest, type: 'update' };
}

/** Newest first: activity date, then when it was logged. */
const byDateDesc = (a: InterventionUpdate, b: InterventionUpdate): number =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

export class CosmosUpdateRepository implements UpdateRepository {
  private readonly docs: DocumentStore<UpdateDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<UpdateDoc>(container);
  }

  async get(schoolId: string, id: string): Promise<InterventionUpdate | undefined> {
    const doc = await this.docs.read(id, schoolId);
    return doc && doc.type === 'update' ? toUpdate(doc) : undefined;
  }

  /** ConflictError when the id exists: a second press of the same confirm button. */
  async create(update: InterventionUpdate): Promise<InterventionUpdate> {
    return toUpdate(await this.docs.create(toDoc(update)));
  }

  async replace(update: InterventionUpdate): Promise<InterventionUpdate> {
    if (!update.etag) throw new ConflictError('replace without etag');
    return toUpdate(await this.docs.replace(toDoc(update), update.etag, update.schoolId));
  }

  listBySchool(schoolId: string, query: UpdateQuery = {}): Promise<InterventionUpdate[]> {
    return this.list([{ clause: 'c.schoolId = @school', name: '@school', value: schoolId }], query, schoolId);
  }

  listByCoach(coachId: string, query: UpdateQuery = {}): Promise<InterventionUpdate[]> {
    return this.list([{ clause: 'c.coachId = @coach', name: '@coach', value: coachId }], query);
  }

  listAll(query: UpdateQuery = {}): Promise<InterventionUpdate[]> {
    return this.list([], query);
  }

  private async list(
    filters: { clause: string; name: string; value: string }[],
    query: UpdateQuery,
    partitionKey?: string,
  ): Promise<InterventionUpdate[]> {
    const clauses = ['c.type = @type', ...filters.map((f) => f.clause)];
    const parameters: SqlParameter[] = [
      { name: '@type', value: 'update' },
      ...filters.map((f) => ({ name: f.name, value: f.value })),
    ];
    if (query.from) {
      clauses.push('c.date >= @from');
      parameters.push({ name: '@from', value: query.from });
    }
    if (query.to) {
      clauses.push('c.date <= @to');
      parameters.push({ name: '@to', value: query.to });
    }
    if (!query.includeDeleted) clauses.push('c.deleted = false');
    const top = query.limit ? `TOP ${Math.max(1, Math.floor(query.limit))} ` : '';
    const docs = await this.docs.query(
      {
        query: `SELECT ${top}* FROM c WHERE ${clauses.join(' AND ')} ORDER BY c.date DESC`,
        parameters,
      },
      partitionKey,
    );
    return docs.map(toUpdate).sort(byDateDesc);
  }
}

type SchedulerDoc =
  | { id: string; kind: 'lease'; holder: string; expiresAt: string }
  | { id: string; kind: 'claim'; lastAt: string }
  | ({ id: string; kind: 'pause' } & ReminderPause)
  | { id: string; kind: 'secret'; value: string };

export class CosmosSchedulerRepository implements SchedulerRepository {
  private readonly docs: DocumentStore<SchedulerDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<SchedulerDoc>(container);
  }

  async acquireLease(name: string, holder: string, now: Date, ms: number): Promise<boolean> {
    const id = `lease:${name}`;
    const next: SchedulerDoc = {
      id,
      kind: 'lease',
      holder,
      expiresAt: new Date(now.getTime() + ms).toISOString(),
    };
    const current = await this.docs.read(id, id);
    try {
      if (!current) {
        await this.docs.create(next);
        return true;
      }
      if (current.kind !== 'lease') return false;
      if (current.holder !== holder && new Date(current.expiresAt) > now) return false;
      await this.docs.replace(next, current._etag ?? '', id);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    const id = `lease:${name}`;
    const current = await this.docs.read(id, id);
    if (current?.kind === 'lease' && current.holder === holder) {
      await this.docs.delete(id, id, current._etag).catch((err: unknown) => {
        if (!(err instanceof ConflictError)) throw err;
      });
    }
  }

  async claim(key: string, now: Date, minGapMs: number): Promise<boolean> {
    const id = `claim:${key}`;
    const current = await this.docs.read(id, id);
    const next: SchedulerDoc = { id, kind: 'claim', lastAt: now.toISOString() };
    try {
      if (!current) {
        await this.docs.create(next);
        return true;
      }
      if (current.kind !== 'claim') return false;
      if (now.getTime() - new Date(current.lastAt).getTime() < minGapMs) return false;
      await this.docs.replace(next, current._etag ?? '', id);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async getPause(coachId: string): Promise<ReminderPause | undefined> {
    const id = `pause:${coachId}`;
    const doc = await this.docs.read(id, id);
    return doc?.kind === 'pause' ? { coachId: doc.coachId, until: doc.until, setAt: doc.setAt } : undefined;
  }

  async setPause(pause: ReminderPause): Promise<void> {
    const id = `pause:${pause.coachId}`;
    await this.docs.upsert({ id, kind: 'pause', ...pause });
  }

  async clearPause(coachId: string): Promise<void> {
    const id = `pause:${coachId}`;
    await this.docs.delete(id, id);
  }

  async secret(name: string): Promise<string> {
    const id = `secret:${name}`;
    const current = await this.docs.read(id, id);
    if (current?.kind === 'secret') return current.value;
    try {
      await this.docs.create({ id, kind: 'secret', value: randomBytes(32).toString('hex') });
    } catch (err) {
      // Made at the same moment by another process: use theirs.
      if (!(err instanceof ConflictError)) throw err;
    }
    const made = await this.docs.read(id, id);
    if (made?.kind !== 'secret') throw new Error(`secret ${name} could not be made`);
    return made.value;
  }
}
