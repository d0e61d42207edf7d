import type { Container } from '@azure/cosmos';
import { createHash, randomUUID } from 'node:crypto';
import { ConflictError } from '../../domain/errors';
import { DocumentStore, withoutMeta } from '../../storage/document-store';
import type { FaqEntry, FaqLocale } from './faq-entry';

/**
 * The FAQ's Cosmos container (`faq`, partition key `/pk`). Entries are read once at start and after an
 * edit; questions never query the store (a question for the review queue is a point read of an id made from
 * its words). The review queue is only queried for the beheerder's list; audit trail and feedback are
 * written, and read only by the CLI and privacy.
 */

export interface StoredEntry {
  entry: FaqEntry;
  /** Where the current text comes from: the files in the repository, or an edit in Teams. */
  origin: 'file' | 'runtime';
  /** Edited in Teams and not yet exported to the files: these win over the files at start. */
  edited: boolean;
  /** Hash of the file version this document was last synced with. */
  fileHash?: string;
  updatedAt: string;
  updatedBy: string;
  etag?: string;
}

export type ReviewReason = 'unanswered' | 'none-of-these' | 'thumbs-down';

export interface ReviewQuestion {
  text: string;
  locale: FaqLocale;
  reason: ReviewReason;
  /** The entry that was shown (for 👎) or suggested. */
  entryIds: string[];
  at: string;
}

export interface ReviewItem {
  id: string;
  status: 'open' | 'resolved' | 'dismissed';
  /** Analysed words of the questions, to group similar ones. */
  key: string[];
  questions: ReviewQuestion[];
  count: number;
  firstAt: string;
  lastAt: string;
  resolvedAt?: string;
  resolvedBy?: string;
  resolution?: { action: 'alternate' | 'new-entry' | 'dismissed'; entryId?: string };
  /**
   * Only on a closed first item of a key (`q-<hash>`): the generation whose item (`q-<hash>-<n>`) takes new
   * questions with that key. Absent means 2. See FaqService.toReview.
   */
  nextGeneration?: number;
  etag?: string;
}

export interface AuditRecord {
  id: string;
  at: string;
  by: string;
  action: 'entry.alternate-added' | 'entry.created' | 'entry.updated' | 'review.dismissed';
  entryId?: string;
  reviewId?: string;
  detail: Record<string, unknown>;
}

export interface FeedbackRecord {
  id: string;
  at: string;
  entryId: string;
  value: 'up' | 'down';
  locale: FaqLocale;
}

type Doc<P extends string, T> = Omit<T, 'etag'> & { id: string; pk: P };
type EntryDoc = Doc<'entry', StoredEntry>;
type ReviewDoc = Doc<'review', ReviewItem>;
type AuditDoc = Doc<'audit', AuditRecord>;
type FeedbackDoc = Doc<'feedback', FeedbackRecord>;
type MetaDoc = { id: 'kb-version'; pk: 'meta'; version: number; updatedAt: string };

/** Stable hash of an entry's content (what an export would write). */
export function entryHash(e: FaqEntry): string {
  return createHash('sha256').update(JSON.stringify(e)).digest('hex').slice(0, 16);
}

/** Open review items kept in the queue at most; older open ones are still stored, only not listed. */
const REVIEW_LIST_MAX = 100;
/** Questions kept per review item (the count goes on). */
export const REVIEW_QUESTIONS_MAX = 20;

export class FaqRepository {
  private readonly entries: DocumentStore<EntryDoc>;
  private readonly reviews: DocumentStore<ReviewDoc>;
  private readonly audits: DocumentStore<AuditDoc>;
  private readonly feedbacks: DocumentStore<FeedbackDoc>;
  private readonly meta: DocumentStore<MetaDoc>;

  constructor(container: Container) {
    this.entries = new DocumentStore<EntryDoc>(container);
    this.reviews = new DocumentStore<ReviewDoc>(container);
    this.audits = new DocumentStore<AuditDoc>(container);
    this.feedbacks = new DocumentStore<FeedbackDoc>(container);
    this.meta = new DocumentStore<MetaDoc>(container);
  }

