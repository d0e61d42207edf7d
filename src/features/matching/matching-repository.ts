import type { Container } from '@azure/cosmos';
import { ConflictError } from '../../domain/errors';
import type {
  MatchExclusion,
  MatchingRepository,
  MatchProfile,
  MatchRecord,
  MatchSettings,
  MatchStatus,
  RoundDraft,
} from '../../domain/matching-records';
import { exclusionKey } from '../../domain/matching';
import { DocumentStore, withoutMeta, type StoredMeta } from '../../storage/document-store';

type Kind = 'profile' | 'match' | 'seats' | 'gezel' | 'exclusion' | 'settings' | 'round';
type Doc<T> = Omit<T, 'etag'> & { id: string; pk: Kind };

interface SeatsDoc {
  id: string;
  pk: 'seats';
  matchIds: string[];
}
interface ClaimDoc {
  id: string;
  pk: 'gezel';
  matchId: string;
}

const SETTINGS_ID = 'settings';

function fromDoc<T>(doc: Doc<T> & StoredMeta): T {
  const { pk: _pk, ...rest } = withoutMeta(doc);
  return { ...(rest as unknown as T), etag: doc._etag };
}

/**
 * All matching documents live in the small `matching` container, partitioned by kind, so every hot
 * path (a profile, a pair, a leermeester's places, a gezel's claim) is a point read. The two places
 * where people race, a leermeester's last place and a gezel's one open request, are conditional
 * writes: replace-if-unchanged on the places document, create-if-missing on the claim.
 */
export class CosmosMatchingRepository implements MatchingRepository {
  private readonly profiles: DocumentStore<Doc<MatchProfile>>;
  private readonly matches: DocumentStore<Doc<MatchRecord>>;
  private readonly seatDocs: DocumentStore<SeatsDoc>;
  private readonly claims: DocumentStore<ClaimDoc>;
  private readonly exclusions: DocumentStore<Doc<MatchExclusion>>;
  private readonly settings: DocumentStore<Doc<MatchSettings>>;
  private readonly rounds: DocumentStore<Doc<RoundDraft>>;

  constructor(container: Container) {
    this.profiles = new DocumentStore(container);
    this.matches = new DocumentStore(container);
    this.seatDocs = new DocumentStore(container);
    this.claims = new DocumentStore(container);
    this.exclusions = new DocumentStore(container);
    this.settings = new DocumentStore(container);
    this.rounds = new DocumentStore(container);
  }

  async getProfile(id: string): Promise<MatchProfile | undefined> {
    const doc = await this.profiles.read(id.toLowerCase(), 'profile');
    return doc ? fromDoc<MatchProfile>(doc) : undefined;
  }

