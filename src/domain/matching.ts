/**
 * The leermeester-gezel matching rule (shared/DOMAIN.md): hard rules, the score and what each
 * criterion contributed. Pure: no store, no SDK, no texts (reasons are data; the feature words them).
 */

import { MECHANISMS, PHASES } from './toolbox';

/** The toolbox mechanisms and phase names: one list, in ./toolbox. */
export const MECHANISM_IDS = MECHANISMS;
export type ThemeId = (typeof MECHANISM_IDS)[number];

export const PHASE_NAMES = PHASES;
export type PhaseName = (typeof PHASE_NAMES)[number];
export type Phase = 1 | 2 | 3 | 4 | 5;

export const SCHOOL_TYPES = ['po', 'vo', 'mbo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 5;

export function isThemeId(v: unknown): v is ThemeId {
  return typeof v === 'string' && (MECHANISM_IDS as readonly string[]).includes(v);
}

export function isSchoolType(v: unknown): v is SchoolType {
  return typeof v === 'string' && (SCHOOL_TYPES as readonly string[]).includes(v);
}

/** 3, "3" and "ontwikkelen" are all phase 3; anything else is undefined. */
export function toPhase(v: unknown): Phase | undefined {
  if (typeof v === 'string') {
    const byName = (PHASE_NAMES as readonly string[]).indexOf(v.trim().toLowerCase());
    if (byName >= 0) return (byName + 1) as Phase;
    if (!/^\s*[1-5]\s*$/.test(v)) return undefined;
    return Number(v) as Phase;
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? (v as Phase) : undefined;
}

/** What the rule needs of a person; the stored profile (matching-profile.ts) carries more. */
export interface MatchCandidate {
  id: string;
  name: string;
  school: string;
  board?: string;
  region: string;
  schoolType: SchoolType;
  themes: ThemeId[];
  phase: Phase;
}

export interface LeermeesterCandidate extends MatchCandidate {
  /** 1–5 gezellen at a time. */
  capacity: number;
}

export interface GezelCandidate extends MatchCandidate {
  /** Set after a check-in "nee": comes before score in the next round (see matching-solver.ts). */
  priority?: boolean;
}

/** Weights of the four criteria, in whole percentages that add up to 100. */
export interface Weights {
  theme: number;
  region: number;
  phase: number;
  schoolType: number;
}

export const DEFAULT_WEIGHTS: Weights = { theme: 50, region: 20, phase: 20, schoolType: 10 };
export const WEIGHT_KEYS = ['theme', 'region', 'phase', 'schoolType'] as const;

/** Why a weights object is not usable, or undefined when it is. */
export function weightsProblem(w: Weights): 'notWhole' | 'sum' | undefined {
  const values = WEIGHT_KEYS.map((k) => w[k]);
  if (values.some((v) => !Number.isInteger(v) || v < 0 || v > 100)) return 'notWhole';
  if (values.reduce((a, b) => a + b, 0) !== 100) return 'sum';
  return undefined;
}

/**
 * Scores are kept as exact integers: a criterion's fit is counted in 1/1680ths (1680 is divisible by
 * 1…8, so "k of n themes" with n ≤ 8 mechanisms is exact, and so is phaseFit 0.5), times its weight
 * in percent. A pair's score is units / SCORE_UNITS, in [0, 1]. Exact integers make ties and the
 * optimality proof in the solver independent of floating-point rounding.
 */
export const FIT_UNITS = 1680;
export const SCORE_UNITS = FIT_UNITS * 100;

export type HardRule = 'sameSchool' | 'sameBoard' | 'phaseNotAhead' | 'excluded';

const normal = (s: string | undefined): string => (s ?? '').trim().toLowerCase();

/** A candidate with its comparable fields normalised once (a round compares every pair). */
export interface PreparedCandidate {
  school: string;
  board: string;
  region: string;
  schoolType: SchoolType;
  /** One bit per mechanism in MECHANISM_IDS order. */
  themeMask: number;
  themeCount: number;
  phase: Phase;
}

export function prepare(c: MatchCandidate): PreparedCandidate {
  let themeMask = 0;
  for (const t of c.themes) {
    const bit = MECHANISM_IDS.indexOf(t);
    if (bit >= 0) themeMask |= 1 << bit;
  }
  return {
    school: normal(c.school),
    board: normal(c.board),
    region: normal(c.region),
    schoolType: c.schoolType,
    themeMask,
    themeCount: bitCount(themeMask),
    phase: c.phase,
  };
}

function bitCount(n: number): number {
  let count = 0;
  for (let x = n; x !== 0; x &= x - 1) count++;
  return count;
}

const RULES: [HardRule, (l: PreparedCandidate, g: PreparedCandidate, excluded: boolean) => boolean][] = [
  ['sameSchool', (l, g) => l.school === g.school],
  ['sameBoard', (l, g) => l.board !== '' && l.board === g.board],
  ['phaseNotAhead', (l, g) => l.phase <= g.phase],
  ['excluded', (_l, _g, excluded) => excluded],
];

/** The first hard rule a pair breaks, or undefined when the pair is allowed. */
export function firstBrokenRule(
  l: PreparedCandidate,
  g: PreparedCandidate,
  excluded: boolean,
): HardRule | undefined {
  for (const [rule, broken] of RULES) if (broken(l, g, excluded)) return rule;
  return undefined;
}

/** Every hard rule a pair breaks, in a fixed order (empty = allowed). Capacity is the solver's job. */
export function brokenRules(
  leermeester: MatchCandidate,
  gezel: MatchCandidate,
  excluded: boolean,
): HardRule[] {
  const l = prepare(leermeester);
  const g = prepare(gezel);
  return RULES.filter(([, broken]) => broken(l, g, excluded)).map(([rule]) => rule);
}

export interface CriterionFit {
  /** Fit of this criterion in 1/1680ths (0…1680). */
  fitUnits: number;
  /** fitUnits × weight: this criterion's share of the score in SCORE_UNITS. */
  units: number;
}

export interface PairScore {
  /** Exact integer, 0…SCORE_UNITS. */
  units: number;
  /** units / SCORE_UNITS, 0…1. */
  score: number;
  theme: CriterionFit & { shared: ThemeId[]; gezelThemes: number };
  region: CriterionFit & { same: boolean };
  phase: CriterionFit & { ahead: number };
  schoolType: CriterionFit & { same: boolean };
}

/** The four fits in 1/1680ths: themeFit, sameRegion, phaseFit, sameSchoolType. */
function fits(l: PreparedCandidate, g: PreparedCandidate): [number, number, number, number] {
  const shared = bitCount(l.themeMask & g.themeMask);
  const theme = g.themeCount === 0 ? 0 : (FIT_UNITS * shared) / g.themeCount;
  const region = l.region !== '' && l.region === g.region ? FIT_UNITS : 0;
  const ahead = l.phase - g.phase;
  const phase = ahead <= 0 ? 0 : ahead <= 2 ? FIT_UNITS : FIT_UNITS / 2;
  const type = l.schoolType === g.schoolType ? FIT_UNITS : 0;
  return [theme, region, phase, type];
}

/** score·SCORE_UNITS, exactly: the number the solver optimises. */
export function pairUnits(l: PreparedCandidate, g: PreparedCandidate, w: Weights): number {
  const [theme, region, phase, type] = fits(l, g);
  return theme * w.theme + region * w.region + phase * w.phase + type * w.schoolType;
}

/** score = w.theme·themeFit + w.region·sameRegion + w.phase·phaseFit + w.schoolType·sameSchoolType. */
export function scorePair(
  leermeester: MatchCandidate,
  gezel: MatchCandidate,
  weights: Weights = DEFAULT_WEIGHTS,
): PairScore {
  const l = prepare(leermeester);
  const g = prepare(gezel);
  const [themeFit, regionFit, phaseFit, typeFit] = fits(l, g);
  const lThemes = new Set(leermeester.themes);
  const gezelThemes = MECHANISM_IDS.filter((t) => gezel.themes.includes(t));
  const fit = (fitUnits: number, weight: number): CriterionFit => ({ fitUnits, units: fitUnits * weight });
  const theme = {
    ...fit(themeFit, weights.theme),
    shared: gezelThemes.filter((t) => lThemes.has(t)),
    gezelThemes: gezelThemes.length,
  };
  const region = { ...fit(regionFit, weights.region), same: regionFit > 0 };
  const phase = { ...fit(phaseFit, weights.phase), ahead: leermeester.phase - gezel.phase };
  const schoolType = { ...fit(typeFit, weights.schoolType), same: typeFit > 0 };
  const units = pairUnits(l, g, weights);
  return { units, score: units / SCORE_UNITS, theme, region, phase, schoolType };
}

/** A pair in a stable order: higher score first, then names, then ids (so equal scores never flicker). */
export function byScoreThenName<T extends { units: number; name: string; id: string }>(a: T, b: T): number {
  return b.units - a.units || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);
}

export const exclusionKey = (gezelId: string, leermeesterId: string): string =>
  `${gezelId.toLowerCase()}|${leermeesterId.toLowerCase()}`;
