import type { PluginConfig } from '@azure/cosmos';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage, TurnContext } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { AppDeps } from './bot/feature';
import { loadConfig, type Config } from './config';
import { TeamsNotifier } from './bot/proactive';
import { AccessService } from './domain/access';
import { createMatchingService } from './features/matching/matching.handlers';
import { createLogger, type Logger } from './logger';
import { createAdapter, createServer } from './server';
import { CosmosBotStorage } from './storage/bot-state-storage';
import { CosmosConversationReferenceRepository } from './storage/conversation-reference-repository';
import { connectCosmos, type CosmosConnection } from './storage/cosmos';
import { CachedSchoolRepository, CosmosSchoolRepository } from './storage/school-repository';
import { CosmosUserRepository } from './storage/user-repository';
import { LogboekScheduler } from './features/logboek/scheduler';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from './features/logboek/logboek-repository';

export interface RunningBot {
  config: Config;
  log: Logger;
  cosmos: CosmosConnection;
  notifier: TeamsNotifier;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  close(): Promise<void>;
}

/** For the bench and the tests only; production starts with none of these (src/index.ts). */
export interface StartOptions {
  /** Cosmos client plugins: operation counters, fault injection. */
  cosmosPlugins?: PluginConfig[];
  /**
   * Another turn handler on the same adapter, storage and HTTP server instead of Kansenwijzer's app: the
   * bench's echo baseline.
   */
  turnHandler?: (parts: {
    deps: AppDeps;
    storage: Storage;
    adapter: TeamsAdapter;
  }) => (context: TurnContext) => Promise<void>;
}

/** The composition root: config → store → services → app → HTTP. */
export async function startBot(
  env: NodeJS.ProcessEnv = process.env,
  logger?: Logger,
  options: StartOptions = {},
): Promise<RunningBot> {
  const config = loadConfig(env);
  const log = logger ?? createLogger(config.logLevel);
  if (!config.bot.authenticated) {
    log.warn(
      { host: config.http.host },
      'local mode: no MicrosoftAppId, so requests are not authenticated; listening on loopback only',
    );
  }

  const cosmos = await connectCosmos(config.cosmos, log, { plugins: options.cosmosPlugins });
  const users = new CosmosUserRepository(cosmos.containers.directory);
  const schools = new CachedSchoolRepository(new CosmosSchoolRepository(cosmos.containers.directory));
  const access = new AccessService(users, config.bootstrapBeheerders);
  const adapter = createAdapter(config);
  const notifier = new TeamsNotifier(
    adapter,
    config.bot.appId,
    new CosmosConversationReferenceRepository(cosmos.containers.directory),
    log,
    config.defaultLocale,
  );
  const deps: AppDeps = {
    config,
    log,
    access,
    users,
    schools,
    containers: cosmos.containers,
    notifier,
    now: () => new Date(),
  };
  const storage = new CosmosBotStorage(cosmos.containers.botstate);
  const kansenwijzer = options.turnHandler
    ? undefined
    : createApp({
        deps,
        storage,
        adapter,
        onActivity: (context) => notifier.remember(context, !config.bot.authenticated),
      });
  const handleTurn = kansenwijzer?.handleTurn ?? options.turnHandler!({ deps, storage, adapter });
  // Warm up before listening (the FAQ loads its knowledge base); failures are logged and retried on use.
  await kansenwijzer?.start();

  // Reminders and the weekly digest; every instance runs one, the lease makes one of them send.
  const scheduler = new LogboekScheduler(
    {
      updates: new CosmosUpdateRepository(cosmos.containers.logboek),
      scheduler: new CosmosSchedulerRepository(cosmos.containers.scheduler),
      users,
      schools,
      notifier,
      bootstrapBeheerders: config.bootstrapBeheerders,
      now: () => new Date(),
      log,
    },
    {
      reminderDays: config.logboek.reminderDays,
      workHours: config.logboek.workHours,
      timeZone: config.timeZone,
      sendGapMs: 250,
      leaseMs: config.logboek.intervalSeconds * 2 * 1000,
    },
  );

  const server = createServer(adapter, { config, log, handleTurn, storeHealthy: () => cosmos.ping() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const address: AddressInfo = server.address();
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log.info({ url, messages: `${url}/api/messages` }, 'Kansenwijzer is listening');
  if (config.logboek.scheduler) scheduler.start(config.logboek.intervalSeconds * 1000);

  // Leermeester-gezel check-ins ("Is dit een goede match?") go out when due; each pair is marked
  // before sending, so a restart or a second process never asks twice.
  const matching = createMatchingService(deps);
  const checkIns = setInterval(() => {
    matching.runDueCheckIns().catch((err: unknown) => log.warn({ err }, 'check-in run failed'));
  }, config.matchingCheckInIntervalMs);
  checkIns.unref();

  let closing: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    await scheduler.stop();
    clearInterval(checkIns);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    await cosmos.close();
  };
  return {
    config,
    log,
    cosmos,
    notifier,
    url,
    close(): Promise<void> {
      closing ??= stop();
      return closing;
    },
  };
}
