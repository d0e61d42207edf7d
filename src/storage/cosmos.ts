import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { CONTAINERS, type ContainerName } from './containers';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embedded-cosmos';

export interface CosmosConnection {
  client: CosmosClient;
  database: Database;
  containers: Record<ContainerName, Container>;
  /** Set when the bot runs its own embedded store (no COSMOS_ENDPOINT). */
  embedded?: EmbeddedCosmos;
  /** True when the store answers a cheap read. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * One CosmosClient per process. With no endpoint configured, starts the embedded server on
 * loopback with its data under DATA_DIR; otherwise connects to Azure Cosmos DB by key or managed identity.
 */
export async function connectCosmos(cosmos: Config['cosmos'], log: Logger): Promise<CosmosConnection> {
  let embedded: EmbeddedCosmos | undefined;
  let client: CosmosClient;
  // Bound the SDK's own 429 retries so a throttled turn fails fast and clearly instead of hanging.
  const retryOptions = {
    maxRetryAttemptCount: 3,
    fixedRetryIntervalInMilliseconds: 0,
    maxWaitTimeInSeconds: cosmos.maxRetrySeconds,
  };
  if (!cosmos.endpoint) {
    embedded = await startEmbeddedCosmos({ dataDir: path.resolve(cosmos.dataDir, 'cosmos') });
    log.info({ endpoint: embedded.endpoint, dataDir: cosmos.dataDir }, 'embedded Cosmos DB server started');
    client = new CosmosClient({
      endpoint: embedded.endpoint,
      key: embedded.key,
      connectionPolicy: { enableEndpointDiscovery: false, retryOptions, requestTimeout: 10_000 },
    });
  } else if (cosmos.managedIdentity) {
    client = new CosmosClient({
      endpoint: cosmos.endpoint,
      aadCredentials: new DefaultAzureCredential(
        cosmos.managedIdentityClientId ? { managedIdentityClientId: cosmos.managedIdentityClientId } : {},
      ),
      connectionPolicy: { retryOptions, requestTimeout: 10_000 },
    });
  } else {
    client = new CosmosClient({
      endpoint: cosmos.endpoint,
      key: cosmos.key,
      connectionPolicy: { retryOptions, requestTimeout: 10_000 },
    });
  }

  const { database } = await client.databases.createIfNotExists({ id: cosmos.database });
  const containers = {} as Record<ContainerName, Container>;
  for (const [name, def] of Object.entries(CONTAINERS) as [
    ContainerName,
    (typeof CONTAINERS)[ContainerName],
  ][]) {
    const { container } = await database.containers.createIfNotExists({
      id: def.id,
      partitionKey: { paths: [def.partitionKey] },
    });
    containers[name] = container;
  }

  return {
    client,
    database,
    containers,
    embedded,
    async ping() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      client.dispose();
      await embedded?.close();
    },
  };
}
