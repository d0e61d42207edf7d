import { PersonalDataRegistry } from '../../domain/personal-data';
import { authorshipData, chatData, profileData, type PersonalDataDeps } from './core-data';

/**
 * Every store of personal data, for "mijn gegevens", "verwijder mijn gegevens" and the CLI. A feature that keeps
 * anything tied to a person (drafts, updates, profiles) adds its provider to this list.
 */
export function personalDataRegistry(deps: PersonalDataDeps): PersonalDataRegistry {
  return new PersonalDataRegistry([profileData(deps), chatData(deps), authorshipData(deps)]);
}

export type { PersonalDataDeps };
