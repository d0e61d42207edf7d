import type { Criterion } from './round';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export interface CriterionScore {
  criterionId: string;
  score: number;
  note: string;
}

/** One beoordelaar's scores for one application; one document each, so reviewers never overwrite each other. */
export interface Review {
  roundId: string;
  schoolId: string;
  reviewerId: string;
  reviewerName: string;
  scores: CriterionScore[];
  submittedAt: string;
  updatedAt: string;
}

export interface ScoreStats {
  /** How many reviewers scored. */
  count: number;
  /** Mean of the reviewers' own means; undefined without scores. */
  average?: number;
  /** Lowest and highest reviewer mean: how far the reviewers are apart. */
  min?: number;
  max?: number;
  /** Population standard deviation of the reviewer means. */
  stdev?: number;
  perCriterion: { criterionId: string; average?: number; min?: number; max?: number }[];
}

const mean = (xs: number[]): number | undefined =>
  xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;

/** A reviewer's mean over the round's criteria (scores for criteria no longer in the round are ignored). */
export function reviewerMean(review: Review, criteria: readonly Criterion[]): number | undefined {
  const ids = new Set(criteria.map((c) => c.id));
  return mean(review.scores.filter((s) => ids.has(s.criterionId)).map((s) => s.score));
}

export function scoreStats(reviews: readonly Review[], criteria: readonly Criterion[]): ScoreStats {
  const means = reviews.map((r) => reviewerMean(r, criteria)).filter((m): m is number => m !== undefined);
  const average = mean(means);
  const stdev =
    average === undefined ? undefined : Math.sqrt(mean(means.map((m) => (m - average) ** 2)) ?? 0);
  return {
    count: means.length,
    average,
    min: means.length ? Math.min(...means) : undefined,
    max: means.length ? Math.max(...means) : undefined,
    stdev,
    perCriterion: criteria.map((c) => {
      const xs = reviews.flatMap((r) => r.scores.filter((s) => s.criterionId === c.id).map((s) => s.score));
      return {
        criterionId: c.id,
        average: mean(xs),
        min: xs.length ? Math.min(...xs) : undefined,
        max: xs.length ? Math.max(...xs) : undefined,
      };
    }),
  };
}

export interface ReviewRepository {
  get(roundId: string, schoolId: string, reviewerId: string): Promise<Review | undefined>;
  /** A reviewer's own document: the newest save wins, other reviewers are untouched. */
  put(review: Review): Promise<Review>;
  listByApplication(roundId: string, schoolId: string): Promise<Review[]>;
  listByRound(roundId: string): Promise<Review[]>;
}
