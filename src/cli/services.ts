import { readFile } from 'node:fs/promises';
import { loadConfig, type Config } from '../config';
import { connectDeps, silentNotifier } from '../deps';
import { AdminService } from '../features/admin/admin.service';
import { personalDataRegistry } from '../features/privacy/providers';
import { purgeConversationState } from '../storage/bot-state-storage';
import { FaqRepository } from '../features/faq/faq-repository';
import { CosmosMatchingRepository } from '../features/matching/matching-repository';
import { createLogger } from '../logger';
import type { CosmosConnection, StoreInUse } from '../storage/cosmos';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from '../features/logboek/logboek-repository';
import type { CliDeps, CliIo, CliStore } from './context';

/** Only the origin: an endpoint URL could carry credentials in its user info or query. */
export function safeEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return '(not a URL)';
  }
}

/** For operators: which store a command used (never a key). */
export function describeStore(store: StoreInUse): string {
  const endpoint = safeEndpoint(store.endpoint);
  switch (store.kind) {
    case 'embedded':
      return `embedded store on ${store.dataDir}, opened by this command (${endpoint})`;
    case 'embedded-shared':
      return `embedded store of the running bot (process ${store.ownerPid}) at ${endpoint}`;
    case 'azure':
      return `Azure Cosmos DB ${endpoint} (${store.auth})`;
  }
}

/**
 * The real wiring: configuration from `env`, the store from connectCosmos with `shareRunning`, so a command
 * works next to a running bot that holds the embedded store.
 */
export function createCliDeps(env: NodeJS.ProcessEnv, io: CliIo): CliDeps & { close(): Promise<void> } {
  let config: Config | undefined;
  let connecting: Promise<{ connection: CosmosConnection; store: CliStore }> | undefined;
  const getConfig = (): Config => (config ??= loadConfig(env));

  const connect = async (): Promise<{ connection: CosmosConnection; store: CliStore }> => {
    // Silent: pino writes to stdout, which belongs to the command's output.
    // Loaded on first use: the Cosmos and Azure identity SDKs take a second to load, and commands
    // that need no store (`match`, `--help`) should not wait for them.
    const config = getConfig();
    const { deps, cosmos: connection } = await connectDeps({
      config,
      log: createLogger('silent'),
      cosmos: { shareRunning: true },
      notifier: () => silentNotifier,
    });
    io.stderr(`store: ${describeStore(connection.store)}, database "${connection.store.database}"\n`);
    const { users, schools } = deps;
    return {
      connection,
      store: {
        store: connection.store,
        users,
        schools,
        admin: new AdminService(users, schools),
        faq: new FaqRepository(connection.containers.faq),
        matching: new CosmosMatchingRepository(connection.containers.matching),
        ping: () => connection.ping(),
        documentCounts: () => connection.documentCounts(),
        personalData: personalDataRegistry({ containers: connection.containers, timeZone: config.timeZone }),
        purgeConversationState: (cutoff, opts) =>
          purgeConversationState(connection.containers.botstate, cutoff, opts),
        containers: connection.containers,
        logboek: {
          updates: new CosmosUpdateRepository(connection.containers.logboek),
          scheduler: new CosmosSchedulerRepository(connection.containers.scheduler),
        },
      },
    };
  };

  return {
    io,
    config: getConfig,
    async store() {
      connecting ??= connect();
      return (await connecting).store;
    },
    readFile: (file) => readFile(file, 'utf8'),
    async close() {
      const opened = await connecting?.catch(() => undefined);
      await opened?.connection.close();
    },
  };
}
