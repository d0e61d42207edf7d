import { distance } from 'fastest-levenshtein';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { FaqEntry, FaqLocale, KnowledgeBase, Programme } from './faq-entry';
import type { Synonyms } from './faq-files';
import { CONCEPT_PREFIX, TextAnalyzer, type AnalyzedQuestion, type AnalyzerOptions } from './faq-text';

/**
 * Offline retrieval over the knowledge base: one MiniSearch (BM25) index per language over the analysed
 * text, and a decision that prefers "I don't know" to a confident wrong answer.
 *
 * Confidence is not the raw BM25 score (which grows with question length) but the *coverage*: the share of
 * the question's words, weighted by how rare they are in the knowledge base, that the best entry matches.
 * An unknown word ("kantine") weighs as much as the rarest known word, so questions about other things
 * lose confidence. A rival scoring close to the best decides between answering and asking.
 */

export interface Tuning {
  /** Answer directly from this coverage on, when the best entry is clearly the best. */
  answerCoverage: number;
  /**
   * A rival is an entry that scores at least this share of the best (QnA Maker asks only then: about 0.85).
   * Without a rival the best answers; with one, "Bedoelde je…?" unless a phrasing settles it.
   */
  rivalRatio: number;
  /** With a rival, the best still answers when it matches one of its phrasings this much better (Jaccard of terms). */
  minPhrasingGap: number;
  /** Answer only when the best entry matches at least this share of the words that are not a programme name. */
  minTopicCoverage: number;
  /** Answer only when no single unmatched word weighs more than this share of the question. */
  maxMissedShare: number;
  /** The only entry worth offering answers from this coverage on (below it: "Bedoelde je…?" with one choice). */
  aloneCoverage: number;
  /** Below answerCoverage but from here: "Bedoelde je…?". */
  suggestCoverage: number;
  /** Suggestions must score at least this share of the best. */
  suggestRelativeScore: number;
  boost: { q: number; alt: number; kw: number; ans: number };
  /** Edit distance for words of 5+ letters (1) and 8+ letters (2); 0 turns fuzzy matching off. */
  fuzzy: boolean;
  prefix: boolean;
  fuzzyWeight: number;
  prefixWeight: number;
  bm25: { k: number; b: number; d: number };
  analysis: AnalyzerOptions & { synonyms: boolean };
}

/** Thresholds from `npx tsx scripts/faq-tune.ts` on content/faq-eval/tune.tsv (never on heldout.tsv). */
export const DEFAULT_TUNING: Tuning = {
  answerCoverage: 0.6,
  rivalRatio: 0.85,
  minPhrasingGap: 0.15,
  minTopicCoverage: 0,
  maxMissedShare: 0.3,
  aloneCoverage: 0.5,
  suggestCoverage: 0.35,
  suggestRelativeScore: 0.4,
  boost: { q: 3, alt: 2.5, kw: 1.5, ans: 1 },
  fuzzy: true,
  prefix: false,
  fuzzyWeight: 0.45,
  prefixWeight: 0.3,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  analysis: { stemming: true, compounds: true, synonyms: true },
};

export interface Hit {
  entry: FaqEntry;
  score: number;
  /** 0–1: weighted share of the question's words this entry matches. */
  coverage: number;
  /** The question names a programme this entry is not about. */
  programmeMismatch: boolean;
  /** 0–1: how close the question is to the nearest of this entry's phrasings (question or alternate). */
  phrasing: number;
  /** 0–1: weighted share of the question's words that are not a programme name this entry matches (1 when all are). */
  topicCoverage: number;
  /** 0–1: the weight of the heaviest question word this entry does not match, as a share of the question. */
  missedMax: number;
  /** The question has a number ("25000", "2027") this entry does not match. */
  missedNumber: boolean;
  /** Per question word: whether this entry matches it. */
  matched: boolean[];
  /** Per question word: its weight (rarity in the knowledge base), shared by all hits of one question. */
  weights: number[];
}

export type Decision =
  | { kind: 'answer'; entry: FaqEntry; confidence: number; hits: Hit[] }
  | { kind: 'smalltalk'; entry: FaqEntry; confidence: 1; hits: [] }
  | { kind: 'suggest'; choices: Hit[]; confidence: number; hits: Hit[] }
  | { kind: 'unknown'; confidence: number; hits: Hit[] };

interface IndexedDoc {
  id: string;
  q: string;
  alt: string;
  kw: string;
  ans: string;
}

class LocaleIndex {
  readonly analyzer: TextAnalyzer;
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly df = new Map<string, number>();
  private readonly count: number;
  private readonly smalltalk = new Map<string, FaqEntry>();
  /** Per entry, the term set of each phrasing (question and alternates). */
  private readonly phrasings = new Map<string, Set<string>[]>();

