import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../../domain/access';
import { ConflictError, DomainError, fieldErrorsOf, ValidationError } from '../../domain/errors';
import type { Caller } from '../../domain/user';
import type { MessageKey } from '../../i18n';
import type { Logger } from '../../logger';
import { ENTRY_ID, LIMITS, PROGRAMMES, type FaqEntry, type FaqLocale } from './faq-entry';
import type { FaqKnowledge } from './faq-knowledge';
import {
  REVIEW_QUESTIONS_MAX,
  type FaqRepository,
  type ReviewItem,
  type ReviewQuestion,
  type StoredEntry,
} from './faq-repository';
import { normalize } from './faq-text';

/** Longer messages are not questions (a pasted document, a mistake): the user is asked to shorten them. */
export const MAX_QUESTION_LENGTH = 1000;
/** What is kept of a question in the review queue. */
const STORED_QUESTION_LENGTH = 500;
/** Two review questions belong together from this share of shared words. */
const GROUP_SIMILARITY = 0.6;

export type AskOutcome =
  | { kind: 'answer'; entry: FaqEntry; confidence: number }
  | { kind: 'smalltalk'; entry: FaqEntry }
  | { kind: 'suggest'; choices: FaqEntry[]; confidence: number }
  | { kind: 'unknown'; logged: boolean }
  | { kind: 'tooLong'; length: number }
  | { kind: 'noWords' };

export interface ReviewView {
  item: ReviewItem;
  /** Entries that might answer it (best first), to link the question to. */
  candidates: FaqEntry[];
  /** The entries a 👎 was given on. */
  disliked: FaqEntry[];
}

const id = z.string().trim().max(80).regex(ENTRY_ID);
const reviewId = z.string().trim().min(1).max(60);
const question = z.string().trim().max(STORED_QUESTION_LENGTH).optional().default('');

const feedbackInput = z.object({ entryId: id, value: z.enum(['up', 'down']), question });
const noneInput = z.object({
  question: z.string().trim().min(1).max(STORED_QUESTION_LENGTH),
  shown: z
    .union([z.string().max(300), z.array(z.string().max(80)).max(5)])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter((s) => ENTRY_ID.test(s)),
    ),
});
const linkInput = z.object({
  reviewId,
  entryId: z.string().trim().max(80).optional().default(''),
  entryIdTyped: z.string().trim().max(80).optional().default(''),
});
const dismissInput = z.object({ reviewId });
const createInput = z.object({
  reviewId,
  question: z.string().trim().min(5).max(LIMITS.question),
  alternates: z.string().max(4000).optional().default(''),
  answer: z.string().trim().min(2).max(LIMITS.answer),
  detail: z.string().trim().max(LIMITS.detail).optional().default(''),
  programme: z.enum(PROGRAMMES),
  sourceDoc: z.string().trim().min(1).max(60),
  section: z.string().trim().min(1).max(LIMITS.section),
});
export type CreateEntryInput = z.infer<typeof createInput>;

const CREATE_FIELD_ERRORS: Record<string, MessageKey> = {
  question: 'faq.form.questionError',
  answer: 'faq.form.answerError',
  detail: 'faq.form.detailError',
  programme: 'faq.form.programmeError',
  sourceDoc: 'faq.form.sourceError',
  section: 'faq.form.sectionError',
  alternates: 'faq.form.alternatesError',
};

const parse = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, raw: unknown): T => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DomainError('faq.invalidAction');
  return parsed.data;
};

const sameText = (a: string, b: string): boolean => normalize(a).trim() === normalize(b).trim();

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
}

/**
 * Answers questions from the in-memory knowledge base and turns what it could not answer into a review
 * queue that a beheerder works through; every edit is audited and takes effect at once.
 */
