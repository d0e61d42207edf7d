import { distance } from 'fastest-levenshtein';
import type { DateTime } from 'luxon';
import type { Synonyms } from '../faq/faq-files';
import { TextAnalyzer, tokenize } from '../faq/faq-text';
import { looksLikeUpdate } from '../logboek/classify';
import type { SchoolRef } from '../logboek/extract';
import type { Intent } from './intents';

/**
 * What a person means by a plain sentence, before the features route it: one of the intents in
 * content/intents, found by comparing the message with their example phrasings. The text is read by the
 * FAQ's own analyser (normalisation, stems, compounds, synonyms); small typos are corrected against the
 * examples' words. Runs in both languages: a Dutch Teams client may still type English.
 */

export type Locale = 'nl' | 'en';

export interface UnderstandingTuning {
  /** Below this nothing is meant clearly enough: the message goes on as it is (usually to the FAQ). */
  minScore: number;
  /** At or above this, with `margin` over the next intent, the intent is acted on without asking. */
  sureScore: number;
  margin: number;
  /** Weight of a word matched only after a typo correction. */
  typoWeight: number;
  /** Weight of the analyser's stop words ("ik", "wil", "mijn"): they carry a request's form, not its topic. */
  fillerWeight: number;
  /** How much of the score is "the message is covered" (the rest: "the example is covered"). */
  queryShare: number;
  /** A message whose words are mostly not understood is not a request, however well an example fits. */
  minCoverage: number;
  /**
   * A message that starts like a question ("wat", "wanneer", "tot wanneer") goes to the FAQ unless this much
   * of it asks for a job ("wat kan je allemaal?"). "Kan ik ons aanmelden?" is a request, not a question.
   */
  questionCoverage: number;
  /** Longer messages are reports or real questions, not a request to start a job. */
  maxLength: number;
}

export const DEFAULT_UNDERSTANDING_TUNING: UnderstandingTuning = {
  minScore: 0.42,
  sureScore: 0.5,
  margin: 0.1,
  typoWeight: 0.8,
  fillerWeight: 0.3,
  queryShare: 0.5,
  minCoverage: 0.3,
  questionCoverage: 0.6,
  maxLength: 300,
};

const MAX_COMMAND = 80;

const QUESTION =
  /^\s*(wat|wanneer|wie|waarom|hoeveel|welke?|waar|tot wanneer|what|when|who|why|which|where|how (much|many|long))\b/i;

export interface Scored {
  intent: Intent;
  score: number;
  /** Share of the message's weight its best example covers. */
  coverage: number;
}

export type Understanding =
  /** Leave the message to the routes as it is. */
  | { kind: 'pass'; ranked: Scored[] }
  /** A job clearly meant: run it. */
  | { kind: 'job'; intent: Intent; command: string; ranked: Scored[] }
  /** Probably one of these jobs: ask first. */
  | { kind: 'unsure'; choices: Intent[]; ranked: Scored[] }
  /** A logbook report as a sentence. */
  | { kind: 'entry'; ranked: Scored[] }
  | { kind: 'chitchat'; intent: Intent; ranked: Scored[] };

interface Group {
  terms: string[];
  weight: number;
}

interface Example {
  intent: Intent;
  terms: Set<string>;
  groups: Group[];
  total: number;
}

const MONTHS = new Set(
  (
    'januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr ' +
    'jun jul aug sep sept okt nov dec january february march may june july august october'
  ).split(' '),
);
const WEEKDAYS = new Set(
  (
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag morgen overmorgen monday tuesday wednesday ' +
    'thursday friday saturday sunday tomorrow'
  ).split(' '),
);

/** A date's parts say "a date", whichever date: "tot 1 april" and "tot 12 mei" are the same request. */
function placeholder(word: string): string | undefined {
  if (/^\d+$/.test(word)) return '#num';
  if (MONTHS.has(word)) return '#month';
  if (WEEKDAYS.has(word)) return '#day';
  return undefined;
}

