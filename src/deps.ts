import type { Container } from '@azure/cosmos';
import type { AppDeps } from './bot/feature';
import type { Config } from './config';
import { AccessService } from './domain/access';
import type { Notifier } from './domain/notifier';
import type { Logger } from './logger';
import type { ContainerName } from './storage/containers';
import { CachedSchoolRepository, CosmosSchoolRepository } from './storage/school-repository';
import { CosmosUserRepository } from './storage/user-repository';

export interface DepsParts {
  config: Config;
  log: Logger;
  containers: Record<ContainerName, Container>;
  /** Proactive messages: Teams in the bot, a recorder in tests, nothing from the CLI. */
  notifier: Notifier;
  /** The clock; tests move it. */
  now?: () => Date;
}

/**
 * What every feature shares, built one way for the bot (src/main.ts), the admin CLI and the tests, so they
 * all see the same users, schools and roles. Each feature builds its own repositories from `containers`.
 */
export function buildDeps({ config, log, containers, notifier, now }: DepsParts): AppDeps {
  const users = new CosmosUserRepository(containers.directory);
  // The school list is read on many turns: cached for 10 s, cleared by saves through it.
  const schools = new CachedSchoolRepository(new CosmosSchoolRepository(containers.directory));
  return {
    config,
    log,
    access: new AccessService(users, config.bootstrapBeheerders),
    users,
    schools,
    containers,
    notifier,
    now: now ?? (() => new Date()),
  };
}

/** The CLI cannot reach anyone in Teams: whatever it would announce is left to the bot. */
export const offlineNotifier: Notifier = {
  notify: () => Promise.resolve('unreachable'),
};
