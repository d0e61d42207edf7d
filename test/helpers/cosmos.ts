import { CosmosClient, type Container } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTAINERS, type ContainerName } from '../../src/storage/containers';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos';

let shared: Promise<{ server: EmbeddedCosmos; client: CosmosClient; dir: string }> | undefined;

/** One embedded Cosmos server per test process (real protocol, real SDK); each caller gets a fresh database. */
function server() {
  shared ??= (async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-test-cosmos-'));
    const s = await startEmbeddedCosmos({ dataDir: dir });
    const client = new CosmosClient({
      endpoint: s.endpoint,
      key: s.key,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { server: s, client, dir };
  })();
  return shared;
}

export interface TestDatabase {
  containers: Record<ContainerName, Container>;
  endpoint: string;
  key: string;
  databaseId: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const { server: s, client } = await server();
  const databaseId = `test-${randomUUID().slice(0, 8)}`;
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  const containers = {} as Record<ContainerName, Container>;
  for (const [name, def] of Object.entries(CONTAINERS) as [
    ContainerName,
    { id: string; partitionKey: string },
  ][]) {
    const { container } = await database.containers.createIfNotExists({
      id: def.id,
      partitionKey: { paths: [def.partitionKey] },
    });
    containers[name] = container;
  }
  return {
    containers,
    endpoint: s.endpoint,
    key: s.key,
    databaseId,
    async drop() {
      await database.delete().catch(() => undefined);
    },
  };
}
