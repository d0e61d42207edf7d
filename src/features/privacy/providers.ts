import { PersonalDataRegistry } from '../../domain/personal-data';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from '../logboek/logboek-repository';
import { CosmosMatchingRepository } from '../matching/matching-repository';
import { authorshipData, chatData, profileData, type PersonalDataDeps } from './core-data';
import { logboekData, matchingData, mentionsIn } from './job-data';

/**
 * Every store of personal data, for "mijn gegevens", "verwijder mijn gegevens" and the CLI. A feature that keeps
 * anything tied to a person (drafts, updates, profiles) adds its provider to this list.
 */
export function personalDataRegistry(deps: PersonalDataDeps): PersonalDataRegistry {
  return new PersonalDataRegistry([
    profileData(deps),
    chatData(deps),
    authorshipData(deps),
    logboekData(
      new CosmosUpdateRepository(deps.containers.logboek),
      new CosmosSchedulerRepository(deps.containers.scheduler),
    ),
    matchingData(new CosmosMatchingRepository(deps.containers.matching)),
    mentionsIn(
      'aanmelding',
      'privacy.aanmelding.title',
      'privacy.aanmelding.lines',
      deps.containers.applications,
    ),
    mentionsIn('faq', 'privacy.faq.title', 'privacy.faq.lines', deps.containers.faq),
  ]);
}

export type { PersonalDataDeps };
