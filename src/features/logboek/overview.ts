import { DateTime } from 'luxon';
import {
  MECHANISMS,
  PHASES,
  TARGETS,
  type InterventionUpdate,
  type Mechanism,
  type Phase,
} from '../../domain/logboek';
import type { Translate } from '../../i18n';
import type { OverviewPicture } from './chart';

export interface SchoolStats {
  schoolId: string;
  count: number;
  /** Latest activity date (YYYY-MM-DD), if any. */
  last?: string;
  /** Whole days since the latest activity; undefined when there is none. */
  daysSinceLast?: number;
  byMechanism: Record<Mechanism | 'none', number>;
  byPhase: Record<Phase | 'none', number>;
  /** Updates per mechanism × phase: the grid in the overview picture. */
  byMechanismPhase: Record<Mechanism | 'none', Record<Phase | 'none', number>>;
  /** Per school year (oldest first, always including the current one): what counts for the targets. */
  perYear: YearStats[];
  veranderlabs: number;
  visitsThisYear: number;
  /** e.g. "2025-2026" */
  schoolYear: string;
}

export interface YearStats {
  /** e.g. "2025-2026" */
  year: string;
  updates: number;
  visits: number;
  veranderlabs: number;
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
  const byMechanismPhase = Object.fromEntries(
    [...MECHANISMS, 'none'].map((m) => [m, { ...byPhase }]),
  ) as SchoolStats['byMechanismPhase'];
  const year = schoolYearOf(today);
  const years = new Map<string, YearStats>([
    [year.label, { year: year.label, updates: 0, visits: 0, veranderlabs: 0 }],
  ]);
  const yearStart = year.start.toISODate()!;
  let last: string | undefined;
  let veranderlabs = 0;
  let visitsThisYear = 0;
  for (const u of updates) {
    byMechanism[u.mechanism ?? 'none']++;
    byPhase[u.phase ?? 'none']++;
    byMechanismPhase[u.mechanism ?? 'none'][u.phase ?? 'none']++;
    const label = schoolYearOf(DateTime.fromISO(u.date, { zone: today.zone })).label;
    const y = years.get(label) ?? { year: label, updates: 0, visits: 0, veranderlabs: 0 };
    years.set(label, y);
    y.updates++;
    if (u.activityType === 'schoolbezoek') y.visits++;
    if (u.activityType === 'veranderlab') y.veranderlabs++;
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
    byMechanismPhase,
    perYear: [...years.values()].sort((a, b) => a.year.localeCompare(b.year)),
    veranderlabs,
    visitsThisYear,
    schoolYear: year.label,
  };
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

/**
 * What the overview picture shows: updates per mechanism × phase, and per school year the leadership visits
 * against their yearly target, plus the veranderlabs against the programme's total.
 */
export function overviewPicture(t: Translate, s: SchoolStats): OverviewPicture {
  const mechanisms = [...MECHANISMS, 'none'] as const;
  const phases = [...PHASES, 'none'] as const;
  return {
    grid: {
      title: t('logboek.overview.chartTitle.grid'),
      rows: mechanisms.map((m) =>
        m === 'none' ? t('logboek.overview.noneMechanism') : t(`logboek.mechanismShort.${m}`),
      ),
      columns: phases.map((p) => (p === 'none' ? '-' : String(PHASES.indexOf(p) + 1))),
      legend: [...PHASES.map((p) => t(`logboek.phase.${p}`)), `- ${t('logboek.overview.nonePhase')}`],
      counts: mechanisms.map((m) => phases.map((p) => s.byMechanismPhase[m][p])),
    },
    targets: {
      title: t('logboek.overview.chartTitle.targets'),
      rows: [
        ...s.perYear.map((y) => ({
          label: t('logboek.overview.chartVisits', { year: y.year }),
          count: y.visits,
          target: TARGETS.leadershipVisitsPerYear,
        })),
        {
          label: t('logboek.overview.chartVeranderlabs'),
          count: s.veranderlabs,
          target: TARGETS.veranderlabs,
        },
      ],
    },
  };
}
