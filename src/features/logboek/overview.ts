import { DateTime } from 'luxon';
import {
  MECHANISMS,
  PHASES,
  TARGETS,
  type InterventionUpdate,
  type Mechanism,
  type Phase,
} from '../../domain/logboek';

export interface SchoolStats {
  schoolId: string;
  count: number;
  /** Latest activity date (YYYY-MM-DD), if any. */
  last?: string;
  /** Whole days since the latest activity; undefined when there is none. */
  daysSinceLast?: number;
  byMechanism: Record<Mechanism | 'none', number>;
  byPhase: Record<Phase | 'none', number>;
  veranderlabs: number;
  visitsThisYear: number;
  /** e.g. "2025-2026" */
  schoolYear: string;
  /** Updates per mechanism × phase: rows MECHANISMS then none, columns PHASES then none. */
  matrix: number[][];
  /** Per school year with updates (and the current one), oldest first: visits that year, veranderlabs so far. */
  years: { label: string; visits: number; veranderlabsSoFar: number }[];
}

/** A school year runs from 1 August to 31 July. */
export function schoolYearOf(day: DateTime): { start: DateTime; label: string } {
  const startYear = day.month >= 8 ? day.year : day.year - 1;
  return {
    start: DateTime.fromObject({ year: startYear, month: 8, day: 1 }, { zone: day.zone }),
    label: `${startYear}-${startYear + 1}`,
  };
}

/** Counts for one school's updates (deleted ones already left out), against the programme targets. */
export function statsOf(
  schoolId: string,
  updates: readonly InterventionUpdate[],
  today: DateTime,
): SchoolStats {
  const byMechanism = Object.fromEntries(
    [...MECHANISMS, 'none'].map((m) => [m, 0]),
  ) as SchoolStats['byMechanism'];
  const byPhase = Object.fromEntries([...PHASES, 'none'].map((p) => [p, 0])) as SchoolStats['byPhase'];
  const year = schoolYearOf(today);
  const yearStart = year.start.toISODate()!;
  let last: string | undefined;
  let veranderlabs = 0;
  let visitsThisYear = 0;
  const rows = [...MECHANISMS, 'none'] as const;
  const columns = [...PHASES, 'none'] as const;
  const matrix = rows.map(() => columns.map(() => 0));
  const perYear = new Map<string, { visits: number; veranderlabs: number }>([
    [year.label, { visits: 0, veranderlabs: 0 }],
  ]);
  for (const u of updates) {
    byMechanism[u.mechanism ?? 'none']++;
    byPhase[u.phase ?? 'none']++;
    matrix[rows.indexOf(u.mechanism ?? 'none')]![columns.indexOf(u.phase ?? 'none')]!++;
    const label = schoolYearOf(DateTime.fromISO(u.date, { zone: today.zone })).label;
    const y = perYear.get(label) ?? { visits: 0, veranderlabs: 0 };
    if (u.activityType === 'schoolbezoek') y.visits++;
    if (u.activityType === 'veranderlab') y.veranderlabs++;
    perYear.set(label, y);
    if (u.activityType === 'veranderlab') veranderlabs++;
    if (u.activityType === 'schoolbezoek' && u.date >= yearStart) visitsThisYear++;
    if (!last || u.date > last) last = u.date;
  }
  const daysSinceLast = last
    ? Math.max(0, Math.floor(today.diff(DateTime.fromISO(last, { zone: today.zone }), 'days').days))
    : undefined;
  return {
    schoolId,
    count: updates.length,
    last,
    daysSinceLast,
    byMechanism,
    byPhase,
    veranderlabs,
    visitsThisYear,
    schoolYear: year.label,
    matrix,
    years: yearsOf(perYear),
  };
}

/** The last four school years, oldest first, with the veranderlabs counted up to and including each. */
function yearsOf(perYear: Map<string, { visits: number; veranderlabs: number }>): SchoolStats['years'] {
  let soFar = 0;
  return [...perYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, y]) => ({ label, visits: y.visits, veranderlabsSoFar: (soFar += y.veranderlabs) }))
    .slice(-4);
}

/** Longest without activity first; schools that never had any come first of all. */
export function byInactivity(a: SchoolStats, b: SchoolStats): number {
  const da = a.daysSinceLast ?? Number.POSITIVE_INFINITY;
  const db = b.daysSinceLast ?? Number.POSITIVE_INFINITY;
  return db - da || a.schoolId.localeCompare(b.schoolId);
}

export const targetsMet = (s: SchoolStats) => ({
  veranderlabs: s.veranderlabs >= TARGETS.veranderlabs,
  visits: s.visitsThisYear >= TARGETS.leadershipVisitsPerYear,
});
