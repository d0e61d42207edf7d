import type { GezelCandidate, LeermeesterCandidate, MatchCandidate, PairScore, Weights } from './matching';
import type { UnmatchedReason } from './matching-solver';

/** A school leader's matching profile; id = their Entra ID object id (lower case). */
export interface MatchProfile extends MatchCandidate {
  asLeermeester: boolean;
  asGezel: boolean;
  /** Gezellen at a time (1–5); only used when asLeermeester. */
  capacity: number;
  /** A leermeester who is not available now gets no new gezellen. */
  available: boolean;
  /** Paused: not proposed as leermeester, not included as gezel in a round. */
  paused: boolean;
  /** After a check-in "nee": this gezel comes first in the next round. */
  priority?: boolean;
  updatedAt: string;
  etag?: string;
}

/**
 * A pair from request to end:
 * requested → accepted (waiting for the makelaar) → active → ended,
 * or declined / withdrawn / full (no room at accept) / rejected (by the makelaar).
 */
export type MatchStatus =
  'requested' | 'accepted' | 'active' | 'declined' | 'withdrawn' | 'full' | 'rejected' | 'ended';

export const OPEN_STATUSES: readonly MatchStatus[] = ['requested', 'accepted'];
/** Statuses that hold one of the leermeester's places. */
export const SEAT_STATUSES: readonly MatchStatus[] = ['accepted', 'active'];

export type CheckInAnswer = 'ja' | 'nee';

export interface MatchRecord {
  id: string;
  gezelId: string;
  leermeesterId: string;
  /** Snapshots at the time of the request, so the explanation stays what the people saw. */
  gezel: MatchCandidate;
  leermeester: MatchCandidate;
  fit: PairScore;
  status: MatchStatus;
  source: 'request' | 'round';
  roundId?: string;
  /** The gezel had priority after an earlier "nee". */
  priority?: boolean;
  createdAt: string;
  decidedAt?: string;
  declineReason?: string;
  approvedBy?: string;
  activeSince?: string;
  checkInDueAt?: string;
  checkInSentAt?: string;
  answers?: { gezel?: CheckInAnswer; leermeester?: CheckInAnswer };
  endedAt?: string;
  etag?: string;
}

export type ExclusionReason = 'declined' | 'rejected' | 'checkin' | 'beheerder';

export interface MatchExclusion {
  gezelId: string;
  leermeesterId: string;
  reason: ExclusionReason;
  at: string;
}

export interface MatchSettings {
  weights: Weights;
  /** The makelaar approves a pair after both said yes (on by default). */
  approvalRequired: boolean;
  /** Weeks after the start when both are asked "Is dit een goede match?". */
  checkInWeeks: number;
  updatedAt?: string;
  updatedBy?: string;
  etag?: string;
}

export const DEFAULT_CHECK_IN_WEEKS = 6;

/** A proposed cohort round the beheerder reviews before publishing; each change is a new version. */
export interface RoundDraft {
  id: string;
  version: number;
  status: 'draft' | 'published';
  createdBy: string;
  createdAt: string;
  /** Pairs the beheerder took out; the next run treats them as excluded. */
  removed: { gezel: string; leermeester: string }[];
  pairs: { gezel: GezelCandidate; leermeester: LeermeesterCandidate; fit: PairScore }[];
  unmatched: { gezel: GezelCandidate; reason: UnmatchedReason }[];
  stats: { gezellen: number; leermeesters: number; places: number; matched: number; totalScore: number };
  publishedAt?: string;
  etag?: string;
}

/** Matching data access; not-found is undefined, a lost race is a ConflictError. */
export interface MatchingRepository {
  getProfile(id: string): Promise<MatchProfile | undefined>;
  listProfiles(): Promise<MatchProfile[]>;
  saveProfile(profile: MatchProfile): Promise<MatchProfile>;
  /** Restores a profile to an earlier state (undefined = did not exist); used to undo a failed import. */
  restoreProfile(id: string, previous: MatchProfile | undefined): Promise<void>;

  getMatch(id: string): Promise<MatchRecord | undefined>;
  createMatch(match: MatchRecord): Promise<MatchRecord>;
  /** Replaces when the etag still matches (ConflictError otherwise). */
  saveMatch(match: MatchRecord): Promise<MatchRecord>;
  listMatches(filter?: { personId?: string; statuses?: readonly MatchStatus[] }): Promise<MatchRecord[]>;

  /** The gezel's one open request or active pair: created only when none exists (ConflictError otherwise). */
  claimGezel(gezelId: string, matchId: string): Promise<void>;
  gezelClaim(gezelId: string): Promise<string | undefined>;
  releaseGezel(gezelId: string, matchId: string): Promise<void>;

  /** Match ids holding a leermeester's places. */
  seats(leermeesterId: string): Promise<{ matchIds: string[]; etag?: string }>;
  /** Adds a match id to the places when there is still room; false when full. Safe under races. */
  takeSeat(leermeesterId: string, matchId: string, capacity: number): Promise<boolean>;
  releaseSeat(leermeesterId: string, matchId: string): Promise<void>;
  /** Places taken per leermeester. */
  allSeats(): Promise<Map<string, number>>;

  addExclusion(exclusion: MatchExclusion): Promise<void>;
  listExclusions(): Promise<MatchExclusion[]>;

  getSettings(): Promise<MatchSettings | undefined>;
  saveSettings(settings: MatchSettings): Promise<MatchSettings>;

  getRound(id: string): Promise<RoundDraft | undefined>;
  saveRound(round: RoundDraft): Promise<RoundDraft>;
}

export const toLeermeester = (p: MatchProfile): LeermeesterCandidate => ({
  ...candidateOf(p),
  capacity: p.capacity,
});

export const toGezel = (p: MatchProfile): GezelCandidate =>
  p.priority ? { ...candidateOf(p), priority: true } : candidateOf(p);

export function candidateOf(p: MatchCandidate): MatchCandidate {
  return {
    id: p.id,
    name: p.name,
    school: p.school,
    board: p.board,
    region: p.region,
    schoolType: p.schoolType,
    themes: p.themes,
    phase: p.phase,
  };
}
