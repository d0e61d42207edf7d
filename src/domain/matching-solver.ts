import { munkres } from 'munkres';
import {
  brokenRules,
  byScoreThenName,
  DEFAULT_WEIGHTS,
  exclusionKey,
  firstBrokenRule,
  pairUnits,
  prepare,
  scorePair,
  SCORE_UNITS,
  type GezelCandidate,
  type HardRule,
  type LeermeesterCandidate,
  type PairScore,
  type Weights,
} from './matching';

export interface RoundInput {
  leermeesters: LeermeesterCandidate[];
  gezellen: GezelCandidate[];
  /** Pairs that may never be proposed (declined before, ended after a check-in, set by a beheerder). */
  exclusions?: { gezel: string; leermeester: string }[];
  weights?: Weights;
  /** Places already taken per leermeester id (active or awaiting approval); default none. */
  taken?: ReadonlyMap<string, number>;
}

export interface RoundPair {
  gezel: GezelCandidate;
  leermeester: LeermeesterCandidate;
  fit: PairScore;
}

/**
 * Why a gezel stays without a leermeester:
 * - noRoom: no leermeester has a free place at all;
 * - noneAllowed: the hard rules rule out every leermeester with room (counts per first broken rule);
 * - placesUsed: some leermeesters were allowed, but their places are needed to match more gezellen
 *   (or better pairs) elsewhere.
 */
export type UnmatchedReason =
  | { kind: 'noRoom' }
  | { kind: 'noneAllowed'; counts: Record<HardRule, number> }
  | { kind: 'placesUsed'; candidates: number };

export interface RoundResult {
  pairs: RoundPair[];
  unmatched: { gezel: GezelCandidate; reason: UnmatchedReason }[];
  stats: {
    gezellen: number;
    leermeesters: number;
    /** Free places over all leermeesters. */
    places: number;
    /** Pairs the hard rules allow (with room). */
    allowedPairs: number;
    matched: number;
    unmatched: number;
    priorityMatched: number;
    /** Sum of the pairs' scores (0…matched). */
    totalScore: number;
    averageScore: number;
    method: 'assignment (munkres) over capacity places';
  };
}

/**
 * The optimal round: as many gezellen as possible, then as many priority gezellen as possible, then
 * the largest total score, under every hard rule and capacity. Without priority gezellen that is
 * exactly the DOMAIN.md objective (cardinality, then total score).
 *
 * Method: a rectangular assignment problem (Munkres, the `munkres` package, MIT) with one row per
 * gezel and one column per free place of a leermeester ("capacity slots"). An allowed cell costs
 *     −(BIG + PRIO·[gezel has priority] + units(pair)),
 * a forbidden cell costs 0 (taking it means "not matched").
 *
 * Why this gives the lexicographic optimum. Let G be the number of gezellen and U = SCORE_UNITS, the
 * units of a score of 1, so every pair has 0 ≤ units ≤ U. For a matching M (each gezel at most one
 * place, each place at most one gezel, only allowed cells) let W(M) = Σ over M of the weight above
 * = BIG·|M| + PRIO·π(M) + S(M), with π(M) the priority gezellen matched and S(M) the total units.
 *   1. S(M) ≤ G·U < (G+1)·U = PRIO, so one more priority gezel outweighs any difference in score.
 *   2. PRIO·π(M) + S(M) ≤ PRIO·G + PRIO − 1 < PRIO·(G+1) = BIG, so one more matched gezel
 *      outweighs any difference in priority and score together.
 *   Hence W(M1) > W(M2) exactly when (|M1|, π(M1), S(M1)) > (|M2|, π(M2), S(M2)) lexicographically,
 *   and a maximum-weight matching is the lexicographic optimum. (Without priority PRIO is 0 and
 *   BIG = (G+1)·U: W compares |M| first, then S.)
 *   3. Munkres returns a full assignment A (min(rows, columns) cells, one per row and column) of least
 *      cost. cost(A) = −W(A ∩ allowed), and A ∩ allowed is a matching. Conversely every matching M
 *      extends to a full assignment A ⊇ M, with W(A ∩ allowed) ≥ W(M) because all weights are
 *      positive. So min cost(A) = −max W(M), and the allowed cells of A are an optimal matching.
 *   4. The places of one leermeester are identical columns, so "at most capacity gezellen per
 *      leermeester" is exactly "each column used once", and any capacity-respecting matching is a
 *      column assignment.
 * All costs are integers (scores in exact units, see matching.ts); when they could pass 2^53 the
 * matrix is built from bigint, so no rounding ever decides a tie. test/unit/matching-solver.test.ts
 * checks the result against brute force on random small instances.
 */
