import {
  CosmosClient,
  type Container,
  type CosmosClientOptions,
  type Database,
  type PluginConfig,
} from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { CONTAINERS, type ContainerDefinition, type ContainerName } from './containers';
import {
  EmbeddedStoreInUseError,
  startEmbeddedCosmos,
  type EmbeddedCosmos,
  type RunningEmbeddedCosmos,
} from './embedded-cosmos';
import { findRunningEmbeddedCosmos } from './embedded-cosmos-lock';

/** Which store a connection talks to, for operators (no secrets). */
export type StoreInUse =
  | { kind: 'azure'; endpoint: string; database: string; auth: 'key' | 'managed-identity' }
  /** This process started the embedded server and holds its data directory. */
  | { kind: 'embedded'; endpoint: string; database: string; dataDir: string }
  /** Another process (the running bot) holds the data directory; we use its server. */
  | { kind: 'embedded-shared'; endpoint: string; database: string; dataDir: string; ownerPid: number };

export interface ConnectOptions {
  /**
   * When another live process runs the embedded store on DATA_DIR, use its server instead of failing. For
   * short-lived tools next to the running bot; the bot itself must own its store.
   */
  shareRunning?: boolean;
  /**
   * Client plugins (counting operations, injecting faults) for the bench and the tests. Code only: no setting
   * turns these on, so production never runs them.
   */
  plugins?: PluginConfig[];
}

export interface CosmosConnection {
  client: CosmosClient;
  database: Database;
  containers: Record<ContainerName, Container>;
  /** Set when this process runs its own embedded store (no COSMOS_ENDPOINT). */
  embedded?: EmbeddedCosmos;
  store: StoreInUse;
  /** True when the store answers a cheap read. */
  ping(): Promise<boolean>;
  /** Documents per container: a cross-partition query each, so for tools, not for turns. */
  documentCounts(): Promise<Record<ContainerName, number>>;
  close(): Promise<void>;
}

/**
 * One CosmosClient per process. With no endpoint configured, starts the embedded server on
 * loopback with its data under DATA_DIR; otherwise connects to Azure Cosmos DB by key or managed identity.
 */
export async function connectCosmos(
  cosmos: Config['cosmos'],
  log: Logger,
  options: ConnectOptions = {},
): Promise<CosmosConnection> {
  let embedded: EmbeddedCosmos | undefined;
  let client: CosmosClient;
  let store: StoreInUse;
  // Bound the SDK's own 429 retries so a throttled turn fails fast and clearly instead of hanging.
  const retryOptions = {
    maxRetryAttemptCount: 3,
    fixedRetryIntervalInMilliseconds: 0,
    maxWaitTimeInSeconds: cosmos.maxRetrySeconds,
  };
  if (!cosmos.endpoint) {
    const dataDir = path.resolve(cosmos.dataDir, 'cosmos');
    const local = options.shareRunning
      ? await startOrShareEmbedded(dataDir)
      : { own: await startEmbeddedCosmos({ dataDir }) };
    let server: { endpoint: string; key: string };
    if ('own' in local) {
      embedded = server = local.own;
      store = { kind: 'embedded', endpoint: server.endpoint, database: cosmos.database, dataDir };
      log.info({ endpoint: server.endpoint, dataDir: cosmos.dataDir }, 'embedded Cosmos DB server started');
    } else {
      server = local.shared;
      const ownerPid = local.shared.pid;
      store = {
        kind: 'embedded-shared',
        endpoint: server.endpoint,
        database: cosmos.database,
        dataDir,
        ownerPid,
      };
      log.info(
        { endpoint: server.endpoint, ownerPid },
        'using the embedded Cosmos DB server of another process',
      );
    }
    client = new CosmosClient({
      endpoint: server.endpoint,
      key: server.key,
      connectionPolicy: { enableEndpointDiscovery: false, retryOptions, requestTimeout: 10_000 },
      ...withPlugins(options.plugins),
    });
  } else if (cosmos.managedIdentity) {
    store = { kind: 'azure', endpoint: cosmos.endpoint, database: cosmos.database, auth: 'managed-identity' };
    client = new CosmosClient({
      endpoint: cosmos.endpoint,
      aadCredentials: new DefaultAzureCredential(
        cosmos.managedIdentityClientId ? { managedIdentityClientId: cosmos.managedIdentityClientId } : {},
      ),
      connectionPolicy: { retryOptions, requestTimeout: 10_000 },
      ...withPlugins(options.plugins),
    });
  } else {
    store = { kind: 'azure', endpoint: cosmos.endpoint, database: cosmos.database, auth: 'key' };
    client = new CosmosClient({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      connectionPolicy: { retryOptions, requestTimeout: 10_000 },
      ...withPlugins(options.plugins),
    });
  }

  let database: Database;
  const containers = {} as Record<ContainerName, Container>;
  try {
    ({ database } = await client.databases.createIfNotExists({ id: cosmos.database }));
    for (const [name, def] of Object.entries(CONTAINERS) as [ContainerName, ContainerDefinition][]) {
      const { container } = await database.containers.createIfNotExists({
        id: def.id,
        partitionKey: { paths: [def.partitionKey] },
        ...(def.defaultTtlSeconds ? { defaultTtl: def.defaultTtlSeconds } : {}),
      });
      containers[name] = container;
    }
  } catch (err) {
    // Do not leave our own server (and its lock) behind when the caller never gets the connection.
    client.dispose();
    await embedded?.close();
    throw err;
  }

  return {
    client,
    database,
    containers,
    embedded,
    store,
    async ping() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    async documentCounts() {
      const counts = {} as Record<ContainerName, number>;
      for (const [name, container] of Object.entries(containers) as [ContainerName, Container][]) {
        const { resources } = await container.items.query<number>('SELECT VALUE COUNT(1) FROM c').fetchAll();
        counts[name] = resources[0] ?? 0;
      }
      return counts;
    },
    async close() {
      client.dispose();
      await embedded?.close();
    },
  };
}

/**
 * The SDK accepts `plugins` (exported types PluginConfig/PluginOn) but leaves the option out of its public
 * CosmosClientOptions type.
 */
function withPlugins(plugins: PluginConfig[] | undefined): Partial<CosmosClientOptions> {
  return plugins && plugins.length > 0 ? ({ plugins } as Partial<CosmosClientOptions>) : {};
}

/**
 * Starts our own server on dataDir, or, when a live process holds it, uses the server that process published. A
 * holder that has not published yet (still starting) gets a few seconds; one that never does (an older version)
 * gets the lock's own error.
 */
async function startOrShareEmbedded(
  dataDir: string,
): Promise<{ own: EmbeddedCosmos } | { shared: RunningEmbeddedCosmos }> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const running = findRunningEmbeddedCosmos(dataDir);
    if (running) return { shared: running };
    try {
      return { own: await startEmbeddedCosmos({ dataDir }) };
    } catch (err) {
      if (!(err instanceof EmbeddedStoreInUseError)) throw err;
      if (Date.now() >= deadline) {
        throw new Error(
          `the embedded store in ${dataDir} is in use by process ${err.ownerPid ?? 'unknown'}, which does not share ` +
            'its endpoint (an older version?); stop that process or set COSMOS_ENDPOINT',
          { cause: err },
        );
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
