import { z } from 'zod';

/** Programme tags; `kansenwijzer` is about the bot itself. */
export const PROGRAMMES = [
  'gkdi',
  'oa',
  'passend-onderwijs',
  'inclusief-advies',
  'mbo-raad',
  'kansenwijzer',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const AUDIENCES = ['medewerker', 'coach', 'schoolleider', 'beoordelaar', 'beheerder'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const FAQ_LOCALES = ['nl', 'en'] as const;
export type FaqLocale = (typeof FAQ_LOCALES)[number];

/** Answers filled from the round data at answer time (src/features/faq/faq-live.ts). */
export const LIVE_KEYS = ['round.deadline', 'round.decision', 'round.places', 'round.budget'] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];

export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Caps keep one entry small enough for a card and the index fast. */
export const LIMITS = {
  question: 200,
  alternate: 200,
  alternates: 60,
  keyword: 60,
  keywords: 30,
  answer: 600,
  detail: 3000,
  section: 200,
} as const;

const text = (max: number) => z.string().trim().max(max);

export const localizedSchema = z.object({
  question: text(LIMITS.question).min(2),
  alternates: z.array(text(LIMITS.alternate).min(2)).max(LIMITS.alternates).default([]),
  keywords: z.array(z.coerce.string().trim().min(1).max(LIMITS.keyword)).max(LIMITS.keywords).default([]),
  answer: text(LIMITS.answer).min(1),
  detail: text(LIMITS.detail).default(''),
});

export const entrySchema = z.object({
  id: z.string().regex(ENTRY_ID).max(80),
  kind: z.enum(['faq', 'smalltalk']).default('faq'),
  programmes: z.array(z.enum(PROGRAMMES)).min(1),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  source: z.object({ doc: z.string().min(1).max(60), section: text(LIMITS.section).min(1) }),
  followUps: z.array(z.string().regex(ENTRY_ID)).max(6).default([]),
  live: z.enum(LIVE_KEYS).optional(),
  nl: localizedSchema,
  en: localizedSchema,
});

export type LocalizedEntry = z.infer<typeof localizedSchema>;

/** One question-and-answer of the knowledge base, in both languages. */
export type FaqEntry = z.infer<typeof entrySchema> & {
  /** The file (topic) it is kept in under content/faq/, without extension. */
  topic: string;
};

export interface SourceDoc {
  nl: string;
  en: string;
}

export interface KnowledgeBase {
  entries: FaqEntry[];
  sources: Record<string, SourceDoc>;
}

/** Problems that make a knowledge base unusable: unknown follow-ups or sources, duplicate ids. */
export function knowledgeBaseProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of kb.entries) {
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  for (const e of kb.entries) {
    if (!kb.sources[e.source.doc]) problems.push(`${e.id}: unknown source document "${e.source.doc}"`);
    for (const f of e.followUps) {
      if (!ids.has(f)) problems.push(`${e.id}: unknown follow-up "${f}"`);
      if (f === e.id) problems.push(`${e.id}: follows up on itself`);
    }
  }
  return problems;
}
