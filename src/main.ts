import type { PluginConfig } from '@azure/cosmos';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage, TurnContext } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { AppDeps } from './bot/feature';
import { connectDeps } from './deps';
import { loadConfig, type Config } from './config';
import { TeamsNotifier } from './bot/proactive';
import { createLogger, type Logger } from './logger';
import { createAdapter, createServer } from './server';
import { CosmosBotStorage } from './storage/bot-state-storage';
import type { CosmosConnection } from './storage/cosmos';

export interface RunningBot {
  config: Config;
  log: Logger;
  cosmos: CosmosConnection;
  /** What the app was built with (buildDeps); tests act on the store as the bot does. */
  deps: AppDeps;
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

/** The composition root: config → buildDeps (store, repositories) → app and its jobs → HTTP. */
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

  const adapter = createAdapter(config);
  const { deps, cosmos } = await connectDeps({
    config,
    log,
    cosmos: { plugins: options.cosmosPlugins },
    notifier: (conversations) =>
      new TeamsNotifier(adapter, config.bot.appId, conversations, log, config.defaultLocale),
  });
  const { notifier } = deps;
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

  const server = createServer(adapter, { config, log, handleTurn, storeHealthy: () => cosmos.ping() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const address: AddressInfo = server.address();
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log.info({ url, messages: `${url}/api/messages` }, 'Kansenwijzer is listening');
  // The features' background jobs (logboek reminders, matching check-ins): only once the bot answers.
  deps.jobs.start();

  let closing: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    await deps.jobs.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    await cosmos.close();
  };
  return {
    config,
    log,
    cosmos,
    deps,
    notifier,
    url,
    close(): Promise<void> {
      closing ??= stop();
      return closing;
    },
  };
}
