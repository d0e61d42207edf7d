import type { scorePair } from '../../domain/matching';
import type { MatchingRepository, MatchProfile } from '../../domain/matching-records';
import type { Notifier } from '../../domain/notifier';
import type { SchoolRepository, UserRepository } from '../../domain/repositories';
import type { Logger } from '../../logger';

// Types the matching service and its cards share (the cards render what the service computes).

export interface MatchingServiceDeps {
  repo: MatchingRepository;
  schools: SchoolRepository;
  users: UserRepository;
  notifier: Notifier;
  now: () => Date;
  bootstrapBeheerders: readonly string[];
  log: Logger;
}

/** A leermeester proposed to a gezel, with how well they fit. */
export interface Proposal {
  leermeester: MatchProfile;
  fit: ReturnType<typeof scorePair>;
}
