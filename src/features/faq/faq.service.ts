import { createHash } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../../domain/access';
import { ConflictError, DomainError, parseForm, ValidationError } from '../../domain/errors';
import type { Caller } from '../../domain/user';
import type { MessageKey } from '../../i18n';
import type { Logger } from '../../logger';
import { ENTRY_ID, LIMITS, PROGRAMMES, type FaqEntry, type FaqLocale } from './faq-entry';
import type { FaqKnowledge } from './faq-knowledge';
import { withLiveData, type RoundSource } from './faq-live';
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
/** Two review items are shown as one group from this share of shared words. */
const GROUP_SIMILARITY = 0.6;
/** Tries of one question against writers of the same item (ETag conflicts) before it counts as not stored. */
const REVIEW_WRITE_ATTEMPTS = 20;

export type AskOutcome =
  | { kind: 'answer'; entry: FaqEntry; confidence: number }
  | { kind: 'smalltalk'; entry: FaqEntry }
  | { kind: 'suggest'; choices: FaqEntry[]; confidence: number }
  | { kind: 'unknown'; logged: boolean }
  | { kind: 'tooLong'; length: number }
  | { kind: 'noWords' };

/** Open review items shown (and acted on) as one queue entry. */
export interface ReviewGroup {
  /** The primary item's id: the one the card's buttons carry (the newest in the queue). */
  id: string;
  /** The primary first, then the items folded into it (newest first). */
  members: ReviewItem[];
  /** Their questions, newest first, at most REVIEW_QUESTIONS_MAX. */
  questions: ReviewQuestion[];
  count: number;
  firstAt: string;
  lastAt: string;
}