  constructor(
    readonly locale: FaqLocale,
    entries: readonly FaqEntry[],
    synonyms: Synonyms,
    private readonly tuning: Tuning,
    private readonly byId: ReadonlyMap<string, FaqEntry>,
  ) {
    this.analyzer = new TextAnalyzer(
      locale,
      tuning.analysis.synonyms ? synonyms : { nl: [], en: [] },
      tuning.analysis,
    );
    const faqs = entries.filter((e) => e.kind === 'faq');
    this.analyzer.learnVocabulary(faqs.flatMap((e) => docTexts(e, locale)));
    // Each text is analysed once while building (the index, the document counts and the phrasings share it).
    const seen = new Map<string, string[]>();
    const analyze = (text: string): string[] => {
      let terms = seen.get(text);
      if (!terms) {
        terms = this.analyzer.terms(text);
        seen.set(text, terms);
      }
      return terms;
    };
    this.search = new MiniSearch<IndexedDoc>({
      fields: ['q', 'alt', 'kw', 'ans'],
      tokenize: analyze,
      processTerm: (t) => t,
      searchOptions: { tokenize: (s) => s.split(' ').filter(Boolean), processTerm: (t) => t },
    });
    const docs = faqs.map((e) => toDoc(e, locale));
    this.search.addAll(docs);
    for (const d of docs) {
      const terms = new Set([d.q, d.alt, d.kw, d.ans].flatMap(analyze));
      for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    this.count = docs.length;
    for (const e of faqs) {
      this.phrasings.set(
        e.id,
        [e[locale].question, ...e[locale].alternates].map((p) => new Set(analyze(p))),
      );
    }
    for (const e of entries.filter((x) => x.kind === 'smalltalk')) {
      for (const phrase of [e[locale].question, ...e[locale].alternates]) {
        const key = this.analyzer.smalltalkKey(phrase);
        if (key) this.smalltalk.set(key, e);
      }
    }
  }

  /** A greeting, thanks or "who are you", when that is the whole message (small typos allowed). */
  smalltalkFor(text: string): FaqEntry | undefined {
    const key = this.analyzer.smalltalkKey(text);
    if (!key || key.length > 40) return undefined;
    const exact = this.smalltalk.get(key);
    if (exact) return exact;
    if (key.length < 5) return undefined;
    for (const [phrase, entry] of this.smalltalk) {
      if (Math.abs(phrase.length - key.length) <= 1 && distance(phrase, key) <= 1) return entry;
    }
    return undefined;
  }

  private idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.count - df + 0.5) / (df + 0.5));
  }

  rank(question: AnalyzedQuestion, limit: number): Hit[] {
    const terms = [...new Set(question.groups.flatMap((g) => g.terms))];
    if (terms.length === 0 || this.count === 0) return [];
    const t = this.tuning;
    const isPlain = (term: string) => !term.startsWith(CONCEPT_PREFIX) && !/^\d/.test(term);
    const results: SearchResult[] = this.search.search(terms.join(' '), {
      boost: t.boost,
      // Typos only: a word the knowledge base knows is not also matched fuzzily (faster, and more precise).
      fuzzy: t.fuzzy
        ? (term: string) =>
            !isPlain(term) || this.df.has(term) ? false : term.length >= 8 ? 2 : term.length >= 5 ? 1 : false
        : false,
      prefix: t.prefix ? (term: string) => isPlain(term) && term.length >= 5 : false,
      weights: { fuzzy: t.fuzzyWeight, prefix: t.prefixWeight },
      bm25: t.bm25,
    });
    const weights = question.groups.map((g) => Math.max(...g.terms.map((term) => this.idf(term))));
    const asked = new Set(terms);
    const total = weights.reduce((a, b) => a + b, 0);
    const hits: Hit[] = [];
    for (const r of results.slice(0, limit)) {
      const entry = this.byId.get(r.id as string);
      if (!entry) continue;
      const matchedTerms = new Set(r.queryTerms);
      let covered = 0;
      let topicTotal = 0;
      let topicCovered = 0;
      let missedMax = 0;
      let missedNumber = false;
      const matched = question.groups.map((g, i) => {
        const w = weights[i] ?? 0;
        const hit = g.terms.some((term) => matchedTerms.has(term));
        if (hit) covered += w;
        else {
          missedMax = Math.max(missedMax, w);
          if (/^\d/.test(g.word)) missedNumber = true;
        }
        if (!g.programme) {
          topicTotal += w;
          if (hit) topicCovered += w;
        }
        return hit;
      });
      hits.push({
        entry,
        score: r.score,
        coverage: total > 0 ? covered / total : 0,
        topicCoverage: topicTotal > 0 ? topicCovered / topicTotal : 1,
        missedMax: total > 0 ? missedMax / total : 0,
        missedNumber,
        matched,
        weights,
        programmeMismatch: mismatch(question.programmes, entry.programmes),
        phrasing: Math.max(0, ...(this.phrasings.get(entry.id) ?? []).map((p) => jaccard(asked, p))),
      });
    }
    return hits;
  }
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
}

