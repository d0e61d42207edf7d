import type { Command } from 'commander';
import type { Config } from '../../config';
import { CONTAINERS } from '../../storage/containers';
import type { StoreInUse } from '../../storage/cosmos';
import { CliError, errorText, Output, type CliDeps, type CommandGroup } from '../context';
import { describeStore, safeEndpoint } from '../services';

/** What the configuration says, without a single secret (passwords and keys only as "set"). */
function configSummary(config: Config) {
  const { bot, cosmos } = config;
  return {
    bot: {
      authenticated: bot.authenticated,
      appId: bot.appId || null,
      appType: bot.appType,
      tenantId: bot.tenantId || null,
      passwordSet: bot.appPassword !== '',
    },
    http: { host: config.http.host, port: config.http.port },
    cosmos: {
      store: cosmos.endpoint ? 'azure' : 'embedded',
      endpoint: cosmos.endpoint ? safeEndpoint(cosmos.endpoint) : null,
      auth: cosmos.endpoint ? (cosmos.managedIdentity ? 'managed-identity' : 'key') : null,
      keySet: Boolean(cosmos.key),
      database: cosmos.database,
      dataDir: cosmos.endpoint ? null : cosmos.dataDir,
    },
    allowedTenantIds: config.allowedTenantIds,
    bootstrapBeheerders: config.bootstrapBeheerders.length,
    logLevel: config.logLevel,
    defaultLocale: config.defaultLocale,
    timeZone: config.timeZone,
  };
}

interface StoreReport {
  answers: boolean;
  kind: StoreInUse['kind'] | null;
  endpoint: string | null;
  ownerPid: number | null;
  /** The same words as the "store: …" line on stderr. */
  used: string | null;
  database: string;
  containers: string[];
  /** Per container, for the embedded store only (a count costs request units on Azure). */
  documents: Record<string, number> | null;
  problem: string | null;
}

async function checkStore(deps: CliDeps, config: Config): Promise<StoreReport> {
  const report: StoreReport = {
    answers: false,
    kind: null,
    endpoint: null,
    ownerPid: null,
    used: null,
    database: config.cosmos.database,
    containers: Object.values(CONTAINERS).map((c) => c.id),
    documents: null,
    problem: null,
  };
  try {
    const store = await deps.store();
    report.kind = store.store.kind;
    report.endpoint = safeEndpoint(store.store.endpoint);
    report.ownerPid = store.store.kind === 'embedded-shared' ? store.store.ownerPid : null;
    report.used = describeStore(store.store);
    report.answers = await store.ping();
    if (!report.answers) report.problem = 'the database could not be read';
    else if (store.store.kind !== 'azure') report.documents = await store.documentCounts();
  } catch (err) {
    report.problem = errorText(err);
  }
  return report;
}

function printHuman(out: Output, summary: ReturnType<typeof configSummary>, store: StoreReport): void {
  const { bot, cosmos } = summary;
  out.fields('Configuration', [
    [
      'bot',
      bot.authenticated
        ? `${bot.appType} app ${bot.appId ?? ''}${bot.tenantId ? `, tenant ${bot.tenantId}` : ''}, password ${bot.passwordSet ? 'set' : 'not set'}`
        : 'local mode: no MicrosoftAppId, so requests are not authenticated (loopback only)',
    ],
    ['http', `${summary.http.host}:${summary.http.port}`],
    [
      'store',
      cosmos.store === 'azure'
        ? `Azure Cosmos DB ${cosmos.endpoint ?? ''} (${cosmos.auth ?? ''}${cosmos.auth === 'key' ? `, key ${cosmos.keySet ? 'set' : 'not set'}` : ''})`
        : `embedded, data under ${cosmos.dataDir ?? ''}`,
    ],
    ['database', cosmos.database],
    [
      'tenants',
      summary.allowedTenantIds.length > 0 ? summary.allowedTenantIds.join(', ') : 'any (none configured)',
    ],
    ['beheerders', `${summary.bootstrapBeheerders} from BOOTSTRAP_BEHEERDERS`],
    ['locale', `${summary.defaultLocale}, ${summary.timeZone}; log level ${summary.logLevel}`],
  ]);
  out.line();
  out.fields('Store', [
    ['answers', store.answers ? 'yes' : `NO: ${store.problem ?? 'unknown problem'}`],
    ['used', store.used ?? '-'],
    ['database', store.database],
    ['containers', store.containers.join(', ')],
    [
      'documents',
      store.documents
        ? Object.entries(store.documents)
            .map(([name, n]) => `${name} ${n}`)
            .join(', ')
        : '-',
    ],
  ]);
}

async function healthAction(deps: CliDeps, out: Output): Promise<void> {
  const config = deps.config();
  const summary = configSummary(config);
  const store = await checkStore(deps, config);
  if (out.json) out.data({ ok: store.answers, config: summary, store });
  else printHuman(out, summary, store);
  if (!store.answers) throw new CliError(`the store does not answer: ${store.problem ?? 'unknown problem'}`);
}

export const healthCommand: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    program
      .command('health')
      .description(
        'show the configuration (no secrets) and check that the store answers; exit 1 when it does not',
      )
      .action(async (_opts: unknown, command: Command) => {
        await healthAction(deps, Output.for(command, deps.io));
      });
  },
};
