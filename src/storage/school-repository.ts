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
    const docs = await this.docs.query(
      {
        query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @type',
        parameters: [
          { name: '@pk', value: PK },
          { name: '@type', value: 'school' },
        ],
      },
      PK,
    );
    return docs.map(toSchool).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async save(school: School): Promise<School> {
    const { etag, ...rest } = school;
    const doc: SchoolDoc = { ...rest, pk: PK, type: 'school' };
    const saved = etag ? await this.docs.replace(doc, etag, PK) : await this.docs.create(doc);
    return toSchool(saved);
  }
}
