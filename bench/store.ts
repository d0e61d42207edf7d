/**
 * How far the embedded Cosmos store goes: point-read and query latency, snapshot size and process
 * memory at 1k, 10k and 30k documents. Counts operations, not RU (the local server reports 1 RU).
 */
import { CosmosClient } from '@azure/cosmos';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedCosmos } from '../src/storage/embedded-cosmos';

export const title = 'Embedded Cosmos store: latency and memory by size';

/** The q-quantile (0–1) of measured values. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-bench-store-'));
  const server = await startEmbeddedCosmos({ dataDir: dir });
  const client = new CosmosClient({
    endpoint: server.endpoint,
    key: server.key,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const { database } = await client.databases.createIfNotExists({ id: 'bench' });
  const { container } = await database.containers.createIfNotExists({
    id: 'docs',
    partitionKey: { paths: ['/pk'] },
  });
  const out: Record<string, number | string> = {};
  const rssBefore = process.memoryUsage().rss;
  let count = 0;
  const text = 'gisteren 24 studenten op bedrijfsbezoek bij een bouwbedrijf in Rotterdam '.repeat(4);
  for (const target of [1_000, 10_000, 30_000]) {
    while (count < target) {
      const batch = [];
      for (let i = 0; i < 50 && count < target; i++, count++) {
        batch.push(
          container.items.create({
            id: `d${count}`,
            pk: `school-${count % 40}`,
            n: count,
            text,
            at: new Date().toISOString(),
          }),
        );
      }
      await Promise.all(batch);
    }
    const reads: number[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `d${Math.floor(Math.random() * count)}`;
      const n = Number(id.slice(1));
      const t = performance.now();
      await container.item(id, `school-${n % 40}`).read();
      reads.push(performance.now() - t);
    }
    const queries: number[] = [];
    const queryRuns = target >= 30_000 ? 3 : 10;
    for (let i = 0; i < queryRuns; i++) {
      const t = performance.now();
      await container.items
        .query({
          query: 'SELECT TOP 10 * FROM c WHERE c.pk = @pk ORDER BY c.n DESC',
          parameters: [{ name: '@pk', value: `school-${i}` }],
        })
        .fetchAll();
      queries.push(performance.now() - t);
    }
    const k = `${target / 1000}k`;
    out[`${k} docs: point read p50 (ms)`] = percentile(reads, 0.5);
    out[`${k} docs: point read p95 (ms)`] = percentile(reads, 0.95);
    out[`${k} docs: partition query p50 (ms)`] = percentile(queries, 0.5);
    out[`${k} docs: RSS growth (MB)`] = (process.memoryUsage().rss - rssBefore) / 1e6;
  }
  await server.close();
  out['30k docs: snapshot on disk (MB)'] = statSync(path.join(dir, 'snapshot.jsonl')).size / 1e6;
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
  return out;
}
