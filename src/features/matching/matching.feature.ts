import { withJobs, type Feature, type FeatureContext } from '../../bot/feature';
import { createMatchingService, matchingFeature as matchingRoutes } from './matching.handlers';

/**
 * Leermeester-gezel check-ins ("Is dit een goede match?") go out when due; each pair is marked before sending,
 * so a restart or a second process never asks twice.
 */
export const CHECK_IN_JOB = 'matching.check-ins';

export function matchingJobs({ deps, every }: FeatureContext): void {
  const service = createMatchingService(deps);
  every(CHECK_IN_JOB, deps.config.matchingCheckInIntervalMs, () => service.runDueCheckIns());
}

/** The matching feature as the app registers it: the routes (matching.handlers.ts) and the job above. */
export const matchingFeature: Feature = withJobs(matchingRoutes, matchingJobs);
