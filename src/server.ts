import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Config } from './config';
import type { DownloadResult } from './features/admin/export.service';
import { translator } from './i18n';
import type { Logger } from './logger';

export interface ServerDeps {
  config: Config;
  log: Logger;
  handleTurn(context: TurnContext): Promise<void>;
  /** Whether the store answers; reported by /healthz. */
  storeHealthy(): Promise<boolean>;
  /** GET /api/export/:token: a beheerder's export behind a signed one-time link. */
  download?(token: string): Promise<DownloadResult>;
}

const str = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

/** The fields every turn relies on; anything else is refused before it reaches the adapter. */
export function looksLikeActivity(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const a = body as {
    type?: unknown;
    channelId?: unknown;
    serviceUrl?: unknown;
    conversation?: { id?: unknown };
    from?: { id?: unknown };
    recipient?: { id?: unknown };
  };
  return (
    str(a.type) &&
    str(a.channelId) &&
    str(a.serviceUrl) &&
    str(a.conversation?.id) &&
    str(a.from?.id) &&
    str(a.recipient?.id) &&
    OPTIONAL_STRINGS.every((k) => isOptionalString((body as Record<string, unknown>)[k]))
  );
}

/** Fields the SDK treats as strings when present (a number as `locale` would throw deep inside a turn). */
const OPTIONAL_STRINGS = ['id', 'text', 'locale', 'name', 'replyToId', 'textFormat'] as const;
const isOptionalString = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

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
  // Download tokens (GET /api/export/:token) are longer than the router's default 100-character parameter.
  const server = restify.createServer({
    name: 'kansenwijzer',
    handleUncaughtExceptions: false,
    maxParamLength: 2048,
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    if (!looksLikeActivity(req.body)) {
      res.status(400);
      res.send({ error: 'not a Bot Framework activity' });
      return;
    }
    // The adapter would refuse this too, but prints a stack trace for every anonymous probe.
    if (deps.config.bot.authenticated && !req.header('authorization')) {
      res.status(401);
      res.send({ error: 'unauthorized' });
      return;
    }
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

  server.get('/api/export/:token', async (req, res) => {
    const token = (req.params as { token?: unknown }).token;
    let result: DownloadResult;
    try {
      result = deps.download
        ? await deps.download(typeof token === 'string' ? token : '')
        : { status: 404, reason: 'unknown' };
    } catch (err) {
      deps.log.error({ err, path: '/api/export' }, 'download failed');
      result = { status: 503, reason: 'unavailable' };
    }
    res.header('Cache-Control', 'no-store');
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    if (result.status !== 200) {
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.sendRaw(
        result.status,
        translator(deps.config.defaultLocale)(`adminExport.download.${result.reason}`),
      );
      return;
    }
    res.header('Content-Type', result.contentType);
    res.header('Content-Disposition', `attachment; filename="${result.fileName.replace(/[^\w.-]/g, '_')}"`);
    res.sendRaw(200, result.content);
  });

  return server;
}