  async listProfiles(): Promise<MatchProfile[]> {
    const docs = await this.profiles.query(
      { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'profile' }] },
      'profile',
    );
    return docs.map((d) => fromDoc<MatchProfile>(d)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async saveProfile(profile: MatchProfile): Promise<MatchProfile> {
    const { etag, ...rest } = profile;
    const doc: Doc<MatchProfile> = { ...rest, id: rest.id.toLowerCase(), pk: 'profile' };
    const saved = etag ? await this.profiles.replace(doc, etag, 'profile') : await this.profiles.create(doc);
    return fromDoc<MatchProfile>(saved);
  }

  async restoreProfile(id: string, previous: MatchProfile | undefined): Promise<void> {
    if (!previous) {
      await this.profiles.delete(id.toLowerCase(), 'profile');
      return;
    }
    const { etag: _etag, ...rest } = previous;
    await this.profiles.upsert({ ...rest, id: rest.id.toLowerCase(), pk: 'profile' });
  }

  async getMatch(id: string): Promise<MatchRecord | undefined> {
    const doc = await this.matches.read(id, 'match');
    return doc ? fromDoc<MatchRecord>(doc) : undefined;
  }

  async createMatch(match: MatchRecord): Promise<MatchRecord> {
    const { etag: _etag, ...rest } = match;
    return fromDoc<MatchRecord>(await this.matches.create({ ...rest, pk: 'match' }));
  }

  async saveMatch(match: MatchRecord): Promise<MatchRecord> {
    const { etag, ...rest } = match;
    if (!etag) throw new ConflictError('a pair is saved with the etag it was read with');
    return fromDoc<MatchRecord>(await this.matches.replace({ ...rest, pk: 'match' }, etag, 'match'));
  }

  async listMatches(
    filter: { personId?: string; statuses?: readonly MatchStatus[] } = {},
  ): Promise<MatchRecord[]> {
    const parameters = [{ name: '@pk', value: 'match' as string | string[] }];
    let query = 'SELECT * FROM c WHERE c.pk = @pk';
    if (filter.personId) {
      query += ' AND (c.gezelId = @person OR c.leermeesterId = @person)';
      parameters.push({ name: '@person', value: filter.personId.toLowerCase() });
    }
    if (filter.statuses) {
      query += ' AND ARRAY_CONTAINS(@statuses, c.status)';
      parameters.push({ name: '@statuses', value: [...filter.statuses] });
    }
    const docs = await this.matches.query({ query, parameters }, 'match');
    return docs.map((d) => fromDoc<MatchRecord>(d)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async claimGezel(gezelId: string, matchId: string): Promise<void> {
    await this.claims.create({ id: gezelId.toLowerCase(), pk: 'gezel', matchId });
  }

  async gezelClaim(gezelId: string): Promise<string | undefined> {
    return (await this.claims.read(gezelId.toLowerCase(), 'gezel'))?.matchId;
  }

  async releaseGezel(gezelId: string, matchId: string): Promise<void> {
    const doc = await this.claims.read(gezelId.toLowerCase(), 'gezel');
    // Only the claim of this pair: a newer request of the same gezel stays.
    if (doc && doc.matchId === matchId) await this.claims.delete(doc.id, 'gezel', doc._etag);
  }

  async seats(leermeesterId: string): Promise<{ matchIds: string[]; etag?: string }> {
    const doc = await this.seatDocs.read(leermeesterId.toLowerCase(), 'seats');
    return { matchIds: doc?.matchIds ?? [], etag: doc?._etag };
  }

  async takeSeat(leermeesterId: string, matchId: string, capacity: number): Promise<boolean> {
    const id = leermeesterId.toLowerCase();
    for (let attempt = 1; ; attempt++) {
      const doc = await this.seatDocs.read(id, 'seats');
      const held = doc?.matchIds ?? [];
      if (held.includes(matchId)) return true;
      if (held.length >= capacity) return false;
      const next: SeatsDoc = { id, pk: 'seats', matchIds: [...held, matchId] };
      try {
        if (doc?._etag) await this.seatDocs.replace(next, doc._etag, 'seats');
        else await this.seatDocs.create(next);
        return true;
      } catch (err) {
        // Someone else took or freed a place in between: look again.
        if (!(err instanceof ConflictError) || attempt >= 10) throw err;
      }
    }
  }

  async releaseSeat(leermeesterId: string, matchId: string): Promise<void> {
    const id = leermeesterId.toLowerCase();
    for (let attempt = 1; ; attempt++) {
      const doc = await this.seatDocs.read(id, 'seats');
      if (!doc?._etag || !doc.matchIds.includes(matchId)) return;
      try {
        await this.seatDocs.replace(
          { id, pk: 'seats', matchIds: doc.matchIds.filter((m) => m !== matchId) },
          doc._etag,
          'seats',
        );
        return;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 10) throw err;
      }
    }
  }

  async allSeats(): Promise<Map<string, number>> {
    const docs = await this.seatDocs.query(
      { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'seats' }] },
      'seats',
    );
    return new Map(docs.map((d) => [d.id, d.matchIds.length]));
  }

  async addExclusion(exclusion: MatchExclusion): Promise<void> {
    await this.exclusions.upsert({
      ...exclusion,
      gezelId: exclusion.gezelId.toLowerCase(),
      leermeesterId: exclusion.leermeesterId.toLowerCase(),
      id: exclusionKey(exclusion.gezelId, exclusion.leermeesterId),
      pk: 'exclusion',
    });
  }

  async listExclusions(): Promise<MatchExclusion[]> {
    const docs = await this.exclusions.query(
      { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'exclusion' }] },
      'exclusion',
    );
    return docs.map((d) => ({
      gezelId: d.gezelId,
      leermeesterId: d.leermeesterId,
      reason: d.reason,
      at: d.at,
    }));
  }

  async getSettings(): Promise<MatchSettings | undefined> {
    const doc = await this.settings.read(SETTINGS_ID, 'settings');
    if (!doc) return undefined;
    const { id: _id, ...rest } = fromDoc<MatchSettings & { id: string }>(doc);
    return rest;
  }

  async saveSettings(settings: MatchSettings): Promise<MatchSettings> {
    const { etag, ...rest } = settings;
    const doc = { ...rest, id: SETTINGS_ID, pk: 'settings' as const };
    const saved = etag ? await this.settings.replace(doc, etag, 'settings') : await this.settings.create(doc);
    const { id: _id, ...out } = fromDoc<MatchSettings & { id: string }>(saved);
    return out;
  }

  async getRound(id: string): Promise<RoundDraft | undefined> {
    const doc = await this.rounds.read(id, 'round');
    return doc ? fromDoc<RoundDraft>(doc) : undefined;
  }

  async saveRound(round: RoundDraft): Promise<RoundDraft> {
    const { etag, ...rest } = round;
    const doc = { ...rest, pk: 'round' as const };
    const saved = etag ? await this.rounds.replace(doc, etag, 'round') : await this.rounds.create(doc);
    return fromDoc<RoundDraft>(saved);
  }
}
