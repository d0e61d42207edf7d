/**
 * Leermeester-gezel rounds: solve time by size, and the whole `match` CLI command at 1,000 × 300.
 * Alone: `npx tsx bench/index.ts matching` (or `npm run bench -- matching`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  MECHANISM_IDS,
  type GezelCandidate,
  type LeermeesterCandidate,
  type Phase,
  type SchoolType,
} from '../src/domain/matching';
import { solveRound, type RoundInput } from '../src/domain/matching-solver';

export const title = 'Leermeester-gezel matching: optimal rounds';

const REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Twente',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Amsterdam',
  'Rijnmond',
  'Haaglanden',
  'Brabant',
  'Limburg',
];

/** Small deterministic PRNG (also used by the brute-force test), so a seed can be replayed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible programme: mostly mbo, leermeesters further along (phase 3–5), gezellen 1–3, 1–3 themes. */
export function generateRound(gezellen: number, leermeesters: number, seed = 7): RoundInput {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const schoolType = (): SchoolType => (r() < 0.7 ? 'mbo' : r() < 0.66 ? 'vo' : 'po');
  const themes = () => MECHANISM_IDS.filter(() => r() < 0.25).slice(0, 3);
  const schools = Math.max(10, Math.round((gezellen + leermeesters) / 2));
  const boards = Math.max(5, Math.round(schools / 4));
  const base = (id: string) => ({
    id,
    name: id,
    school: `school-${Math.floor(r() * schools)}`,
    board: r() < 0.6 ? `bestuur-${Math.floor(r() * boards)}` : undefined,
    region: pick(REGIONS),
    schoolType: schoolType(),
    themes: themes(),
  });
  const L: LeermeesterCandidate[] = Array.from({ length: leermeesters }, (_, i) => ({
    ...base(`L${i}`),
    phase: (3 + Math.floor(r() * 3)) as Phase,
    capacity: 1 + Math.floor(r() * 4),
  }));
  const G: GezelCandidate[] = Array.from({ length: gezellen }, (_, i) => ({
    ...base(`G${i}`),
    phase: (1 + Math.floor(r() * 3)) as Phase,
  }));
  const exclusions = G.filter(() => r() < 0.05).map((g) => ({ gezel: g.id, leermeester: pick(L).id }));
  return { leermeesters: L, gezellen: G, exclusions };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function timeSolve(input: RoundInput, repeats: number): number {
  solveRound(input); // warm up the JIT: a bot process solves many rounds
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    solveRound(input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  out['solve 50×20 (ms, median of 21)'] = round(timeSolve(generateRound(50, 20), 21));

  const sizes: [number, number][] = [
    [100, 30],
    [250, 75],
    [500, 150],
    [1000, 300],
    [2000, 600],
  ];
  let previous: number | undefined;
  for (const [g, l] of sizes) {
    const input = generateRound(g, l);
    const ms = timeSolve(input, g >= 2000 ? 1 : 3);
    const result = solveRound(input);
    out[`solve ${g}×${l} (ms)`] = round(ms);
    out[`  matched / places at ${g}×${l}`] = `${result.stats.matched} / ${result.stats.places}`;
    if (previous !== undefined)
      out[`  growth ${g}×${l} vs the size before`] = `×${(ms / previous).toFixed(1)}`;
    previous = ms;
  }

  // The whole command as a beheerder runs it: a new process, tsx, reading the file, printing JSON.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-bench-match-'));
  try {
    const file = path.join(dir, 'round.json');
    writeFileSync(file, JSON.stringify(generateRound(1000, 300)));
    const root = path.resolve(__dirname, '..');
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          'src/cli/index.ts',
          'match',
          '--input',
          file,
          '--json',
        ],
        {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      runs.push(performance.now() - t0);
    }
    out['CLI match 1000×300 --json, whole command (ms, median of 3)'] = round(median(runs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve(out);
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
