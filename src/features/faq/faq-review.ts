/**
 * The FAQ's card input (untrusted, parsed with zod) and the review queue's grouping: similar unanswered questions
 * are shown and closed as one, under an id made from their analysed words.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import type { MessageKey } from '../../i18n';
import { ENTRY_ID, LIMITS, PROGRAMMES } from './faq-entry';
import { REVIEW_QUESTIONS_MAX, type ReviewItem, type ReviewQuestion } from './faq-repository';
import { normalize } from './faq-text';

/** What is kept of a question in the review queue. */
export const STORED_QUESTION_LENGTH = 500;
/** Two review items are shown as one group from this share of shared words. */
export const GROUP_SIMILARITY = 0.6;

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

export const id = z.string().trim().max(80).regex(ENTRY_ID);
export const reviewId = z.string().trim().min(1).max(60);
export const question = z.string().trim().max(STORED_QUESTION_LENGTH).optional().default('');

export const feedbackInput = z.object({ entryId: id, value: z.enum(['up', 'down']), question });
export const noneInput = z.object({
  question: z.string().trim().min(1).max(STORED_QUESTION_LENGTH),
  shown: z
    .union([z.string().max(300), z.array(z.string().max(80)).max(5)])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter((s) => ENTRY_ID.test(s)),
    ),
});
export const linkInput = z.object({
  reviewId,
  entryId: z.string().trim().max(80).optional().default(''),
  entryIdTyped: z.string().trim().max(80).optional().default(''),
});
export const dismissInput = z.object({ reviewId });
export const createInput = z.object({
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

export const CREATE_FIELD_ERRORS: Record<string, MessageKey> = {
  question: 'faq.form.questionError',
  answer: 'faq.form.answerError',
  detail: 'faq.form.detailError',
  programme: 'faq.form.programmeError',
  sourceDoc: 'faq.form.sourceError',
  section: 'faq.form.sectionError',
  alternates: 'faq.form.alternatesError',
};

export const parse = <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, raw: unknown): T => {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new DomainError('faq.invalidAction');
  return parsed.data;
};

export const sameText = (a: string, b: string): boolean => normalize(a).trim() === normalize(b).trim();

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
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

export function groupOf(members: ReviewItem[]): ReviewGroup {
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
