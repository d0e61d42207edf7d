/**
 * The intervention logbook: what coaches did with their schools, as the researchers need it.
 * Identifiers here are stable (DOMAIN.md): they appear in stored data, exports and the CLI.
 */

import type { Mechanism, Phase } from './toolbox';

export {
  isMechanism,
  isPhase,
  MECHANISMS,
  MECHANISM_LABELS,
  PHASES,
  type Mechanism,
  type Phase,
} from './toolbox';

export const ACTIVITY_TYPES = [
  'training',
  'gastles',
  'bedrijfsbezoek',
  'veranderlab',
  'schoolbezoek',
  'netwerkbijeenkomst',
  'intake',
  'overleg',
  'anders',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Programme targets (OnderwijsAlliantie plan): two veranderlabs per school, three leadership visits a year. */
export const TARGETS = { veranderlabs: 2, leadershipVisitsPerYear: 3 } as const;

export const isActivityType = (v: unknown): v is ActivityType =>
  typeof v === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(v);

/** The fields a coach fills in or corrects on the card. */
export const UPDATE_FIELDS = [
  'schoolId',
  'date',
  'activityType',
  'mechanism',
  'participants',
  'phase',
  'text',
] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

export interface UpdateContent {
  schoolId: string;
  /** YYYY-MM-DD, the day the activity took place (Europe/Amsterdam). */
  date: string;
  activityType: ActivityType;
  mechanism: Mechanism | null;
  participants: number | null;
  phase: Phase | null;
  /** What the coach wrote, always kept. */
  text: string;
}

/** One entry of an update's history: who changed what, when. */
export interface UpdateChange {
  at: string;
  by: string;
  byName: string;
  action: 'created' | 'edited' | 'deleted';
  changes: Partial<Record<UpdateField, { from: string | number | null; to: string | number | null }>>;
}

/** A logged intervention ("update"). Deleting keeps the record and its history, marked deleted. */
export interface InterventionUpdate extends UpdateContent {
  id: string;
  coachId: string;
  coachName: string;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  history: UpdateChange[];
  etag?: string;
}

export interface UpdateQuery {
  /** Inclusive YYYY-MM-DD bounds on the activity date. */
  from?: string;
  to?: string;
  includeDeleted?: boolean;
  /** At most this many, newest activity date first. */
  limit?: number;
}

/** Not-found is undefined; a stale etag or an existing id throws ConflictError. */
export interface UpdateRepository {
  get(schoolId: string, id: string): Promise<InterventionUpdate | undefined>;
  create(update: InterventionUpdate): Promise<InterventionUpdate>;
  replace(update: InterventionUpdate): Promise<InterventionUpdate>;
  listBySchool(schoolId: string, query?: UpdateQuery): Promise<InterventionUpdate[]>;
  listByCoach(coachId: string, query?: UpdateQuery): Promise<InterventionUpdate[]>;
  listAll(query?: UpdateQuery): Promise<InterventionUpdate[]>;
}

/** A coach's reminder pause, until and including `until` (YYYY-MM-DD). */
export interface ReminderPause {
  coachId: string;
  until: string;
  setAt: string;
}

/** The scheduler's own records: the lease, sent reminders and digests, pauses. */
export interface SchedulerRepository {
  /** Takes or renews the lease for `ms`; false when another instance holds it. */
  acquireLease(name: string, holder: string, now: Date, ms: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
  /**
   * Records that `key` (e.g. a coach's reminder) is sent now, unless it was within `minGapMs`: false
   * then, or when another instance claimed it at the same moment. Stored, so it holds across restarts.
   */
  claim(key: string, now: Date, minGapMs: number): Promise<boolean>;
  /** A random secret made once per store and kept there (e.g. for stable export pseudonyms). */
  secret(name: string): Promise<string>;
  getPause(coachId: string): Promise<ReminderPause | undefined>;
  setPause(pause: ReminderPause): Promise<void>;
  clearPause(coachId: string): Promise<void>;
}