function mismatch(asked: ReadonlySet<Programme>, entry: readonly Programme[]): boolean {
  return asked.size > 0 && !entry.some((p) => asked.has(p));
}

function docTexts(e: FaqEntry, locale: FaqLocale): string[] {
  const l = e[locale];
  return [l.question, ...l.alternates, ...l.keywords, l.answer, l.detail];
}

function toDoc(e: FaqEntry, locale: FaqLocale): IndexedDoc {
  const l = e[locale];
  return {
    id: e.id,
    q: l.question,
    alt: l.alternates.join(' \n '),
    kw: [...l.keywords, ...e.programmes].join(' \n '),
    ans: `${l.answer}\n${l.detail}`,
  };
}

/** Reads the question once per language: the same analysis serves ranking and the decision. */
export class FaqEngine {
  private readonly indexes: Record<FaqLocale, LocaleIndex>;
  readonly byId: ReadonlyMap<string, FaqEntry>;

  constructor(
    readonly kb: KnowledgeBase,
    synonyms: Synonyms,
    readonly tuning: Tuning = DEFAULT_TUNING,
  ) {
    this.byId = new Map(kb.entries.map((e) => [e.id, e]));
    this.indexes = {
      nl: new LocaleIndex('nl', kb.entries, synonyms, tuning, this.byId),
      en: new LocaleIndex('en', kb.entries, synonyms, tuning, this.byId),
    };
  }

  get size(): number {
    return this.kb.entries.length;
  }

  analyze(question: string, locale: FaqLocale): AnalyzedQuestion {
    return this.indexes[locale].analyzer.analyze(question);
  }

  /** Ranked entries for a question, best first. */
  search(question: string, locale: FaqLocale, limit = 5): Hit[] {
    const index = this.indexes[locale];
    return index.rank(index.analyzer.analyze(question), limit);
  }

  decide(question: string, locale: FaqLocale): Decision {
    const index = this.indexes[locale];
    const small = index.smalltalkFor(question);
    if (small) return { kind: 'smalltalk', entry: small, confidence: 1, hits: [] };
    const hits = index.rank(index.analyzer.analyze(question), 5);
    return decideFrom(hits, this.tuning);
  }
}

export function decideFrom(hits: Hit[], t: Tuning): Decision {
  const [best, second] = hits;
  if (!best) return { kind: 'unknown', confidence: 0, hits };
  const confidence = round(best.coverage);
  if (confident(best, t) && clearlyBest(best, second, t) && !closerPhrasing(hits, t)) {
    return { kind: 'answer', entry: best.entry, confidence, hits };
  }
  if (best.coverage >= t.suggestCoverage) {
    const choices = hits
      .filter((h) => h.score >= t.suggestRelativeScore * best.score && h.coverage >= t.suggestCoverage)
      .slice(0, 3);
    // "Bedoelde je…?" with one choice is a question the user can only answer with yes: answer it.
    if (choices.length === 1 && alone(best, t))
      return { kind: 'answer', entry: best.entry, confidence, hits };
    return { kind: 'suggest', choices, confidence, hits };
  }
  return { kind: 'unknown', confidence, hits };
}

/**
 * Whether the best entry covers the question well enough to answer it: about what was asked (not only the same
 * programme), and no heavy word or number left unexplained. A wrong answer is the worst outcome, so these hold
 * whatever the rivals do.
 */
function confident(best: Hit, t: Tuning): boolean {
  if (best.programmeMismatch || best.missedNumber) return false;
  return (
    best.coverage >= t.answerCoverage &&
    best.topicCoverage >= t.minTopicCoverage &&
    best.missedMax <= t.maxMissedShare
  );
}

/**
 * Another entry that still scores well has a phrasing much closer to the question than the best has: the words
 * were read right but ranked wrong often enough that asking is the safer choice.
 */
function closerPhrasing(hits: Hit[], t: Tuning): boolean {
  const [best, ...rest] = hits;
  if (!best) return false;
  return rest.some(
    (h) => h.score >= t.suggestRelativeScore * best.score && h.phrasing - best.phrasing >= t.minPhrasingGap,
  );
}

/** The only entry worth offering may answer when it is about what was asked and matches enough of it. */
function alone(best: Hit, t: Tuning): boolean {
  return !best.programmeMismatch && !best.missedNumber && best.coverage >= t.aloneCoverage;
}

/** No rival scores close to the best (QnA Maker's rule), or one of its own phrasings sets it apart. */
function clearlyBest(best: Hit, second: Hit | undefined, t: Tuning): boolean {
  if (!second || second.score < t.rivalRatio * best.score) return true;
  return best.phrasing - second.phrasing >= t.minPhrasingGap;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
