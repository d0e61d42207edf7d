/**
 * Cosmos client plugins for the bench and the tests (never wired from configuration): one counts what the bot
 * asks of Cosmos, the other makes Cosmos fail the way Azure does (429, 503, timeouts, dropped connections).
 * Both run per network request, inside the SDK's own retries, so a throttled request that the SDK retries
 * counts (and may fail) once per attempt, as on Azure.
 */
import type { PluginConfig, RequestContext, Response } from '@azure/cosmos';
import { prng } from '../../bench/matching';

export type OpKind = 'read' | 'write' | 'query' | 'other';

export interface OpCounts {
  read: number;
  write: number;
  query: number;
  /** Metadata: databases, containers, partition key ranges. */
  other: number;
  /** Per container id and kind, e.g. `botstate.read`. */
  byContainer: Record<string, number>;
}

const WRITES = new Set(['create', 'replace', 'upsert', 'delete', 'patch', 'batch']);

const isDocs = (ctx: RequestContext): boolean => String(ctx.resourceType) === 'docs';

function kindOf(ctx: RequestContext): OpKind {
  const op = String(ctx.operationType ?? '');
  if (!isDocs(ctx)) return 'other';
  if (op === 'query') return 'query';
  if (op === 'read') return 'read';
  if (WRITES.has(op)) return 'write';
  return 'other';
}

/** `dbs/<db>/colls/<container>/docs/...` → container id. */
function containerOf(ctx: RequestContext): string {
  const m = /(?:^|\/)colls\/([^/]+)/.exec(ctx.resourceId ?? ctx.path ?? '');
  return m?.[1] ?? '-';
}

const empty = (): OpCounts => ({ read: 0, write: 0, query: 0, other: 0, byContainer: {} });

/** Counts requests by kind; `snapshot()` and `since()` give the operations of one stretch of work. */
export class OpCounter {
  private counts = empty();

  readonly plugin: PluginConfig = {
    on: 'request',
    plugin: async (ctx, diagnosticNode, next) => {
      const kind = kindOf(ctx);
      this.counts[kind]++;
      if (kind !== 'other') {
        const key = `${containerOf(ctx)}.${kind}`;
        this.counts.byContainer[key] = (this.counts.byContainer[key] ?? 0) + 1;
      }
      return next(ctx);
    },
  };

  snapshot(): OpCounts {
    return { ...this.counts, byContainer: { ...this.counts.byContainer } };
  }

  since(before: OpCounts): OpCounts {
    const now = this.snapshot();
    const byContainer: Record<string, number> = {};
    for (const [k, v] of Object.entries(now.byContainer)) {
      const d = v - (before.byContainer[k] ?? 0);
      if (d !== 0) byContainer[k] = d;
    }
    return {
      read: now.read - before.read,
      write: now.write - before.write,
      query: now.query - before.query,
      other: now.other - before.other,
      byContainer,
    };
  }
}

export type FaultKind = '429' | '503' | 'timeout' | 'drop' | 'drop-after-write';
export const FAULT_KINDS: readonly FaultKind[] = ['429', '503', 'timeout', 'drop', 'drop-after-write'];

export interface FaultPlan {
  /** Share of document requests that fail, 0..1; 1 = Cosmos is down. */
  rate: number;
  kinds: readonly FaultKind[];
  /** How long a "timeout" hangs before the client gives up (the real client waits requestTimeout). */
  timeoutMs?: number;
  /** Only requests to these containers fail; all when absent. */
  containers?: readonly string[];
}

class InjectedCosmosError extends Error {
  constructor(
    message: string,
    readonly code: number | string,
    readonly headers: Record<string, string> = {},
    readonly retryAfterInMs?: number,
  ) {
    super(message);
    this.name = typeof code === 'number' ? 'ErrorResponse' : 'RestError';
  }
}

/**
 * Fails document requests according to the current plan (off by default). Metadata requests pass, so the
 * client keeps its caches, like a real throttled or flapping account.
 */
export class FaultInjector {
  private plan: FaultPlan = { rate: 0, kinds: [] };
  private readonly random: () => number;
  readonly injected: Record<FaultKind, number> = {
    '429': 0,
    '503': 0,
    timeout: 0,
    drop: 0,
    'drop-after-write': 0,
  };

  constructor(seed = 7) {
    this.random = prng(seed);
  }

  set(plan: FaultPlan): void {
    this.plan = plan;
  }

  off(): void {
    this.plan = { rate: 0, kinds: [] };
  }

  get total(): number {
    return Object.values(this.injected).reduce((a, b) => a + b, 0);
  }

  readonly plugin: PluginConfig = {
    on: 'request',
    plugin: async <T>(
      ctx: RequestContext,
      _diagnosticNode: unknown,
      next: (c: RequestContext) => Promise<Response<T>>,
    ): Promise<Response<T>> => {
      const { rate, kinds, containers } = this.plan;
      const eligible =
        rate > 0 && kinds.length > 0 && isDocs(ctx) && (!containers || containers.includes(containerOf(ctx)));
      if (!eligible || this.random() >= rate) return next(ctx);
      const kind = kinds[Math.floor(this.random() * kinds.length)]!;
      const isWrite = ctx.operationType !== undefined && WRITES.has(ctx.operationType);
      // A dropped connection after the server applied the write only makes sense for writes.
      const effective: FaultKind = kind === 'drop-after-write' && !isWrite ? 'drop' : kind;
      this.injected[effective]++;
      switch (effective) {
        case '429':
          throw new InjectedCosmosError(
            'Request rate is large (injected)',
            429,
            {
              'x-ms-retry-after-ms': '5',
            },
            5,
          );
        case '503':
          throw new InjectedCosmosError('Service unavailable (injected)', 503);
        case 'timeout':
          await new Promise((r) => setTimeout(r, this.plan.timeoutMs ?? 50));
          throw new InjectedCosmosError('Timeout Error! (injected)', 'TimeoutError');
        case 'drop':
          throw new InjectedCosmosError('socket hang up (injected)', 'ECONNRESET');
        case 'drop-after-write': {
          await next(ctx);
          throw new InjectedCosmosError('socket hang up after the write (injected)', 'ECONNRESET');
        }
      }
    },
  };
}
