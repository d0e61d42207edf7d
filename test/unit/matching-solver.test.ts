import assert from 'node:assert/strict';
import {
  brokenRules,
  MECHANISM_IDS,
  scorePair,
  SCORE_UNITS,
  type GezelCandidate,
  type LeermeesterCandidate,
  type Phase,
  type SchoolType,
} from '../../src/domain/matching';
import { rankLeermeesters, solveRound, type RoundInput } from '../../src/domain/matching-solver';
import { prng } from '../../bench/matching';

function randomInstance(seed: number): RoundInput {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const themes = () => MECHANISM_IDS.filter(() => r() < 0.3);
  const person = (id: string) => ({
    id,
    name: id,
    school: pick(['s1', 's2', 's3', 's4']),
    board: r() < 0.5 ? pick(['b1', 'b2']) : undefined,
    region: pick(['Rijnmond', 'Utrecht', 'Twente']),
    schoolType: pick<SchoolType>(['po', 'vo', 'mbo']),
    themes: themes(),
  });
  const nL = 1 + Math.floor(r() * 4);
  const nG = 1 + Math.floor(r() * 6);
  const leermeesters: LeermeesterCandidate[] = Array.from({ length: nL }, (_, i) => ({
    ...person(`L${i}`),
    phase: (2 + Math.floor(r() * 4)) as Phase,
    capacity: 1 + Math.floor(r() * 3),
  }));
  const gezellen: GezelCandidate[] = Array.from({ length: nG }, (_, i) => ({
    ...person(`G${i}`),
    phase: (1 + Math.floor(r() * 4)) as Phase,
    priority: r() < 0.25,
  }));
  const exclusions = gezellen.flatMap((g) =>
    leermeesters.filter(() => r() < 0.1).map((l) => ({ gezel: g.id, leermeester: l.id })),
  );
  const taken = new Map(leermeesters.filter(() => r() < 0.2).map((l) => [l.id, 1]));
  return { leermeesters, gezellen, exclusions, taken };
}

type Objective = [matched: number, priority: number, units: number];

const better = (a: Objective, b: Objective): boolean =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

/** Tries every assignment of each gezel to a leermeester or to nobody. */
function bruteForce(input: RoundInput): Objective {
  const { leermeesters: L, gezellen: G } = input;
  const excluded = new Set((input.exclusions ?? []).map((e) => `${e.gezel}|${e.leermeester}`));
  const room = L.map((l) => Math.max(0, l.capacity - (input.taken?.get(l.id) ?? 0)));
  let best: Objective = [0, 0, 0];
  const walk = (gi: number, acc: Objective): void => {
    if (gi === G.length) {
      if (better(acc, best)) best = acc;
      return;
    }
    walk(gi + 1, acc);
    const g = G[gi]!;
    L.forEach((l, li) => {
      if (room[li]! <= 0) return;
      if (brokenRules(l, g, excluded.has(`${g.id}|${l.id}`)).length > 0) return;
      room[li]! -= 1;
      walk(gi + 1, [acc[0] + 1, acc[1] + (g.priority ? 1 : 0), acc[2] + scorePair(l, g).units]);
      room[li]! += 1;
    });
  };
  walk(0, [0, 0, 0]);
  return best;
}

function objectiveOf(input: RoundInput, forceBigInt = false): Objective {
  const result = solveRound(input, { forceBigInt });
  // The result itself must be feasible: rules, capacities, one leermeester per gezel.
  const used = new Map<string, number>();
  const excluded = new Set((input.exclusions ?? []).map((e) => `${e.gezel}|${e.leermeester}`));
  for (const p of result.pairs) {
    assert.deepEqual(
      brokenRules(p.leermeester, p.gezel, excluded.has(`${p.gezel.id}|${p.leermeester.id}`)),
      [],
    );
    used.set(p.leermeester.id, (used.get(p.leermeester.id) ?? 0) + 1);
  }
  for (const l of input.leermeesters) {
    assert.ok((used.get(l.id) ?? 0) + (input.taken?.get(l.id) ?? 0) <= l.capacity, `capacity of ${l.id}`);
  }
  assert.equal(new Set(result.pairs.map((p) => p.gezel.id)).size, result.pairs.length);
  assert.equal(result.pairs.length + result.unmatched.length, input.gezellen.length);
  return [
    result.pairs.length,
    result.pairs.filter((p) => p.gezel.priority).length,
    result.pairs.reduce((s, p) => s + p.fit.units, 0),
  ];
}

const person = (
  id: string,
  over: Partial<LeermeesterCandidate & GezelCandidate> = {},
): LeermeesterCandidate & GezelCandidate => ({
  id,
  name: id,
  school: `school-${id}`,
  region: 'Rijnmond',
  schoolType: 'mbo',
  themes: [],
  phase: 1,
  capacity: 1,
  ...over,
});

