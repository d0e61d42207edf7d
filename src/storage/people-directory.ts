import type { Container } from '@azure/cosmos';
import { matchPeople, type PeopleDirectory, type Person } from '../domain/people';
import { DocumentStore } from './document-store';

interface NamedDoc {
  id: string;
  name?: string;
}

/**
 * The people the bot has met: everyone with a stored role (users) and everyone who chatted with it (their
 * conversation reference, which keeps the Teams display name). Both live in the small `directory` container;
 * a search is two one-partition queries, fine for a beheerder's form and never on a per-message path.
 */
export class CosmosPeopleDirectory implements PeopleDirectory {
  private readonly docs: DocumentStore<NamedDoc>;
  constructor(container: Container) {
    this.docs = new DocumentStore<NamedDoc>(container);
  }

  async search(query: string, limit: number): Promise<Person[]> {
    const [users, refs] = await Promise.all([
      this.docs.listOfType('user', 'user'),
      this.docs.listOfType('convref', 'convref'),
    ]);
    return matchPeople([...users, ...refs].map(toPerson), query, limit);
  }

  async find(id: string): Promise<Person | undefined> {
    const key = id.toLowerCase();
    const [user, ref] = await Promise.all([this.docs.read(key, 'user'), this.docs.read(key, 'convref')]);
    const doc = user?.name ? user : (ref ?? user);
    return doc ? toPerson(doc) : undefined;
  }
}

const toPerson = (doc: NamedDoc): Person => ({ id: doc.id.toLowerCase(), name: doc.name?.trim() || doc.id });
