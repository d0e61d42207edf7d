/**
 * Field accuracy of the update extractor on the labelled set (bench/data/logboek-labelled.ts),
 * plus the update/question classifier. Run alone: npx tsx bench/logboek.ts
 */
import { DEV, HOLDOUT, KINDS, SCHOOLS, TODAY, type LabelledUpdate } from './data/logboek-labelled';
import { looksLikeUpdate } from '../src/features/logboek/classify';
import { EXTRACTED_FIELDS, extractUpdate, type ExtractedField } from '../src/features/logboek/extract';

export const title = 'logboek: update extractor and classifier on the labelled set';

export interface FieldScore {
  total: number;
  right: number;
  perField: Record<ExtractedField, number>;
  misses: string[];
}

export function scoreSet(set: readonly LabelledUpdate[]): FieldScore {
  const perField = Object.fromEntries(EXTRACTED_FIELDS.map((f) => [f, 0])) as Record<ExtractedField, number>;
  const misses: string[] = [];
  let right = 0;
  for (const item of set) {
    const got = extractUpdate(item.text, { schools: SCHOOLS, today: TODAY });
    for (const f of EXTRACTED_FIELDS) {
      if (got[f] === item.expected[f]) {
        right++;
        perField[f]++;
      } else {
        misses.push(`${f}: expected ${String(item.expected[f])}, got ${String(got[f])} — ${item.text}`);
      }
    }
  }
  return { total: set.length * EXTRACTED_FIELDS.length, right, perField, misses };
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const [name, set] of [
    ['dev', DEV],
    ['holdout', HOLDOUT],
  ] as const) {
    if (set.length === 0) continue;
    const s = scoreSet(set);
    out[`logboek.extract.${name}.messages`] = set.length;
    out[`logboek.extract.${name}.fieldAccuracyPct`] = pct(s.right, s.total);
    for (const f of EXTRACTED_FIELDS) out[`logboek.extract.${name}.${f}Pct`] = pct(s.perField[f], set.length);
  }
  const kinds = KINDS.map((k) => ({ ...k, got: looksLikeUpdate(k.text, SCHOOLS, TODAY) }));
  out['logboek.classify.messages'] = kinds.length;
  out['logboek.classify.accuracyPct'] = pct(kinds.filter((k) => k.got === k.kind).length, kinds.length);
  // The costly mistake: a question taken into the logbook, or an update sent to the FAQ.
  out['logboek.classify.crossedPct'] = pct(
    kinds.filter(
      (k) => (k.kind === 'question' && k.got === 'update') || (k.kind === 'update' && k.got === 'question'),
    ).length,
    kinds.length,
  );
  const started = process.hrtime.bigint();
  const rounds = 20;
  for (let r = 0; r < rounds; r++)
    for (const item of DEV) extractUpdate(item.text, { schools: SCHOOLS, today: TODAY });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  out['logboek.extract.meanMsPerMessage'] = Math.round((1000 * ms) / (rounds * DEV.length)) / 1000;
  return Promise.resolve(out);
}

if (require.main === module) {
  void run().then((r) => {
    console.table(r);
    if (process.argv.includes('--misses')) {
      for (const set of [DEV, HOLDOUT]) for (const m of scoreSet(set).misses) console.log(m);
      for (const k of KINDS) {
        const got = looksLikeUpdate(k.text, SCHOOLS, TODAY);
        if (got !== k.kind) console.log(`kind: expected ${k.kind}, got ${got} — ${k.text}`);
      }
    }
  });
}
