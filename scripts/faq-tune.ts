/**
 * Tunes the FAQ retrieval on content/faq-eval/tune.tsv ONLY (never on heldout.tsv): tries ranking settings,
 * then a grid of decision thresholds (the suggestion threshold stays at its default: below it a question
 * is more often out of scope than not, and "weet ik niet" serves it better than three unrelated choices), and prints the best settings under the honesty constraints
 * (at most 2 % of in-scope questions answered wrongly, at least 95 % of out-of-scope not answered).
 * Usage: npx tsx scripts/faq-tune.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TUNING, FaqEngine, type Tuning } from '../src/features/faq/faq-engine';
import { evaluate, parseEvalFile } from '../src/features/faq/faq-eval';
import { loadKnowledgeBaseFiles, loadSynonyms } from '../src/features/faq/faq-files';

const kb = loadKnowledgeBaseFiles();
const synonyms = loadSynonyms();
const cases = parseEvalFile(
  readFileSync(path.join(__dirname, '..', 'content', 'faq-eval', 'tune.tsv'), 'utf8'),
);

const rankingVariants: [string, Partial<Tuning>][] = [
  ['default', {}],
  ['no fuzzy', { fuzzy: false }],
  ['prefix', { prefix: true }],
  ['boost q4 alt3 kw1.5 ans0.5', { boost: { q: 4, alt: 3, kw: 1.5, ans: 0.5 } }],
  ['boost q2 alt2 kw1 ans1', { boost: { q: 2, alt: 2, kw: 1, ans: 1 } }],
  ['boost q3 alt3 kw2 ans0.7', { boost: { q: 3, alt: 3, kw: 2, ans: 0.7 } }],
  ['bm25 b0.5', { bm25: { k: 1.2, b: 0.5, d: 0.5 } }],
  ['bm25 b0.9', { bm25: { k: 1.2, b: 0.9, d: 0.5 } }],
  ['no stemming', { analysis: { ...DEFAULT_TUNING.analysis, stemming: false } }],
  ['no compounds', { analysis: { ...DEFAULT_TUNING.analysis, compounds: false } }],
  ['no synonyms', { analysis: { ...DEFAULT_TUNING.analysis, synonyms: false } }],
];

console.log('ranking (decision thresholds at their defaults):');
for (const [name, over] of rankingVariants) {
  const r = evaluate(new FaqEngine(kb, synonyms, { ...DEFAULT_TUNING, ...over }), cases);
  console.log(
    `  ${name.padEnd(28)} top1 ${r.top1.toFixed(3)}  mrr3 ${r.mrr3.toFixed(3)}  answered ${r.answeredCorrectly.toFixed(3)}  wrong ${r.answeredWrongly.toFixed(3)}  oos ${r.outOfScopeNotAnswered.toFixed(3)}`,
  );
}

console.log('\ndecision thresholds (ranking at its defaults):');
const engine = new FaqEngine(kb, synonyms, DEFAULT_TUNING);
let best: { t: Tuning; answered: number; wrong: number; oos: number; reachable: number } | undefined;
for (const answerCoverage of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
  for (const maxRunnerUpRatio of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    for (const minCoverageGap of [0.15, 0.2, 0.3, 0.4, 2]) {
      for (const minPhrasingGap of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 2]) {
        const t: Tuning = {
          ...DEFAULT_TUNING,
          answerCoverage,
          maxRunnerUpRatio,
          minCoverageGap,
          minPhrasingGap,
        };
        Object.assign(engine, { tuning: t });
        const r = evaluate(engine, cases);
        if (r.answeredWrongly > 0.02 || r.outOfScopeNotAnswered < 0.95) continue;
        const better =
          !best ||
          r.answeredCorrectly > best.answered ||
          (r.answeredCorrectly === best.answered && r.reachable > best.reachable);
        if (better)
          best = {
            t,
            answered: r.answeredCorrectly,
            wrong: r.answeredWrongly,
            oos: r.outOfScopeNotAnswered,
            reachable: r.reachable,
          };
      }
    }
  }
}
if (!best) console.log('  no setting meets the constraints');
else {
  const { answerCoverage, maxRunnerUpRatio, minCoverageGap, minPhrasingGap } = best.t;
  console.log(
    `  best: ${JSON.stringify({ answerCoverage, maxRunnerUpRatio, minCoverageGap, minPhrasingGap })}`,
  );
  console.log(
    `  answered correctly ${best.answered}, reachable ${best.reachable}, wrong ${best.wrong}, oos not answered ${best.oos}`,
  );
}
