import type { Container } from '@azure/cosmos';
import type { ConversationReferenceRecord, ConversationReferenceRepository } from '../domain/notifier';
import { DocumentStore, withoutMeta } from './document-store';

const PK = 'convref';
type Doc = ConversationReferenceRecord & { pk: typeof PK; type: 'convref' };

export class CosmosConversationReferenceRepository implements ConversationReferenceRepository {
  private readonly docs: DocumentStore<Doc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<Doc>(container);
  }

  async get(aadObjectId: string): Promise<ConversationReferenceRecord | undefined> {
    const doc = await this.docs.read(aadObjectId.toLowerCase(), PK);
    if (!doc) return undefined;
    const { pk: _pk, type: _type, ...rest } = withoutMeta(doc);
    return rest;
  }

  async put(record: ConversationReferenceRecord): Promise<void> {
    await this.docs.upsert({ ...record, id: record.id.toLowerCase(), pk: PK, type: 'convref' });
  }
}
