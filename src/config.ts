import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const schema = z.object({
  MicrosoftAppId: z.string().trim().optional().default(''),
  MicrosoftAppPassword: z.string().optional().default(''),
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: z.string().trim().optional().default(''),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  COSMOS_ENDPOINT: z.string().trim().url().optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_USE_MANAGED_IDENTITY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  AZURE_CLIENT_ID: z.string().trim().optional(),
  COSMOS_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,255}$/, 'letters, digits, - and _ only')
    .default('kansenwijzer'),
  COSMOS_MAX_RETRY_SECONDS: z.coerce.number().min(0).max(60).default(3),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  ALLOWED_TENANT_IDS: list,
  BOOTSTRAP_BEHEERDERS: list,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LOCALE: z.enum(['nl', 'en']).default('nl'),
  MATCHING_CHECKIN_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  TIME_ZONE: z
    .string()
    .default('Europe/Amsterdam')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('nl-NL', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'unknown IANA time zone'),
  LOGBOEK_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  LOGBOEK_SCHEDULER: z.enum(['on', 'off']).default('on'),
  LOGBOEK_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  EXPORT_LINK_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || v.length >= 32,
      'at least 32 characters (or empty: a secret kept in the store)',
    ),
  EXPORT_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v),
      'like https://kansenwijzer.example.org',
    ),
  LOGBOEK_WORK_HOURS: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3])-([01]?\d|2[0-4])$/, 'like 9-17 (start-end hour, local time)')
    .default('9-17')
    .refine((v) => Number(v.split('-')[0]) < Number(v.split('-')[1]), 'start hour must be before end hour'),
});

/** Checks between settings; run on the raw values too, so they are reported with field errors at once. */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const appId = (env.MicrosoftAppId ?? '').trim();
  const appType = env.MicrosoftAppType ?? 'SingleTenant';
  const hasId = appId !== '';
  if (hasId && !guid.test(appId)) problems.push('MicrosoftAppId: must be a GUID');
  if (hasId && appType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (hasId && appType !== 'MultiTenant' && !guid.test((env.MicrosoftAppTenantId ?? '').trim())) {
    problems.push(`MicrosoftAppTenantId: required (a GUID) for ${appType}`);
  }
  const host = (env.HOST ?? '127.0.0.1').trim();
  if (!hasId && !isLoopback(host)) {
    problems.push(
      'HOST: without bot credentials (MicrosoftAppId) the bot accepts unauthenticated requests, so it only listens on loopback (127.0.0.1, ::1 or localhost)',
    );
  }
  const managedIdentity = env.COSMOS_USE_MANAGED_IDENTITY === 'true';
  if (env.COSMOS_ENDPOINT && !env.COSMOS_KEY && !managedIdentity) {
    problems.push(
      'COSMOS_KEY: set COSMOS_KEY or COSMOS_USE_MANAGED_IDENTITY=true when COSMOS_ENDPOINT is set',
    );
  }
  if (!env.COSMOS_ENDPOINT && managedIdentity)
    problems.push('COSMOS_ENDPOINT: required with managed identity');
  for (const id of (env.ALLOWED_TENANT_IDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!guid.test(id)) problems.push(`ALLOWED_TENANT_IDS: "${id}" is not a GUID`);
  }
  return problems;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface Config {
  bot: {
    appId: string;
    appPassword: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    tenantId: string;
    /** Without an app id the Bot Framework adapter skips authentication: local use only. */
    authenticated: boolean;
  };
  http: { host: string; port: number };
  cosmos: {
    /** Undefined means: start the embedded server under dataDir. */
    endpoint?: string;
    key?: string;
    managedIdentity: boolean;
    managedIdentityClientId?: string;
    database: string;
    maxRetrySeconds: number;
    dataDir: string;
  };
  allowedTenantIds: string[];
  bootstrapBeheerders: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  defaultLocale: 'nl' | 'en';
  timeZone: string;
  logboek: {
    /** A coach who logged nothing for a school in this many days gets a reminder. */
    reminderDays: number;
    /** Whether this instance runs the reminder/digest scheduler (a lease makes one instance send). */
    scheduler: boolean;
    intervalSeconds: number;
    /** Reminders and digests go out on weekdays between these hours (TIME_ZONE). */
    workHours: { start: number; end: number };
  };
  /** How often due leermeester-gezel check-ins are sent. */
  matchingCheckInIntervalMs: number;
  /** Download links for exports made in Teams (GET /api/export/:token). */
  exports: {
    /** HMAC secret; undefined: a secret kept in the store (shared by every instance). */
    linkSecret?: string;
    linkMinutes: number;
    /** The bot's public base URL for links; undefined: the address it listens on (local use). */
    publicUrl?: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; reports every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const authenticated = e.MicrosoftAppId !== '';
  // A single-tenant bot talks to one tenant: allow that one unless an explicit list is given.
  const allowed =
    e.ALLOWED_TENANT_IDS.length > 0
      ? e.ALLOWED_TENANT_IDS
      : authenticated && e.MicrosoftAppTenantId
        ? [e.MicrosoftAppTenantId]
        : [];
  return {
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      authenticated,
    },
    http: { host: e.HOST, port: e.PORT },
    cosmos: {
      endpoint: e.COSMOS_ENDPOINT,
      key: e.COSMOS_KEY,
      managedIdentity: e.COSMOS_USE_MANAGED_IDENTITY,
      managedIdentityClientId: e.AZURE_CLIENT_ID,
      database: e.COSMOS_DATABASE,
      maxRetrySeconds: e.COSMOS_MAX_RETRY_SECONDS,
      dataDir: e.DATA_DIR,
    },
    allowedTenantIds: allowed.map((t) => t.toLowerCase()),
    bootstrapBeheerders: e.BOOTSTRAP_BEHEERDERS.map((t) => t.toLowerCase()),
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    timeZone: e.TIME_ZONE,
    logboek: {
      reminderDays: e.LOGBOEK_REMINDER_DAYS,
      scheduler: e.LOGBOEK_SCHEDULER === 'on',
      intervalSeconds: e.LOGBOEK_SCHEDULER_INTERVAL_SECONDS,
      workHours: {
        start: Number(e.LOGBOEK_WORK_HOURS.split('-')[0]),
        end: Number(e.LOGBOEK_WORK_HOURS.split('-')[1]),
      },
    },
    matchingCheckInIntervalMs: e.MATCHING_CHECKIN_INTERVAL_MINUTES * 60_000,
    exports: {
      linkSecret: e.EXPORT_LINK_SECRET,
      linkMinutes: e.EXPORT_LINK_MINUTES,
      publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    },
  };
}