describe('matching solver: the optimal round', () => {
  it('When 400 random small instances are solved, then each result is feasible and as good as brute force (matched, then priority, then score)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const input = randomInstance(seed);
      assert.deepEqual(objectiveOf(input), bruteForce(input), `seed ${seed}`);
    }
  });

  it('When the same instances are solved with bigint costs, then the optimum is the same', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomInstance(seed);
      assert.deepEqual(objectiveOf(input, true), bruteForce(input), `seed ${seed}`);
    }
  });

  it('When the best-scoring pair would leave a gezel out, then the round matches both gezellen instead (not greedy, not max-score)', () => {
    // G1 fits L1 best (0.9 vs 0.3), but G2 can only go to L1. Greedy on score and the pure maximum
    // score (0.9 with one pair) both match one gezel; the rule wants two.
    const L1 = person('L1', { phase: 3, themes: ['objectief-werven', 'omstander'], region: 'Rijnmond' });
    const L2 = person('L2', { phase: 5, themes: [], region: 'Twente', schoolType: 'vo' });
    const G1 = person('G1', { phase: 2, themes: ['objectief-werven', 'omstander'], region: 'Rijnmond' });
    const G2 = person('G2', { phase: 1, themes: ['omstander'], region: 'Utrecht', schoolType: 'vo' });
    const input: RoundInput = {
      leermeesters: [L1, L2],
      gezellen: [G1, G2],
      exclusions: [{ gezel: 'G2', leermeester: 'L2' }],
    };
    assert.ok(scorePair(L1, G1).units > scorePair(L2, G1).units + scorePair(L1, G2).units);
    const result = solveRound(input);
    assert.deepEqual(result.pairs.map((p) => `${p.gezel.id}-${p.leermeester.id}`).sort(), ['G1-L2', 'G2-L1']);
    assert.equal(result.stats.matched, 2);
    assert.deepEqual(objectiveOf(input), bruteForce(input));
  });

  it('When a gezel has priority after a "nee", then the last place goes to them even at a lower score', () => {
    const L = person('L', { phase: 4, themes: ['bewustwording'] });
    const fits = person('G-fits', { phase: 2, themes: ['bewustwording'] });
    const prio = person('G-prio', { phase: 2, themes: ['zoekgedrag'], region: 'Twente', priority: true });
    const result = solveRound({ leermeesters: [L], gezellen: [fits, prio] });
    assert.deepEqual(
      result.pairs.map((p) => p.gezel.id),
      ['G-prio'],
    );
    assert.deepEqual(result.unmatched[0]?.reason, { kind: 'placesUsed', candidates: 1 });
  });

  it('When no leermeester is allowed, then the unmatched reason counts the rule that blocked each one', () => {
    const G = person('G', { phase: 3, school: 'same', board: 'B' });
    const result = solveRound({
      leermeesters: [
        person('L1', { phase: 4, school: 'same' }),
        person('L2', { phase: 4, board: 'B' }),
        person('L3', { phase: 3 }),
        person('L4', { phase: 5 }),
      ],
      gezellen: [G],
      exclusions: [{ gezel: 'G', leermeester: 'L4' }],
    });
    assert.deepEqual(result.unmatched[0]?.reason, {
      kind: 'noneAllowed',
      counts: { sameSchool: 1, sameBoard: 1, phaseNotAhead: 1, excluded: 1 },
    });
  });

  it('When every leermeester is full, then the reason is that there is no room, and nothing is matched', () => {
    const result = solveRound({
      leermeesters: [person('L', { phase: 5, capacity: 2 })],
      gezellen: [person('G')],
      taken: new Map([['L', 2]]),
    });
    assert.equal(result.pairs.length, 0);
    assert.deepEqual(result.unmatched[0]?.reason, { kind: 'noRoom' });
  });

  it('When a leermeester has capacity 3, then up to three gezellen share them and the stats add up', () => {
    const L = person('L', { phase: 5, capacity: 3 });
    const gezellen = ['A', 'B', 'C', 'D'].map((id) => person(id, { phase: 2 }));
    const result = solveRound({ leermeesters: [L], gezellen });
    assert.equal(result.stats.matched, 3);
    assert.equal(result.stats.unmatched, 1);
    assert.equal(result.stats.places, 3);
    assert.equal(result.stats.allowedPairs, 4);
    assert.equal(result.stats.totalScore, (3 * scorePair(L, gezellen[0]!).units) / SCORE_UNITS);
  });
});

describe('matching: proposals on request', () => {
  it('When a gezel asks, then only allowed leermeesters with room come back, best first, ties by name', () => {
    const gezel = person('G', { phase: 2, themes: ['objectief-werven'] });
    const ranked = rankLeermeesters(gezel, {
      leermeesters: [
        person('Zoë', { phase: 3, themes: ['objectief-werven'] }),
        person('Anna', { phase: 3, themes: ['objectief-werven'] }),
        person('Bram', { phase: 4 }),
        person('Full', { phase: 4, themes: ['objectief-werven'] }),
        person('Behind', { phase: 2, themes: ['objectief-werven'] }),
        person('Declined', { phase: 3, themes: ['objectief-werven'] }),
      ],
      taken: new Map([['Full', 1]]),
      exclusions: [{ gezel: 'G', leermeester: 'Declined' }],
    });
    assert.deepEqual(
      ranked.map((r) => r.leermeester.id),
      ['Anna', 'Zoë', 'Bram'],
    );
  });
});
