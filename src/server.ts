import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';

export interface ServerDeps {
  config: Config;
  log: Logger;
  handleTurn(context: TurnContext): Promise<void>;
  /** Whether the store answers; reported by /healthz. */
  storeHealthy(): Promise<boolean>;
}

export function createAdapter(config: Config): TeamsAdapter {
  // Without an app id authentication is off (local use); the factory rejects SingleTenant without
  // an id, so the type is only passed along when there are credentials.
  const credentials = config.bot.authenticated
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
      }
    : {};
  return new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory(credentials));
}

/** HTTP only: /api/messages to the adapter and /healthz. No business logic here. */
export function createServer(adapter: TeamsAdapter, deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'kansenwijzer', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    try {
      await adapter.process(req, res, (context) => deps.handleTurn(context));
    } catch (err) {
      deps.log.error({ err, path: req.path() }, 'request failed');
      if (!res.headersSent) {
        res.status(500);
        res.send({ error: 'internal error' });
      }
    }
  });

  server.get('/healthz', async (_req, res) => {
    const store = await deps.storeHealthy().catch(() => false);
    res.status(store ? 200 : 503);
    res.send({ status: store ? 'ok' : 'degraded', store: store ? 'up' : 'down' });
  });

  return server;
}