class LocaleIntents {
  private readonly analyzer: TextAnalyzer;
  private readonly examples: Example[] = [];
  private readonly idfOf = new Map<string, number>();
  private readonly unknownIdf: number;
  /** Plain stems of the examples, by first letter, for typo correction. */
  private readonly vocabulary = new Map<string, string[]>();

  constructor(
    locale: Locale,
    intents: readonly Intent[],
    synonyms: Synonyms,
    private readonly tuning: UnderstandingTuning,
  ) {
    this.analyzer = new TextAnalyzer(locale, synonyms);
    const texts = intents.flatMap((intent) => intent.examples[locale].map((text) => ({ intent, text })));
    this.analyzer.learnVocabulary(texts.map((x) => x.text));
    const parsed = texts.map((x) => ({ intent: x.intent, groups: this.read(x.text) }));
    const df = new Map<string, number>();
    for (const p of parsed) for (const t of new Set(p.groups.flat())) df.set(t, (df.get(t) ?? 0) + 1);
    const n = parsed.length;
    for (const [t, d] of df) this.idfOf.set(t, Math.log(1 + n / d));
    this.unknownIdf = Math.log(1 + n);
    for (const p of parsed) {
      const groups = p.groups.map((terms) => ({ terms, weight: this.weight(terms) }));
      this.examples.push({
        intent: p.intent,
        terms: new Set(p.groups.flat()),
        groups,
        total: groups.reduce((a, g) => a + g.weight, 0),
      });
    }
    for (const t of df.keys()) {
      if (t.length < 4 || /^[#=~]/.test(t)) continue;
      const key = t[0] ?? '';
      this.vocabulary.set(key, [...(this.vocabulary.get(key) ?? []), t]);
    }
  }

  /** Each word of a text as its alternative terms; the analyser's stop words stay as light `=word` terms. */
  private read(text: string): string[][] {
    const analysed = this.analyzer.analyze(text).groups;
    const kept = new Set(analysed.map((g) => g.word));
    // "OA", "gelijke kansen": which programme says nothing about which job.
    const groups = analysed
      .filter((g) => !g.programme)
      .map((g) => {
        const p = placeholder(g.word);
        return p ? [p] : g.terms;
      });
    for (const word of tokenize(text)) {
      if (kept.has(word)) continue;
      groups.push([placeholder(word) ?? `=${word}`]);
    }
    return groups;
  }

  private weight(terms: readonly string[]): number {
    const filler = terms.every((t) => t.startsWith('=')) ? this.tuning.fillerWeight : 1;
    return filler * Math.max(...terms.map((t) => this.idfOf.get(t) ?? this.unknownIdf));
  }

  /** A word the examples do not know, one or two letters off a word they do: read as that word. */
  private corrected(terms: readonly string[]): string[] {
    if (terms.some((t) => this.idfOf.has(t))) return [];
    const out: string[] = [];
    for (const t of terms) {
      if (t.length < 5 || /^[#=~]/.test(t)) continue;
      const max = t.length >= 8 ? 2 : 1;
      for (const v of this.vocabulary.get(t[0] ?? '') ?? []) {
        if (Math.abs(v.length - t.length) <= max && distance(v, t) <= max) out.push(v);
      }
    }
    return out;
  }

  /** Best score per intent: the share of both texts' weight that the other one covers. */
  score(text: string): Map<string, Scored> {
    const query = this.read(text).map((terms) => {
      const typo = this.corrected(terms);
      return { terms, typo, weight: this.weight([...terms, ...typo]) };
    });
    const queryTerms = new Set(query.flatMap((g) => g.terms));
    const typoTerms = new Set(query.flatMap((g) => g.typo));
    const qTotal = query.reduce((a, g) => a + g.weight, 0);
    const best = new Map<string, Scored>();
    if (qTotal === 0) return best;
    for (const ex of this.examples) {
      let qMatched = 0;
      for (const g of query) {
        if (g.terms.some((t) => ex.terms.has(t))) qMatched += g.weight;
        else if (g.typo.some((t) => ex.terms.has(t))) qMatched += g.weight * this.tuning.typoWeight;
      }
      if (qMatched === 0) continue;
      let eMatched = 0;
      for (const g of ex.groups) {
        if (g.terms.some((t) => queryTerms.has(t))) eMatched += g.weight;
        else if (g.terms.some((t) => typoTerms.has(t))) eMatched += g.weight * this.tuning.typoWeight;
      }
      const q = this.tuning.queryShare;
      const coverage = qMatched / qTotal;
      const score = ex.total === 0 ? 0 : q * coverage + (1 - q) * (eMatched / ex.total);
      const prev = best.get(ex.intent.id);
      if (!prev || score > prev.score) best.set(ex.intent.id, { intent: ex.intent, score, coverage });
    }
    return best;
  }
}

export interface UnderstandOptions {
  /** The schools a report may name (the coach's own, or all for someone who is not a coach). */
  schools: readonly SchoolRef[];
  today: string | DateTime;
}

export class IntentClassifier {
  private readonly locales: LocaleIntents[];

  constructor(
    readonly intents: readonly Intent[],
    synonyms: Synonyms,
    readonly tuning: UnderstandingTuning = DEFAULT_UNDERSTANDING_TUNING,
  ) {
    this.locales = (['nl', 'en'] as const).map((l) => new LocaleIntents(l, intents, synonyms, tuning));
  }

  /** Intents by score, best first, over both languages. */
  rank(text: string): Scored[] {
    const all = new Map<string, Scored>();
    for (const l of this.locales) {
      for (const [id, s] of l.score(text)) {
        const prev = all.get(id);
        if (!prev || s.score > prev.score) all.set(id, s);
      }
    }
    return [...all.values()].sort((a, b) => b.score - a.score);
  }

  understand(raw: string, opts: UnderstandOptions): Understanding {
    const text = raw.trim();
    if (text.length === 0 || text.length > this.tuning.maxLength) return { kind: 'pass', ranked: [] };
    const ranked = this.rank(text);
    const t = this.tuning;
    const top = ranked[0];
    const reported = () => looksLikeUpdate(text, opts.schools, opts.today) === 'update';
    if (!top || top.score < t.minScore || top.coverage < t.minCoverage)
      return reported() ? { kind: 'entry', ranked } : { kind: 'pass', ranked };
    const close = ranked.filter((s) => s.score >= top.score - t.margin);
    const asks = QUESTION.test(text) && top.coverage < t.questionCoverage;
    const sure = top.score >= t.sureScore && close.length === 1 && !asks;
    const { intent } = top;
    if (sure && intent.kind === 'job' && intent.command) {
      const command = intent.command.replace('{text}', text);
      // Commands that read the whole sentence take a short one ("pauze …" reads at most 80 characters).
      if (command.length > MAX_COMMAND) return { kind: 'pass', ranked };
      return { kind: 'job', intent, command, ranked };
    }
    if (sure && intent.kind === 'chitchat') return { kind: 'chitchat', intent, ranked };
    // Explaining that only coaches log updates loses nothing, so a report needs less certainty than a job.
    if ((intent.kind === 'entry' && close.length === 1) || reported()) return { kind: 'entry', ranked };
    // A question the FAQ may answer comes first: asking "did you mean a job?" on a question is worse.
    if (asks || close.some((s) => s.intent.kind === 'question')) return { kind: 'pass', ranked };
    const choices = close.filter((s) => s.intent.kind === 'job').map((s) => s.intent);
    if (choices.length > 0) return { kind: 'unsure', choices: choices.slice(0, 3), ranked };
    return { kind: 'pass', ranked };
  }
}
