import type { Container } from '@azure/cosmos';
import type { AppDeps } from './bot/feature';
import { JobRunner } from './bot/jobs';
import type { Config } from './config';
import { AccessService } from './domain/access';
import type { ConversationReferenceRepository, Notifier } from './domain/notifier';
import type { Logger } from './logger';
import type { ContainerName } from './storage/containers';
import { CosmosConversationReferenceRepository } from './storage/conversation-reference-repository';
import type { ConnectOptions, CosmosConnection } from './storage/cosmos';
import { CachedSchoolRepository, CosmosSchoolRepository } from './storage/school-repository';
import { CosmosUserRepository } from './storage/user-repository';

export interface DepsInput<N extends Notifier> {
  config: Config;
  log: Logger;
  /** Every container: from connectCosmos (main, CLI) or a test's fresh database. */
  containers: Record<ContainerName, Container>;
  /** Proactive sends, given where people were last seen: Teams in main, a recording one in tests. */
  notifier: (conversations: ConversationReferenceRepository) => N;
  /** Default: the real clock. Tests pass their own. */
  now?: () => Date;
}

/** For processes that never message anyone (the CLI): every person counts as unreachable. */
export const silentNotifier: Notifier = { notify: () => Promise.resolve('unreachable') };

/**
 * The shared dependencies every process builds the same way (the bot, the CLI, the tests): the repositories of
 * people and schools, access, the notifier, the clock and the job runner. A feature builds its own
 * repositories from `containers` (src/features/<name>/*-repository.ts).
 */
export function buildDeps<N extends Notifier>(input: DepsInput<N>): AppDeps & { notifier: N } {
  const { config, log, containers } = input;
  const users = new CosmosUserRepository(containers.directory);
  return {
    config,
    log,
    access: new AccessService(users, config.bootstrapBeheerders),
    users,
    // The school list is cached (saves through it clear the cache; see CachedSchoolRepository).
    schools: new CachedSchoolRepository(new CosmosSchoolRepository(containers.directory)),
    containers,
    notifier: input.notifier(new CosmosConversationReferenceRepository(containers.directory)),
    now: input.now ?? (() => new Date()),
    jobs: new JobRunner(log),
  };
}

/**
 * config → Cosmos → buildDeps(). The Cosmos and Azure identity SDKs are loaded here, on first use, so a CLI
 * command that needs no store does not wait for them.
 */
export async function connectDeps<N extends Notifier>(
  input: Omit<DepsInput<N>, 'containers'> & { cosmos?: ConnectOptions },
): Promise<{ deps: AppDeps & { notifier: N }; cosmos: CosmosConnection }> {
  const { connectCosmos } = await import('./storage/cosmos');
  const cosmos = await connectCosmos(input.config.cosmos, input.log, input.cosmos);
  return { cosmos, deps: buildDeps({ ...input, containers: cosmos.containers }) };
}
