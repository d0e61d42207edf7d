import type { GezelCandidate, LeermeesterCandidate, Weights } from '../../domain/matching';
import { solveRound } from '../../domain/matching-solver';
import type { Locale, Translate } from '../../i18n';
import { explainPair, explainUnmatched } from './matching.explain';
import { checkCandidate, checkWeights, shown, type InputProblem } from './matching.input';

export const MAX_PEOPLE_PER_LIST = 5000;

export interface MatchOutput {
  pairs: { gezel: string; leermeester: string; score: number; reasons: string[] }[];
  unmatched: { gezel: string; reason: string }[];
  stats: Record<string, number | string>;
}

/** A problem with its place in the file, worded for the person who made the file. */
export const describeProblem = (t: Translate, where: string, p: InputProblem): string =>
  t('matching.input.at', { where, field: p.field, message: t(p.key, p.values) });

/** Parses a weights file (or nothing: the default weights). */
export function parseWeights(t: Translate, raw: unknown): { weights?: Weights; errors: string[] } {
  const { weights, problems } = checkWeights(raw);
  return { weights, errors: problems.map((p) => t(p.key, p.values)) };
}

/**
 * `match --input FILE.json`: validates every profile (all problems at once, by list and position),
 * then solves the round. Nothing is stored.
 */
export function matchFromJson(
  t: Translate,
  locale: Locale,
  raw: unknown,
  weights?: Weights,
  now: () => number = () => performance.now(),
): { output?: MatchOutput; errors: string[] } {
  const r =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const { leermeesters: rawL, gezellen: rawG, exclusions: rawE = [] } = r;
  if (!Array.isArray(rawL) || !Array.isArray(rawG) || !Array.isArray(rawE)) {
    return { errors: [t('matching.input.shape')] };
  }
  if (rawL.length > MAX_PEOPLE_PER_LIST || rawG.length > MAX_PEOPLE_PER_LIST) {
    return { errors: [t('matching.input.tooMany', { max: MAX_PEOPLE_PER_LIST })] };
  }
  const errors: string[] = [];
  const ids = new Set<string>();
  const collect = <T>(list: unknown[], kind: 'leermeester' | 'gezel', label: string): T[] =>
    list.flatMap((item, i) => {
      const { candidate, problems } = checkCandidate(item, kind);
      const id = (item as { id?: unknown } | null)?.id;
      const where = `${label}[${i}]${id === undefined ? '' : ` (id ${shown(id)})`}`;
      for (const p of problems) errors.push(describeProblem(t, where, p));
      if (!candidate) return [];
      const key = `${kind}:${candidate.id.toLowerCase()}`;
      if (ids.has(key)) {
        errors.push(
          describeProblem(t, where, {
            field: 'id',
            key: 'matching.input.duplicateId',
            values: { id: candidate.id },
          }),
        );
        return [];
      }
      ids.add(key);
      return [candidate as T];
    });
  const leermeesters = collect<LeermeesterCandidate>(rawL, 'leermeester', 'leermeesters');
  const gezellen = collect<GezelCandidate>(rawG, 'gezel', 'gezellen');
  const exclusions = rawE.flatMap((e, i) => {
    const x = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const out: { gezel: string; leermeester: string }[] = [];
    const g = typeof x.gezel === 'string' ? x.gezel : '';
    const l = typeof x.leermeester === 'string' ? x.leermeester : '';
    if (!ids.has(`gezel:${g.toLowerCase()}`)) {
      errors.push(
        t('matching.input.unknownExclusion', {
          index: i,
          who: t('matching.word.gezel'),
          id: shown(x.gezel ?? ''),
        }),
      );
    } else if (!ids.has(`leermeester:${l.toLowerCase()}`)) {
      errors.push(
        t('matching.input.unknownExclusion', {
          index: i,
          who: t('matching.word.leermeester'),
          id: shown(x.leermeester ?? ''),
        }),
      );
    } else out.push({ gezel: g, leermeester: l });
    return out;
  });
  if (errors.length > 0) return { errors };

  const started = now();
  const result = solveRound({ leermeesters, gezellen, exclusions, weights });
  const solveMs = now() - started;
  return {
    errors: [],
    output: {
      pairs: result.pairs.map((p) => ({
        gezel: p.gezel.id,
        leermeester: p.leermeester.id,
        score: Math.round(p.fit.score * 10_000) / 10_000,
        reasons: explainPair(t, locale, p.fit, p.leermeester, p.gezel, 'observer'),
      })),
      unmatched: result.unmatched.map((u) => ({
        gezel: u.gezel.id,
        reason: explainUnmatched(t, locale, u.reason),
      })),
      stats: {
        ...result.stats,
        totalScore: Math.round(result.stats.totalScore * 10_000) / 10_000,
        averageScore: Math.round(result.stats.averageScore * 10_000) / 10_000,
        solveMs: Math.round(solveMs * 10) / 10,
      },
    },
  };
}