  async listEntries(): Promise<StoredEntry[]> {
    const docs = await this.entries.query(
      { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'entry' }] },
      'entry',
    );
    return docs.map((d) => {
      const { pk: _pk, id: _id, ...rest } = withoutMeta(d);
      return { ...rest, etag: d._etag };
    });
  }

  async getEntry(id: string): Promise<StoredEntry | undefined> {
    const d = await this.entries.read(id, 'entry');
    if (!d) return undefined;
    const { pk: _pk, id: _id, ...rest } = withoutMeta(d);
    return { ...rest, etag: d._etag };
  }

  /** Creates when `etag` is absent (ConflictError if it exists), else replaces if unchanged (ConflictError if not). */
  async saveEntry(stored: StoredEntry): Promise<StoredEntry> {
    const { etag, ...rest } = stored;
    const doc: EntryDoc = { ...rest, id: stored.entry.id, pk: 'entry' };
    const saved = etag ? await this.entries.replace(doc, etag, 'entry') : await this.entries.create(doc);
    return { ...stored, etag: saved._etag };
  }

  async deleteEntry(id: string, etag?: string): Promise<void> {
    await this.entries.delete(id, 'entry', etag);
  }

  /** The newest open items, for the beheerder's queue (a query: never on a user's turn). */
  async listOpenReviews(): Promise<ReviewItem[]> {
    const docs = await this.reviews.query(
      {
        query: `SELECT TOP ${REVIEW_LIST_MAX} * FROM c WHERE c.pk = @pk AND c.status = @status ORDER BY c.lastAt DESC`,
        parameters: [
          { name: '@pk', value: 'review' },
          { name: '@status', value: 'open' },
        ],
      },
      'review',
    );
    return docs.map(toReview);
  }

  async getReview(id: string): Promise<ReviewItem | undefined> {
    const d = await this.reviews.read(id, 'review');
    return d ? toReview(d) : undefined;
  }

  /** Creates when `etag` is absent (ConflictError if it exists), else replaces if unchanged (ConflictError if not). */
  async saveReview(item: ReviewItem): Promise<ReviewItem> {
    const { etag, ...rest } = item;
    const doc: ReviewDoc = { ...rest, pk: 'review' };
    const saved = etag ? await this.reviews.replace(doc, etag, 'review') : await this.reviews.create(doc);
    return toReview(saved);
  }

  async addAudit(record: Omit<AuditRecord, 'id'>): Promise<AuditRecord> {
    const full: AuditRecord = { ...record, id: randomUUID() };
    await this.audits.create({ ...full, pk: 'audit' });
    return full;
  }

  async listAudit(): Promise<AuditRecord[]> {
    const docs = await this.audits.query(
      {
        query: 'SELECT * FROM c WHERE c.pk = @pk ORDER BY c.at DESC',
        parameters: [{ name: '@pk', value: 'audit' }],
      },
      'audit',
    );
    return docs.map((d) => {
      const { pk: _pk, ...rest } = withoutMeta(d);
      return rest;
    });
  }

  async addFeedback(record: Omit<FeedbackRecord, 'id'>): Promise<void> {
    await this.feedbacks.create({ ...record, id: randomUUID(), pk: 'feedback' });
  }

  /** The knowledge base's version: bumped after every edit so other instances reload. */
  async version(): Promise<number> {
    return (await this.meta.read('kb-version', 'meta'))?.version ?? 0;
  }

  async bumpVersion(now: Date): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.meta.read('kb-version', 'meta');
      const next: MetaDoc = {
        id: 'kb-version',
        pk: 'meta',
        version: (current?.version ?? 0) + 1,
        updatedAt: now.toISOString(),
      };
      try {
        if (current?._etag) await this.meta.replace(next, current._etag, 'meta');
        else await this.meta.create(next);
        return next.version;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      }
    }
  }
}

function toReview(d: ReviewDoc & { _etag?: string }): ReviewItem {
  const { pk: _pk, ...rest } = withoutMeta(d);
  return { ...rest, etag: d._etag };
}
