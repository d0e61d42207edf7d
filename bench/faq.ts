/**
 * FAQ retrieval: quality on the evaluation sets (tuning, held-out and blind set, reported separately) and the time
 * per question, on the real knowledge base and on one scaled to 1,000 entries.
 * Alone: npx tsx bench/index.ts faq
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FaqEngine } from '../src/features/faq/faq-engine';
import type { FaqEntry, KnowledgeBase, LocalizedEntry } from '../src/features/faq/faq-entry';
import { evaluate, parseEvalFile, type EvalCase } from '../src/features/faq/faq-eval';
import { loadKnowledgeBaseFiles, loadSynonyms } from '../src/features/faq/faq-files';

export const title = 'FAQ: answer quality (tuning, held-out and blind sets) and time per question';

const EVAL_DIR = path.join(__dirname, '..', 'content', 'faq-eval');

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Copies of the entries with some words changed, so the vocabulary grows as a real, larger base would. */
function scaled(kb: KnowledgeBase, size: number): KnowledgeBase {
  const entries: FaqEntry[] = [...kb.entries];
  const mutate = (text: string, k: number): string =>
    text.replace(/\p{L}{5,}/gu, (w, offset: number) =>
      (offset + k) % 3 === 0
        ? `${w}${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + ((k * 7) % 26))}`
        : w,
    );
  const loc = (l: LocalizedEntry, k: number): LocalizedEntry => ({
    question: mutate(l.question, k),
    alternates: l.alternates.map((a) => mutate(a, k)),
    keywords: l.keywords.map((a) => mutate(a, k)),
    answer: mutate(l.answer, k),
    detail: mutate(l.detail, k),
  });
  for (let k = 1; entries.length < size; k++) {
    for (const e of kb.entries) {
      if (entries.length >= size) break;
      if (e.kind !== 'faq') continue;
      entries.push({ ...e, id: `${e.id}-v${k}`, followUps: [], nl: loc(e.nl, k), en: loc(e.en, k) });
    }
  }
  return { ...kb, entries };
}

function timePerQuestion(engine: FaqEngine, cases: EvalCase[], rounds: number): number[] {
  for (const c of cases) engine.decide(c.question, c.locale); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      engine.decide(c.question, c.locale);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

export function run(): Promise<Record<string, number | string>> {
  const kb = loadKnowledgeBaseFiles();
  const synonyms = loadSynonyms();
  const tune = parseEvalFile(readFileSync(path.join(EVAL_DIR, 'tune.tsv'), 'utf8'));
  const heldout = parseEvalFile(readFileSync(path.join(EVAL_DIR, 'heldout.tsv'), 'utf8'));
  const blind = parseEvalFile(readFileSync(path.join(EVAL_DIR, 'blind.tsv'), 'utf8'));
  const engine = new FaqEngine(kb, synonyms);
  const out: Record<string, number | string> = { entries: kb.entries.length };
  for (const [name, cases] of [
    ['tune', tune],
    ['heldout', heldout],
    ['blind', blind],
  ] as const) {
    const r = evaluate(engine, cases);
    out[`${name}: questions (in scope / out of scope)`] = `${r.inScope} / ${r.outOfScope}`;
    out[`${name}: top-1 accuracy`] = r.top1;
    out[`${name}: MRR@3`] = r.mrr3;
    out[`${name}: out of scope not answered`] = r.outOfScopeNotAnswered;
    out[`${name}: answered directly and correctly`] = r.answeredCorrectly;
    out[`${name}: answered or offered in "Bedoelde je"`] = r.reachable;
    out[`${name}: answered wrongly`] = r.answeredWrongly;
  }
  const all = [...tune, ...heldout, ...blind];
  const real = timePerQuestion(engine, all, 5);
  out['real KB: p50 ms per question'] = percentile(real, 0.5);
  out['real KB: p95 ms per question'] = percentile(real, 0.95);

  const big = scaled(kb, 1000);
  const t0 = performance.now();
  const bigEngine = new FaqEngine(big, synonyms);
  out['1,000 entries: index build ms (start, or reload after an edit)'] = performance.now() - t0;
  const times = timePerQuestion(bigEngine, all, 5);
  out['1,000 entries: p50 ms per question'] = percentile(times, 0.5);
  out['1,000 entries: p95 ms per question'] = percentile(times, 0.95);
  out['1,000 entries: max ms per question'] = Math.max(...times);
  out['1,000 entries: p95 target (ms)'] = 5;
  return Promise.resolve(out);
}