export interface ReviewView {
  group: ReviewGroup;
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
    /** Where round-dependent answers get their dates and numbers; without it the seed's text is given. */
    private readonly live?: { rounds: RoundSource; timeZone: string },
  ) {}

  /** The entry as it should be answered now (round data filled in); the seed's text when rounds cannot be read. */
  private async current(entry: FaqEntry): Promise<FaqEntry> {
    if (!entry.live || !this.live) return entry;
    try {
      const rounds = await this.live.rounds.list();
      return withLiveData(entry, rounds, this.now(), this.live.timeZone);
    } catch (err) {
      this.log.warn({ err, entryId: entry.id }, 'FAQ: rounds not readable, answered from the knowledge base');
      return entry;
    }
  }

  async ask(text: string, locale: FaqLocale): Promise<AskOutcome> {
    const q = text.trim();
    if (q.length > MAX_QUESTION_LENGTH) return { kind: 'tooLong', length: q.length };
    if (!/[\p{L}\p{N}]/u.test(normalize(q))) return { kind: 'noWords' };
    const engine = await this.knowledge.current();
    const d = engine.decide(q, locale);
    switch (d.kind) {
      case 'answer':
        return { kind: 'answer', entry: await this.current(d.entry), confidence: d.confidence };
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

  /** The entry to show a user, with round data filled in. */
  async entry(entryId: unknown): Promise<FaqEntry> {
    return this.current(await this.known(entryId));
  }

  /** The entry as stored: what edits start from. */
  private async known(entryId: unknown): Promise<FaqEntry> {
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
    const entry = await this.known(input.entryId);
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
   * Adds a question to the review queue without a query, so a user's turn costs the same however long the
   * queue is. Returns false when the store did not take it (the user is told honestly; the answer itself does
   * not depend on it).
   *
   * Every question with the same key (its analysed words) goes to one document whose id comes from the key:
   * - `q-<hash>` is the first item for a key: one point read, then append (ETag) or create;
   * - once that item is closed (resolved or dismissed), the decision stands and new questions go to a fresh item
   *   `q-<hash>-<n>`; the closed first item keeps `nextGeneration` = n, so a second point read finds it;
   * - a writer that finds generation n closed as well moves `nextGeneration` on to n+1 (ETag) and creates that.
   * So a question costs one or two point reads and one write, however often its key was closed before. Similar
   * but not identical keys are separate items; the beheerder's queue folds them into one group (reviewQueue).
   * A conflict (someone wrote the same item in between) re-reads the same ids after a short random pause.
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
      const first = reviewIdOf(key);
      for (let attempt = 1; ; attempt++) {
        try {
          await this.addToReviewItem(first, key, entry);
          return true;
        } catch (err) {
          if (!(err instanceof ConflictError) || attempt >= REVIEW_WRITE_ATTEMPTS) throw err;
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(10 * attempt, 100)));
        }
      }
    } catch (err) {
      this.log.warn({ err }, 'FAQ question not added to the review queue');
      return false;
    }
  }

  /** One attempt of toReview: point reads only; ConflictError when another writer came first. */
  private async addToReviewItem(first: string, key: string[], entry: ReviewQuestion): Promise<void> {
    const head = await this.repo.getReview(first);
    if (!head || head.status === 'open') return this.appendOrCreate(first, head, key, entry);
    const generation = head.nextGeneration ?? 2;
    const current = await this.repo.getReview(`${first}-${generation}`);
    if (!current || current.status === 'open')
      return this.appendOrCreate(`${first}-${generation}`, current, key, entry);
    // That generation was closed too: point the first item at the next one and start it.
    await this.repo.saveReview({ ...head, nextGeneration: generation + 1 });
    return this.appendOrCreate(`${first}-${generation + 1}`, undefined, key, entry);
  }

  private async appendOrCreate(
    itemId: string,
    item: ReviewItem | undefined,
    key: string[],
    entry: ReviewQuestion,
  ): Promise<void> {
    if (!item) {
      await this.repo.saveReview({
        id: itemId,
        status: 'open',
        key,
        questions: [entry],
        count: 1,
        firstAt: entry.at,
        lastAt: entry.at,
      });
      return;
    }
    // The same wording for the same reason is kept once, as asked last (the count says how often).
    const others = item.questions.filter((x) => !(sameText(x.text, entry.text) && x.reason === entry.reason));
    await this.repo.saveReview({
      ...item,
      questions: [...others, entry].slice(-REVIEW_QUESTIONS_MAX),
      count: item.count + 1,
      lastAt: entry.at,
    });
  }

  /** The beheerder's queue: open items, similar ones folded into one group (newest first). */
  async reviewQueue(caller: Caller): Promise<ReviewView[]> {
    requireRole(caller, 'beheerder');
    const [items, engine] = await Promise.all([this.repo.listOpenReviews(), this.knowledge.current()]);
    return groupReviews(items).map((group) => {
      const latest = group.questions[0];
      const disliked = [
        ...new Set(group.questions.filter((q) => q.reason === 'thumbs-down').flatMap((q) => q.entryIds)),
      ].flatMap((e) => engine.byId.get(e) ?? []);
      const searched = latest ? engine.search(latest.text, latest.locale, 5).map((h) => h.entry) : [];
      const candidates = [...new Map([...searched, ...disliked].map((e) => [e.id, e])).values()].filter(
        (e) => e.kind === 'faq',
      );
      return { group, candidates: candidates.slice(0, 6), disliked };
    });
  }

  /** One open group, for the "new answer" form. */
  async review(caller: Caller, raw: unknown): Promise<ReviewGroup> {
    requireRole(caller, 'beheerder');
    return this.openGroup(parse(reviewId, raw));
  }

  /**
   * The group of an open item as the store has it now (the card only carries the primary's id; member ids from
   * card data are never trusted): the primary first, then the open items it is folded with.
   */
  private async openGroup(idValue: string): Promise<ReviewGroup> {
    const primary = await this.repo.getReview(idValue);
    if (!primary) throw new DomainError('faq.review.unknown');
    if (primary.status !== 'open') throw new DomainError('faq.review.alreadyDone');
    const open = await this.repo.listOpenReviews();
    const items = [primary, ...open.filter((i) => i.id !== primary.id)];
    const members =
      groupReviews(items).find((g) => g.members.some((m) => m.id === primary.id))?.members ?? [];
    return groupOf([primary, ...members.filter((m) => m.id !== primary.id)]);
  }

  /** Adds the queued questions as alternates of an entry: the next time they get that answer. */
  async linkReview(caller: Caller, raw: unknown): Promise<{ entry: FaqEntry; added: string[] }> {
    requireRole(caller, 'beheerder');
    const input = parse(linkInput, raw);
    const entryId = input.entryIdTyped || input.entryId;
    if (!entryId) throw new DomainError('faq.review.chooseEntry');
    const group = await this.openGroup(input.reviewId);
    const target = await this.known(entryId);
    let added: string[] = [];
    const saved = await this.updateEntry(target.id, caller, (e) => {
      const next: FaqEntry = { ...e, nl: { ...e.nl }, en: { ...e.en } };
      added = [];
      for (const q of group.questions) {
        const loc = next[q.locale];
        const exists = [loc.question, ...loc.alternates].some((a) => sameText(a, q.text));
        if (exists || q.text.length > LIMITS.alternate || loc.alternates.length >= LIMITS.alternates)
          continue;
        loc.alternates = [...loc.alternates, q.text];
        added.push(q.text);
      }
      return next;
    });
    const closed = await this.closeGroup(group, caller, { action: 'alternate', entryId: saved.id });
    await this.repo.addAudit({
      at: this.now().toISOString(),
      by: caller.aadObjectId,
      action: 'entry.alternate-added',
      entryId: saved.id,
      reviewId: group.id,
      detail: { added, reviewIds: closed },
    });
    await this.afterEdit();
    return { entry: saved, added };
  }

  /** Writes a new entry from a queued question (Dutch; the English text starts as a copy until translated). */
  async createFromReview(caller: Caller, raw: unknown): Promise<FaqEntry> {
    requireRole(caller, 'beheerder');
    const input = parseForm(createInput, raw, CREATE_FIELD_ERRORS);
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
    const group = await this.openGroup(input.reviewId);
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
    const closed = await this.closeGroup(group, caller, { action: 'new-entry', entryId });
    await this.repo.addAudit({
      at,
      by: caller.aadObjectId,
      action: 'entry.created',
      entryId,
      reviewId: group.id,
      detail: { question: input.question, reviewIds: closed },
    });
    await this.afterEdit();
    return entry;
  }

  /** Takes a group off the queue; the ids of the items closed (the primary first). */
  async dismissReview(caller: Caller, raw: unknown): Promise<string[]> {
    requireRole(caller, 'beheerder');
    const input = parse(dismissInput, raw);
    const group = await this.openGroup(input.reviewId);
    const closed = await this.closeGroup(group, caller, { action: 'dismissed' });
    await this.repo.addAudit({
      at: this.now().toISOString(),
      by: caller.aadObjectId,
      action: 'review.dismissed',
      reviewId: group.id,
      detail: { question: group.questions[0]?.text ?? '', reviewIds: closed },
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

  /**
   * Closes the primary, then every other member still open; returns the ids closed. The first decision stands:
   * a primary someone else closed meanwhile is "already done"; members already closed are skipped.
   */
  private async closeGroup(
    group: ReviewGroup,
    caller: Caller,
    resolution: NonNullable<ReviewItem['resolution']>,
  ): Promise<string[]> {
    const [primary, ...others] = group.members;
    if (!primary || !(await this.closeReview(primary, caller, resolution)))
      throw new DomainError('faq.review.alreadyDone');
    const closed = [primary.id];
    for (const member of others)
      if (await this.closeReview(member, caller, resolution)) closed.push(member.id);
    return closed;
  }

  /** Closes one item if it is still open; false when it was closed (or gone) already. */
  private async closeReview(
    item: ReviewItem,
    caller: Caller,
    resolution: NonNullable<ReviewItem['resolution']>,
  ): Promise<boolean> {
    let current: ReviewItem | undefined = item;
    for (let attempt = 1; current?.status === 'open'; attempt++) {
      try {
        await this.repo.saveReview({
          ...current,
          status: resolution.action === 'dismissed' ? 'dismissed' : 'resolved',
          resolution,
          resolvedAt: this.now().toISOString(),
          resolvedBy: caller.aadObjectId,
        });
        return true;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 5) throw err;
        // Written in between: by another beheerder (then it is closed now) or by a new question with the same
        // words (then it is still open, and closes with the rest).
        current = await this.repo.getReview(item.id);
      }
    }
    return false;
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

/** The id of the first review item of a key: the same words always give the same document. */
export function reviewIdOf(key: readonly string[]): string {
  return `q-${createHash('sha256').update(key.join(' ')).digest('hex').slice(0, 24)}`;
}

function groupOf(members: ReviewItem[]): ReviewGroup {
  const questions = members
    .flatMap((m) => m.questions)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, REVIEW_QUESTIONS_MAX);
  const firsts = members.map((m) => m.firstAt).sort();
  const lasts = members.map((m) => m.lastAt).sort();
  return {
    id: members[0]?.id ?? '',
    members,
    questions,
    count: members.reduce((n, m) => n + m.count, 0),
    firstAt: firsts[0] ?? '',
    lastAt: lasts[lasts.length - 1] ?? '',
  };
}

/**
 * Folds open items whose keys share enough words (Jaccard ≥ GROUP_SIMILARITY, also through a chain of such
 * items) into groups. The grouping does not depend on the order of the items, so the group an action
 * recomputes from the store is the one the beheerder saw (plus what came in since). Newest group first; in
 * a group the newest item is the primary.
 */
export function groupReviews(items: readonly ReviewItem[]): ReviewGroup[] {
  const sorted = [...items].sort((a, b) => b.lastAt.localeCompare(a.lastAt) || a.id.localeCompare(b.id));
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      if (jaccard(sorted[i]!.key, sorted[j]!.key) >= GROUP_SIMILARITY) {
        const [a, b] = [root(i), root(j)];
        // The smaller index (the newer item) stays the root, so it is the primary.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
  const groups = new Map<number, ReviewItem[]>();
  sorted.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item]));
  return [...groups.values()].map(groupOf);
}