export function solveRound(input: RoundInput, opts: { forceBigInt?: boolean } = {}): RoundResult {
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const excluded = new Set((input.exclusions ?? []).map((e) => exclusionKey(e.gezel, e.leermeester)));
  const taken = input.taken ?? new Map<string, number>();
  const withRoom = input.leermeesters
    .map((l) => ({ l, room: Math.max(0, l.capacity - (taken.get(l.id) ?? 0)) }))
    .filter((x) => x.room > 0);
  const G = input.gezellen.length;

  // Allowed pairs, per gezel: [leermeester index in withRoom, exact score units].
  const preparedL = withRoom.map(({ l }) => ({ p: prepare(l), id: l.id.toLowerCase() }));
  const allowed: { li: number; units: number }[][] = [];
  const blocked: Record<HardRule, number>[] = [];
  const demand = new Array<number>(withRoom.length).fill(0);
  for (const g of input.gezellen) {
    const pg = prepare(g);
    const gid = g.id.toLowerCase();
    const row: { li: number; units: number }[] = [];
    const counts: Record<HardRule, number> = { sameSchool: 0, sameBoard: 0, phaseNotAhead: 0, excluded: 0 };
    preparedL.forEach(({ p: pl, id: lid }, li) => {
      const broken = firstBrokenRule(pl, pg, excluded.has(exclusionKey(gid, lid)));
      if (broken) counts[broken] += 1;
      else {
        row.push({ li, units: pairUnits(pl, pg, weights) });
        demand[li] = (demand[li] ?? 0) + 1;
      }
    });
    allowed.push(row);
    blocked.push(counts);
  }

  // Rows: gezellen with at least one allowed leermeester. Columns: places, never more per leermeester
  // than gezellen that could use them (smaller matrix, same optimum).
  const rows = input.gezellen.map((_, gi) => gi).filter((gi) => (allowed[gi]?.length ?? 0) > 0);
  const slotOwner: number[] = [];
  withRoom.forEach(({ room }, li) => {
    for (let k = 0; k < Math.min(room, demand[li] ?? 0); k++) slotOwner.push(li);
  });
  const slotsOf: number[][] = withRoom.map(() => []);
  slotOwner.forEach((li, col) => slotsOf[li]?.push(col));

  const hasPriority = rows.some((gi) => input.gezellen[gi]?.priority === true);
  const U = SCORE_UNITS;
  const PRIO = hasPriority ? (G + 1) * U : 0;
  const BIG = hasPriority ? PRIO * (G + 1) : (G + 1) * U;
  const useBigInt = opts.forceBigInt === true || (BIG + PRIO + U) * (G + 1) > Number.MAX_SAFE_INTEGER;

  const chosen: { gi: number; li: number }[] = [];
  if (rows.length > 0 && slotOwner.length > 0) {
    const assignment = useBigInt
      ? munkres(
          rows.map((gi) => {
            const r = new Array<bigint>(slotOwner.length).fill(0n);
            const prio = input.gezellen[gi]?.priority ? BigInt(PRIO) : 0n;
            for (const a of allowed[gi] ?? []) {
              const w = -(BigInt(BIG) + prio + BigInt(a.units));
              for (const col of slotsOf[a.li] ?? []) r[col] = w;
            }
            return r;
          }),
        )
      : munkres(
          rows.map((gi) => {
            // Plain arrays: munkres is an order of magnitude slower on typed-array rows here.
            const r = new Array<number>(slotOwner.length).fill(0);
            const prio = input.gezellen[gi]?.priority ? PRIO : 0;
            for (const a of allowed[gi] ?? []) {
              const w = -(BIG + prio + a.units);
              for (const col of slotsOf[a.li] ?? []) r[col] = w;
            }
            return r;
          }),
        );
    for (const [ri, col] of assignment) {
      const gi = rows[ri];
      const li = slotOwner[col];
      if (gi === undefined || li === undefined) continue;
      if (allowed[gi]?.some((x) => x.li === li)) chosen.push({ gi, li });
    }
  }

  const matchedGezel = new Set(chosen.map((c) => c.gi));
  const pairs: RoundPair[] = chosen
    .map((c) => {
      const gezel = input.gezellen[c.gi]!;
      const leermeester = withRoom[c.li]!.l;
      return { gezel, leermeester, fit: scorePair(leermeester, gezel, weights) };
    })
    .sort((a, b) =>
      byScoreThenName(
        { units: a.fit.units, name: a.gezel.name, id: a.gezel.id },
        { units: b.fit.units, name: b.gezel.name, id: b.gezel.id },
      ),
    );
  const unmatched = input.gezellen.flatMap((gezel, gi) => {
    if (matchedGezel.has(gi)) return [];
    const candidates = allowed[gi]?.length ?? 0;
    const reason: UnmatchedReason =
      withRoom.length === 0
        ? { kind: 'noRoom' }
        : candidates === 0
          ? { kind: 'noneAllowed', counts: blocked[gi]! }
          : { kind: 'placesUsed', candidates };
    return [{ gezel, reason }];
  });
  const totalUnits = pairs.reduce((s, p) => s + p.fit.units, 0);
  return {
    pairs,
    unmatched,
    stats: {
      gezellen: G,
      leermeesters: input.leermeesters.length,
      places: withRoom.reduce((s, x) => s + x.room, 0),
      allowedPairs: allowed.reduce((s, r) => s + r.length, 0),
      matched: pairs.length,
      unmatched: unmatched.length,
      priorityMatched: pairs.filter((p) => p.gezel.priority === true).length,
      totalScore: totalUnits / U,
      averageScore: pairs.length === 0 ? 0 : totalUnits / U / pairs.length,
      method: 'assignment (munkres) over capacity places',
    },
  };
}

/**
 * For one gezel on request: every leermeester the hard rules allow and that has room, best first.
 * The caller shows three at a time.
 */
export function rankLeermeesters(
  gezel: GezelCandidate,
  input: Omit<RoundInput, 'gezellen'>,
): { leermeester: LeermeesterCandidate; fit: PairScore }[] {
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const excluded = new Set((input.exclusions ?? []).map((e) => exclusionKey(e.gezel, e.leermeester)));
  const taken = input.taken ?? new Map<string, number>();
  return input.leermeesters
    .filter((l) => l.capacity - (taken.get(l.id) ?? 0) > 0)
    .filter((l) => brokenRules(l, gezel, excluded.has(exclusionKey(gezel.id, l.id))).length === 0)
    .map((l) => ({ leermeester: l, fit: scorePair(l, gezel, weights) }))
    .sort((a, b) =>
      byScoreThenName(
        { units: a.fit.units, name: a.leermeester.name, id: a.leermeester.id },
        { units: b.fit.units, name: b.leermeester.name, id: b.leermeester.id },
      ),
    );
}
