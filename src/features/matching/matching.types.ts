import type { scorePair } from '../../domain/matching';
import type {
  MatchingRepository,
  MatchProfile,
  MatchRecord,
  MatchSettings,
} from '../../domain/matching-records';
import type { Notification, Notifier } from '../../domain/notifier';
import type { SchoolRepository, UserRepository } from '../../domain/repositories';
import type { Locale, Translate } from '../../i18n';
import type { Logger } from '../../logger';

/** A leermeester proposed to a gezel, with the fit per criterion that explains it. */
export interface Proposal {
  leermeester: MatchProfile;
  fit: ReturnType<typeof scorePair>;
}

export interface MatchingServiceDeps {
  repo: MatchingRepository;
  schools: SchoolRepository;
  users: UserRepository;
  notifier: Notifier;
  now: () => Date;
  bootstrapBeheerders: readonly string[];
  log: Logger;
}

/** The steps every part of matching shares (MatchingService has them): a pair opened, asked, told, ended. */
export interface PairSteps {
  settings(): Promise<MatchSettings>;
  openMatch(match: MatchRecord): Promise<MatchRecord>;
  sendRequest(match: MatchRecord): Promise<void>;
  notify(to: string, build: (t: Translate, locale: Locale) => Notification): Promise<void>;
  loadMatch(raw: unknown): Promise<MatchRecord>;
  exclude(match: MatchRecord, reason: 'declined' | 'rejected' | 'checkin'): Promise<void>;
}
