import type { FaqLocale } from './faq-entry';
import type { FaqEngine } from './faq-engine';

/** One line of an evaluation file: a question and the entry that should answer it, or none. */
export interface EvalCase {
  question: string;
  /** An entry id, or "none". */
  expected: string;
  locale: FaqLocale;
  line: number;
}

export interface EvalCaseResult extends EvalCase {
  outcome: 'answer' | 'suggest' | 'unknown' | 'smalltalk';
  answeredWith?: string;
  ranked: string[];
  confidence: number;
}

export interface EvalReport {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** In scope: the best-ranked entry is the expected one. */
  top1: number;
  /** In scope: mean reciprocal rank of the expected entry within the first three (0 when absent). */
  mrr3: number;
  /** In scope: answered directly with the expected entry. */
  answeredCorrectly: number;
  /** In scope: the expected entry is answered or offered in "Bedoelde je…?". */
  reachable: number;
  /** In scope: answered directly with another entry (the worst outcome). */
  answeredWrongly: number;
  /** Out of scope: not answered (a "Bedoelde je…?" or "weet ik niet" is fine). */
  outOfScopeNotAnswered: number;
  cases: EvalCaseResult[];
}

/** Parses "question<TAB>expected[<TAB>locale]" lines; # starts a comment. */
export function parseEvalFile(text: string, defaultLocale: FaqLocale = 'nl'): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [question, expected, locale] = raw.split('\t').map((s) => s.trim());
    if (!question || !expected) throw new Error(`line ${i + 1}: expected "question<TAB>entry id or none"`);
    if (locale && locale !== 'nl' && locale !== 'en')
      throw new Error(`line ${i + 1}: locale must be nl or en`);
    cases.push({
      question,
      expected,
      locale: (locale as FaqLocale | undefined) ?? defaultLocale,
      line: i + 1,
    });
  });
  return cases;
}

export function evaluate(engine: FaqEngine, cases: readonly EvalCase[]): EvalReport {
  const results: EvalCaseResult[] = cases.map((c) => {
    const d = engine.decide(c.question, c.locale);
    const ranked = d.hits.map((h) => h.entry.id);
    return {
      ...c,
      outcome: d.kind,
      answeredWith: d.kind === 'answer' || d.kind === 'smalltalk' ? d.entry.id : undefined,
      ranked,
      confidence: d.confidence,
    };
  });
  const inScope = results.filter((r) => r.expected !== 'none');
  const outOfScope = results.filter((r) => r.expected === 'none');
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
  const rr = (r: EvalCaseResult) => {
    const at = r.ranked.slice(0, 3).indexOf(r.expected);
    return at < 0 ? 0 : 1 / (at + 1);
  };
  return {
    questions: results.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    top1: share(inScope.filter((r) => r.ranked[0] === r.expected).length, inScope.length),
    mrr3: share(
      inScope.reduce((sum, r) => sum + rr(r), 0),
      inScope.length,
    ),
    answeredCorrectly: share(inScope.filter((r) => r.answeredWith === r.expected).length, inScope.length),
    reachable: share(
      inScope.filter(
        (r) =>
          r.answeredWith === r.expected ||
          (r.outcome === 'suggest' && r.ranked.slice(0, 3).includes(r.expected)),
      ).length,
      inScope.length,
    ),
    answeredWrongly: share(
      inScope.filter((r) => r.answeredWith !== undefined && r.answeredWith !== r.expected).length,
      inScope.length,
    ),
    outOfScopeNotAnswered: share(outOfScope.filter((r) => r.outcome !== 'answer').length, outOfScope.length),
    cases: results,
  };
}