export class FaqService {
  constructor(
    private readonly knowledge: FaqKnowledge,
    private readonly repo: FaqRepository,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ask(text: string, locale: FaqLocale): Promise<AskOutcome> {
    const q = text.trim();
    if (q.length > MAX_QUESTION_LENGTH) return { kind: 'tooLong', length: q.length };
    if (!/[\p{L}\p{N}]/u.test(normalize(q))) return { kind: 'noWords' };
    const engine = await this.knowledge.current();
    const d = engine.decide(q, locale);
    switch (d.kind) {
      case 'answer':
        return { kind: 'answer', entry: d.entry, confidence: d.confidence };
      case 'smalltalk':
        return { kind: 'smalltalk', entry: d.entry };
      case 'suggest':
        return { kind: 'suggest', choices: d.choices.map((h) => h.entry), confidence: d.confidence };
      case 'unknown': {
        const logged = await this.toReview({
          text: q,
          locale,
          reason: 'unanswered',
          entryIds: d.hits.slice(0, 3).map((h) => h.entry.id),
        });
        return { kind: 'unknown', logged };
      }
    }
  }

  async entry(entryId: unknown): Promise<FaqEntry> {
    const parsed = id.safeParse(entryId);
    const engine = await this.knowledge.current();
    const e = parsed.success ? engine.byId.get(parsed.data) : undefined;
    if (!e) throw new DomainError('faq.unknownEntry');
    return e;
  }

  sourceTitle(doc: string, locale: FaqLocale): string {
    return this.knowledge.sourceTitle(doc, locale);
  }

  get sources(): { id: string; title: string }[] {
    return Object.entries(this.knowledge.sourceDocs).map(([k, v]) => ({ id: k, title: v.nl }));
  }

  /** 👍 is counted; 👎 puts the question (or the entry's own question) in the review queue. */
  async feedback(raw: unknown, locale: FaqLocale): Promise<{ value: 'up' | 'down'; logged: boolean }> {
    const input = parse(feedbackInput, raw);
    const entry = await this.entry(input.entryId);
    await this.repo
      .addFeedback({ at: this.now().toISOString(), entryId: entry.id, value: input.value, locale })
      .catch((err: unknown) => this.log.warn({ err }, 'FAQ feedback not stored'));
    if (input.value === 'up') return { value: 'up', logged: false };
    const logged = await this.toReview({
      text: input.question || entry[locale].question,
      locale,
      reason: 'thumbs-down',
      entryIds: [entry.id],
    });
    return { value: 'down', logged };
  }

  async noneOfThese(raw: unknown, locale: FaqLocale): Promise<{ logged: boolean }> {
    const input = parse(noneInput, raw);
    const logged = await this.toReview({
      text: input.question,
      locale,
      reason: 'none-of-these',
      entryIds: input.shown,
    });
    return { logged };
  }

  /**
   * Adds a question to the queue, grouped with an open item that asks much the same. Returns false when the
   * store did not take it (the user is told honestly; the answer itself does not depend on it).
   */
  private async toReview(q: Omit<ReviewQuestion, 'at'>): Promise<boolean> {
    try {
      const engine = await this.knowledge.current();
      const key = [
        ...new Set(engine.analyze(q.text, q.locale).groups.map((g) => g.terms[0] ?? g.word)),
      ].sort();
      const entry: ReviewQuestion = {
        ...q,
        text: q.text.slice(0, STORED_QUESTION_LENGTH),
        at: this.now().toISOString(),
      };
      for (let attempt = 1; ; attempt++) {
        const open = await this.repo.listOpenReviews();
        const similar = open
          .map((item) => ({ item, sim: jaccard(key, item.key) }))
          .filter((x) => x.sim >= GROUP_SIMILARITY)
          .sort((a, b) => b.sim - a.sim)[0]?.item;
        try {
          if (similar) {
            const known = similar.questions.some(
              (x) => sameText(x.text, entry.text) && x.reason === entry.reason,
            );
            await this.repo.saveReview({
              ...similar,
              questions: known
                ? similar.questions
                : [...similar.questions, entry].slice(-REVIEW_QUESTIONS_MAX),
              count: similar.count + 1,
              lastAt: entry.at,
            });
          } else {
            // The same question asked at the same moment makes the same id: one of the creates conflicts
            // and its retry finds the item. A closed item with that id gets a fresh one.
            const keyed = `q-${createHash('sha256').update(key.join(' ')).digest('hex').slice(0, 24)}`;
            const taken = await this.repo.getReview(keyed);
            if (taken?.status === 'open') throw new ConflictError('created meanwhile');
            await this.repo.saveReview({
              id: taken ? randomUUID() : keyed,
              status: 'open',
              key,
              questions: [entry],
              count: 1,
              firstAt: entry.at,
              lastAt: entry.at,
            });
          }
          return true;
        } catch (err) {
          if (!(err instanceof ConflictError) || attempt >= 10) throw err;
          // Someone else wrote the item in between: re-read and apply again, after a short random pause.
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    } catch (err) {
      this.log.warn({ err }, 'FAQ question not added to the review queue');
      return false;
    }
  }

  async reviewQueue(caller: Caller): Promise<ReviewView[]> {
    requireRole(caller, 'beheerder');
    const [items, engine] = await Promise.all([this.repo.listOpenReviews(), this.knowledge.current()]);
    return items.map((item) => {
      const latest = item.questions[item.questions.length - 1];
      const disliked = [
        ...new Set(item.questions.filter((q) => q.reason === 'thumbs-down').flatMap((q) => q.entryIds)),
      ].flatMap((e) => engine.byId.get(e) ?? []);
      const searched = latest ? engine.search(latest.text, latest.locale, 5).map((h) => h.entry) : [];
      const candidates = [...new Map([...searched, ...disliked].map((e) => [e.id, e])).values()].filter(
        (e) => e.kind === 'faq',
      );
      return { item, candidates: candidates.slice(0, 6), disliked };
    });
  }

  /** One open review item, for the "new answer" form. */
  async review(caller: Caller, raw: unknown): Promise<ReviewItem> {
    requireRole(caller, 'beheerder');
    return this.openReview(parse(reviewId, raw));
  }

  private async openReview(idValue: string): Promise<ReviewItem> {
    const item = await this.repo.getReview(idValue);
    if (!item) throw new DomainError('faq.review.unknown');
    if (item.status !== 'open') throw new DomainError('faq.review.alreadyDone');
    return item;
  }

  /** Adds the queued questions as alternates of an entry: the next time they get that answer. */
  async linkReview(caller: Caller, raw: unknown): Promise<{ entry: FaqEntry; added: string[] }> {
    requireRole(caller, 'beheerder');
    const input = parse(linkInput, raw);
    const entryId = input.entryIdTyped || input.entryId;
    if (!entryId) throw new DomainError('faq.review.chooseEntry');
    const item = await this.openReview(input.reviewId);
    const target = await this.entry(entryId);
    let added: string[] = [];
    const saved = await this.updateEntry(target.id, caller, (e) => {
      const next: FaqEntry = { ...e, nl: { ...e.nl }, en: { ...e.en } };
      added = [];
      for (const q of item.questions) {
        const loc = next[q.locale];
        const exists = [loc.question, ...loc.alternates].some((a) => sameText(a, q.text));
        if (exists || q.text.length > LIMITS.alternate || loc.alternates.length >= LIMITS.alternates)
          continue;
        loc.alternates = [...loc.alternates, q.text];
        added.push(q.text);
      }
      return next;
    });
    await this.closeReview(item, caller, { action: 'alternate', entryId: saved.id });
    await this.repo.addAudit({
      at: this.now().toISOString(),
      by: caller.aadObjectId,
      action: 'entry.alternate-added',
      entryId: saved.id,
      reviewId: item.id,
      detail: { added },
    });
    await this.afterEdit();
    return { entry: saved, added };
  }

  /** Writes a new entry from a queued question (Dutch; the English text starts as a copy until translated). */
  async createFromReview(caller: Caller, raw: unknown): Promise<FaqEntry> {
    requireRole(caller, 'beheerder');
    const parsed = createInput.safeParse(raw);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error, CREATE_FIELD_ERRORS));
    const input = parsed.data;
    if (!this.knowledge.sourceDocs[input.sourceDoc])
      throw new ValidationError({ sourceDoc: 'faq.form.sourceError' });
    const alternates = [
      ...new Set(
        input.alternates
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter((s) => s.length >= 2 && s.length <= LIMITS.alternate && !sameText(s, input.question)),
      ),
    ].slice(0, LIMITS.alternates);
    const item = await this.openReview(input.reviewId);
    const engine = await this.knowledge.current();
    const entryId = uniqueId(input.question, (x) => engine.byId.has(x));
    const localized = {
      question: input.question,
      alternates,
      keywords: [],
      answer: input.answer,
      detail: input.detail,
    };
    const entry: FaqEntry = {
      id: entryId,
      kind: 'faq',
      topic: input.programme,
      programmes: [input.programme],
      audience: ['medewerker'],
      source: { doc: input.sourceDoc, section: input.section },
      followUps: [],
      nl: localized,
      en: { ...localized, alternates: [] },
    };
    const at = this.now().toISOString();
    await this.repo.saveEntry({
      entry,
      origin: 'runtime',
      edited: true,
      updatedAt: at,
      updatedBy: caller.aadObjectId,
    });
    await this.closeReview(item, caller, { action: 'new-entry', entryId });
    await this.repo.addAudit({
      at,
      by: caller.aadObjectId,
      action: 'entry.created',
      entryId,
      reviewId: item.id,
      detail: { question: input.question },
    });
    await this.afterEdit();
    return entry;
  }

  async dismissReview(caller: Caller, raw: unknown): Promise<ReviewItem> {
    requireRole(caller, 'beheerder');
    const input = parse(dismissInput, raw);
    const item = await this.openReview(input.reviewId);
    const closed = await this.closeReview(item, caller, { action: 'dismissed' });
    await this.repo.addAudit({
      at: this.now().toISOString(),
      by: caller.aadObjectId,
      action: 'review.dismissed',
      reviewId: item.id,
      detail: { question: item.questions[item.questions.length - 1]?.text ?? '' },
    });
    return closed;
  }

  /** Read-modify-write with the ETag; a concurrent edit is re-read and the change applied again. */
  private async updateEntry(
    entryId: string,
    caller: Caller,
    change: (e: FaqEntry) => FaqEntry,
  ): Promise<FaqEntry> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.repo.getEntry(entryId);
      if (!current) throw new DomainError('faq.unknownEntry');
      const next: StoredEntry = {
        ...current,
        entry: change(current.entry),
        edited: true,
        updatedAt: this.now().toISOString(),
        updatedBy: caller.aadObjectId,
      };
      try {
        return (await this.repo.saveEntry(next)).entry;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 4) throw err;
      }
    }
  }

  private async closeReview(
    item: ReviewItem,
    caller: Caller,
    resolution: NonNullable<ReviewItem['resolution']>,
  ): Promise<ReviewItem> {
    try {
      return await this.repo.saveReview({
        ...item,
        status: resolution.action === 'dismissed' ? 'dismissed' : 'resolved',
        resolution,
        resolvedAt: this.now().toISOString(),
        resolvedBy: caller.aadObjectId,
      });
    } catch (err) {
      // Someone else closed it at the same moment: the first decision stands.
      if (err instanceof ConflictError) throw new DomainError('faq.review.alreadyDone');
      throw err;
    }
  }

  private async afterEdit(): Promise<void> {
    await this.repo.bumpVersion(this.now());
    await this.knowledge.reload();
  }
}

/** A readable, unique id from the question: "hoe-lang-duurt-de-intake". */
export function uniqueId(questionText: string, taken: (id: string) => boolean): string {
  const base =
    normalize(questionText)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/g, '') || 'vraag';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
