import type { Container } from '@azure/cosmos';
import type { UserRepository } from '../domain/repositories';
import { isRole, type UserRecord } from '../domain/user';
import { DocumentStore, withoutMeta } from './document-store';

const PK = 'user';
type UserDoc = Omit<UserRecord, 'etag'> & { pk: typeof PK; type: 'user' };

function toRecord(doc: UserDoc & { _etag?: string }): UserRecord {
  const { pk: _pk, type: _type, ...rest } = withoutMeta(doc);
  return { ...rest, roles: rest.roles.filter(isRole), etag: doc._etag };
}

/** Users live in the small `directory` container, one partition, so listing them is a single-partition query. */
export class CosmosUserRepository implements UserRepository {
  private readonly docs: DocumentStore<UserDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<UserDoc>(container);
  }

  async get(id: string): Promise<UserRecord | undefined> {
    const doc = await this.docs.read(id.toLowerCase(), PK);
    return doc ? toRecord(doc) : undefined;
  }

  async list(): Promise<UserRecord[]> {
    const docs = await this.docs.listOfType(PK, 'user');
    return docs.map(toRecord).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async save(user: UserRecord): Promise<UserRecord> {
    const { etag, ...rest } = user;
    const doc: UserDoc = { ...rest, id: rest.id.toLowerCase(), pk: PK, type: 'user' };
    const saved = etag ? await this.docs.replace(doc, etag, PK) : await this.docs.create(doc);
    return toRecord(saved);
  }
}
