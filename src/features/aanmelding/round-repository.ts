import type { Container } from '@azure/cosmos';
import type { Round, RoundRepository } from '../../domain/round';
import { DocumentStore, withoutMeta } from '../../storage/document-store';

const PK = 'rounds';
type RoundDoc = Omit<Round, 'etag'> & { pk: typeof PK; type: 'round' };

function toRound(doc: RoundDoc & { _etag?: string }): Round {
  const { pk: _pk, type: _type, ...rest } = withoutMeta(doc);
  return { ...rest, etag: doc._etag };
}

/** Rounds share the `applications` container in one small partition: listing them is one query. */
export class CosmosRoundRepository implements RoundRepository {
  private readonly docs: DocumentStore<RoundDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<RoundDoc>(container);
  }

  async get(id: string): Promise<Round | undefined> {
    const doc = await this.docs.read(id, PK);
    return doc ? toRound(doc) : undefined;
  }

  async list(): Promise<Round[]> {
    const docs = await this.docs.listOfType(PK, 'round');
    return docs.map(toRound).sort((a, b) => b.opensAt.localeCompare(a.opensAt));
  }

  async save(round: Round): Promise<Round> {
    const { etag, ...rest } = round;
    const doc: RoundDoc = { ...rest, pk: PK, type: 'round' };
    const saved = etag ? await this.docs.replace(doc, etag, PK) : await this.docs.create(doc);
    return toRound(saved);
  }
}
