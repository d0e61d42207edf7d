import type { scorePair } from '../../domain/matching';
import type { MatchProfile } from '../../domain/matching-records';

/** A leermeester proposed to a gezel, with the fit per criterion that explains it. */
export interface Proposal {
  leermeester: MatchProfile;
  fit: ReturnType<typeof scorePair>;
}
