/**
 * `npm start`: the bot (in this process, embedded store unless COSMOS_ENDPOINT is set) plus the Microsoft 365
 * Agents Playground, a Teams-like chat in the browser, pointed at it. Ctrl-C stops both.
 *
 * Env (besides the bot's own, see .env.example):
 *   PLAYGROUND=0            start only the bot
 *   PLAYGROUND_PORT=56150   the playground's web port (it picks a random one when that port is taken; 0 = random)
 *   PLAYGROUND_LOCALE=nl-NL the Teams language to simulate. The playground itself always sends en-US, so a small
 *                           proxy between it and the bot sets this locale on every activity.
 *
 * The playground helpers are exported for the e2e harness (test/e2e/helpers/playground.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../src/config';
import { startBot, type RunningBot } from '../src/main';
import { EmbeddedStoreInUseError } from '../src/storage/embedded-cosmos';

/**
 * The user the playground simulates with its built-in configuration (no .m365agentsplayground.yml), as found in
 * @microsoft/m365agentsplayground 0.2.28. The ids are not valid GUIDs (13 digits in the last group).
 */
export const PLAYGROUND_DEFAULT_USER = {
  id: 'user-id-0',
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  userPrincipalName: 'alexw@example.com',
  tenantId: '00000000-0000-0000-0000-0000000000001',
  /** Hard-coded in the playground on every message, invoke and submit; not configurable. */
  locale: 'en-US',
} as const;

export const PLAYGROUND_DEFAULT_PORT = 56150;
/** The playground's config file, read from its working directory (or M365_AGENTS_PLAYGROUND_CONFIG_PATH). */
export const PLAYGROUND_CONFIG_FILE = '.m365agentsplayground.yml';

/** The playground's CLI script, from node_modules (its `teamsapptester` bin). */
export function playgroundCli(): string {
  let pkgJson: string;
  try {
    pkgJson = require.resolve('@microsoft/m365agentsplayground/package.json');
  } catch {
    // A dev dependency: absent after `npm ci --omit=dev`, where only the bot is meant to run.
    throw new Error(
      'the Agents Playground is not installed (it is a dev dependency): run `npm ci`, or PLAYGROUND=0 npm start',
    );
  }
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { bin?: Record<string, string> };
  const bin = pkg.bin?.teamsapptester ?? pkg.bin?.agentsplayground ?? 'cli.js';
  return path.join(path.dirname(pkgJson), bin);
}

/** The current user's aadObjectId from a playground config file (`currentUser.aadObjectId`), when there is one. */
export function playgroundUserAadObjectId(configFile: string): string | undefined {
  if (!existsSync(configFile)) return undefined;
  let config: unknown;
  try {
    config = parseYaml(readFileSync(configFile, 'utf8'));
  } catch {
    return undefined;
  }
  const user = (config as { currentUser?: { aadObjectId?: unknown } } | null)?.currentUser;
  const id = typeof user?.aadObjectId === 'number' ? String(user.aadObjectId) : user?.aadObjectId;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  endpoint: string;
  /** 0 = any free port. A taken port makes the playground fall back to a random one. */
  port: number;
  /** Working directory: where it looks for .m365agentsplayground.yml. */
  cwd: string;
  /** Its own log file (it otherwise writes ./devTools/m365agentsplayground.log in cwd). */
  logFile: string;
  /** Each line it prints that is not routine; `stream` says where it came from. */
  onOutput?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** How long to wait for it to answer HTTP; default 30 s. */
  startTimeoutMs?: number;
}

export interface RunningPlayground {
  /** e.g. http://localhost:56150 */
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 3 s). */
  stop(graceMs?: number): Promise<void>;
}

/** Lines the playground or Node print that are of no use to a developer here. */
const PLAYGROUND_NOISE = [/DeprecationWarning/, /--trace-deprecation/, /^\s*$/];

/** Exits the child when its stdin closes, i.e. when this process ends in any way (even SIGKILL). */
const WATCHDOG =
  'data:text/javascript,' +
  encodeURIComponent(
    'process.stdin.on("end",()=>process.exit(0));process.stdin.on("error",()=>process.exit(0));process.stdin.resume();',
  );

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, nl).replace(/\r$/, ''));
      buf = buf.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buf) onLine(buf);
  });
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** Spawns the playground (`teamsapptester start … -c msteams`) and waits until its web UI answers. */
export async function startPlayground(opts: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const args = [
    '--import',
    WATCHDOG,
    playgroundCli(),
    'start',
    '--app-endpoint',
    opts.endpoint,
    '--channel-id',
    'msteams',
    '--port',
    String(opts.port),
    '--disable-telemetry',
  ];
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: opts.logFile,
      NODE_OPTIONS: '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop it in order.
    detached: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });

  let announcedPort: number | undefined;
  const output = opts.onOutput ?? (() => undefined);
  const recent: string[] = [];
  const remember = (line: string): void => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
  };
  lines(child.stdout, (line) => {
    remember(line);
    const m = /^Listening on (\d+)/.exec(line);
    if (m) {
      announcedPort = Number(m[1]);
      return;
    }
    if (PLAYGROUND_NOISE.some((re) => re.test(line))) return;
    if (/error|fail|warn|exception|in use/i.test(line)) output(line, 'stdout');
  });
  lines(child.stderr, (line) => {
    remember(line);
    if (!PLAYGROUND_NOISE.some((re) => re.test(line))) output(line, 'stderr');
  });

  const stop = async (graceMs = 3000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const fail = async (why: string): Promise<never> => {
    await stop(500);
    const tail = recent.length ? `\n--- playground output ---\n${recent.join('\n')}` : '';
    throw new Error(`the Agents Playground did not start: ${why} (log: ${opts.logFile})${tail}`);
  };
  while (announcedPort === undefined) {
    if (spawnError) return fail(spawnError.message);
    if (ended) return fail(`it exited with code ${child.exitCode ?? child.signalCode}`);
    if (Date.now() > deadline) return fail('no "Listening on" line in time');
    await new Promise((r) => setTimeout(r, 50));
  }
  const port = announcedPort;
  while (!(await httpOk(`http://127.0.0.1:${port}/`))) {
    if (ended) return fail(`it exited with code ${child.exitCode ?? child.signalCode}`);
    if (Date.now() > deadline) return fail(`port ${port} did not answer in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://localhost:${port}`, port, child, exited, stop };
}

export interface LocaleProxy {
  /** Point the playground here: e.g. http://127.0.0.1:41234/api/messages */
  endpoint: string;
  /** Changeable while running. */
  locale: string;
  close(): Promise<void>;
}

/**
 * Stands between the playground and the bot and sets the activity's `locale` (and its clientInfo entity's) to
 * the Teams language being simulated: the playground hard-codes en-US. Everything else passes untouched.
 */
export interface ProxiedExchange {
  method: string;
  path: string;
  /** The activity type, when the body was one. */
  activityType?: string;
  /** The bot's HTTP status; 502 when it could not be reached. */
  status: number;
  ms: number;
}

export interface LocaleProxyHooks {
  /** A request arrived from the playground. */
  onRequest?: () => void;
  /** The bot answered it (or could not be reached). */
  onExchange?: (exchange: ProxiedExchange) => void;
}

export async function startLocaleProxy(
  botUrl: string,
  locale: string,
  hooks: LocaleProxyHooks = {},
): Promise<LocaleProxy> {
  const target = new URL(botUrl);
  const state = { locale };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    const started = Date.now();
    hooks.onRequest?.();
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Buffer = Buffer.concat(chunks);
      let activityType: string | undefined;
      if (body.length > 0 && /json/i.test(req.headers['content-type'] ?? '')) {
        ({ body, activityType } = withLocale(body, state.locale));
      }
      const report = (status: number): void =>
        hooks.onExchange?.({
          method: req.method ?? '',
          path: req.url ?? '',
          activityType,
          status,
          ms: Date.now() - started,
        });
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      const upstream = http.request(
        { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          up.on('end', () => report(up.statusCode ?? 502));
        },
      );
      upstream.on('error', (err) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`bot unreachable: ${err.message}`);
        report(502);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    get locale() {
      return state.locale;
    },
    set locale(value: string) {
      state.locale = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function withLocale(body: Buffer, locale: string): { body: Buffer; activityType?: string } {
  let activity: unknown;
  try {
    activity = JSON.parse(body.toString('utf8'));
  } catch {
    return { body };
  }
  if (!activity || typeof activity !== 'object' || Array.isArray(activity)) return { body };
  const a = activity as { type?: unknown; locale?: unknown; entities?: unknown };
  a.locale = locale;
  if (Array.isArray(a.entities)) {
    for (const e of a.entities as unknown[]) {
      if (e && typeof e === 'object' && (e as { type?: unknown }).type === 'clientInfo') {
        (e as { locale?: unknown }).locale = locale;
      }
    }
  }
  return {
    body: Buffer.from(JSON.stringify(a), 'utf8'),
    activityType: typeof a.type === 'string' ? a.type : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// npm start

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function banner(rows: [string, string][], notes: string[]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  const body = [
    'Kansenwijzer is running locally.',
    '',
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    ...(notes.length ? ['', ...notes] : []),
    '',
    'Ctrl-C to stop.',
  ];
  const rule = '─'.repeat(Math.min(100, Math.max(...body.map((l) => l.length)) + 2));
  say();
  say(rule);
  for (const l of body) say(l ? ` ${l}` : '');
  say(rule);
  say();
}

function describeStore(bot: RunningBot): string {
  const s = bot.cosmos.store;
  if (s.kind === 'azure') return `Azure Cosmos DB ${s.endpoint} (database ${s.database})`;
  return `${path.resolve(bot.config.cosmos.dataDir)} (embedded Cosmos DB; delete the folder to start over)`;
}

async function main(): Promise<void> {
  const envFile = path.resolve('.env');
  if (existsSync(envFile)) loadDotenv({ path: envFile, quiet: true });
  const withPlayground = process.env.PLAYGROUND !== '0';
  const notes: string[] = [];

  const locale = (process.env.PLAYGROUND_LOCALE ?? '').trim() || 'nl-NL';
  if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(locale)) {
    console.error(`PLAYGROUND_LOCALE="${locale}" is not a language tag like nl-NL or en-US`);
    process.exit(2);
  }
  const portSetting = (process.env.PLAYGROUND_PORT ?? '').trim();
  const playgroundPort = portSetting === '' ? PLAYGROUND_DEFAULT_PORT : Number(portSetting);
  if (!Number.isInteger(playgroundPort) || playgroundPort < 0 || playgroundPort > 65535) {
    console.error(`PLAYGROUND_PORT="${portSetting}" is not a port number (0-65535)`);
    process.exit(2);
  }

  const configFile = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? path.resolve(PLAYGROUND_CONFIG_FILE);
  const customUser = existsSync(configFile);
  if (withPlayground && !(process.env.BOOTSTRAP_BEHEERDERS ?? '').trim()) {
    const id = playgroundUserAadObjectId(configFile) ?? PLAYGROUND_DEFAULT_USER.aadObjectId;
    process.env.BOOTSTRAP_BEHEERDERS = id;
    notes.push(
      `BOOTSTRAP_BEHEERDERS was empty, so the playground user (${id}) is beheerder: try "beheer".`,
      'Set BOOTSTRAP_BEHEERDERS in .env to choose yourself.',
    );
  }

  let bot: RunningBot;
  try {
    bot = await startBot(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`${err.message}\n\nFix .env (see .env.example) and run npm start again.`);
    } else if (err instanceof EmbeddedStoreInUseError) {
      console.error(
        `Another Kansenwijzer (process ${err.ownerPid ?? '?'}) is already using ${err.dataDir}.\n` +
          'Stop it first, or give this one its own folder: DATA_DIR=.data-2 npm start',
      );
    } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${process.env.PORT ?? 3978} is already in use (is Kansenwijzer already running?). ` +
          'Stop the other process or choose another port: PORT=3979 npm start',
      );
    } else {
      console.error('Kansenwijzer could not start:', err instanceof Error ? (err.stack ?? err.message) : err);
    }
    process.exit(1);
  }

  let playground: RunningPlayground | undefined;
  let proxy: LocaleProxy | undefined;
  let stopping: Promise<void> | undefined;
  const shutdown = (code: number, why: string): Promise<void> => {
    stopping ??= (async () => {
      say(`\n${why}`);
      // Never hang on the way out.
      setTimeout(() => {
        console.error('Stopping took too long; exiting anyway.');
        process.exit(1);
      }, 10_000).unref();
      try {
        await playground?.stop();
        await proxy?.close();
        await bot.close();
        say('Stopped.');
      } catch (err) {
        console.error('Unclean stop:', err instanceof Error ? err.message : err);
        code = 1;
      }
      process.exit(code);
    })();
    return stopping;
  };
  // A second Ctrl-C (tsx and npm pass the signal on too) changes nothing: the stop is under way and bounded.
  process.on('SIGINT', () => void shutdown(0, 'Stopping Kansenwijzer…'));
  process.on('SIGTERM', () => void shutdown(0, 'Stopping Kansenwijzer…'));

  const endpoint = `${bot.url}/api/messages`;
  if (!withPlayground) {
    banner(
      [
        ['Bot endpoint:', endpoint],
        ['Data:', describeStore(bot)],
      ],
      ['PLAYGROUND=0: the Agents Playground is not started. Point a client at the endpoint above.'],
    );
    return;
  }

  try {
    proxy = await startLocaleProxy(bot.url, locale);
    const logFile = path.resolve(bot.config.cosmos.dataDir, 'playground.log');
    playground = await startPlayground({
      endpoint: proxy.endpoint,
      port: playgroundPort,
      cwd: process.cwd(),
      logFile,
      onOutput: (line, stream) => (stream === 'stderr' ? console.error : console.log)(`[playground] ${line}`),
    });
    if (playgroundPort !== 0 && playground.port !== playgroundPort) {
      notes.push(`Port ${playgroundPort} was taken, so the playground uses ${playground.port}.`);
    }
    notes.push(`Playground log: ${logFile}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown(1, 'The Agents Playground could not start; stopping the bot.');
    return;
  }
  void playground.exited.then(({ code, signal }) => {
    if (stopping) return;
    void shutdown(
      1,
      `The Agents Playground stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the bot too. ` +
        `See ${path.resolve(bot.config.cosmos.dataDir, 'playground.log')}`,
    );
  });

  banner(
    [
      ['Open the playground:', playground.url],
      ['Bot endpoint:', endpoint],
      ['Data:', describeStore(bot)],
      [
        'You are:',
        customUser
          ? `the currentUser of ${path.relative(process.cwd(), configFile) || configFile}`
          : `${PLAYGROUND_DEFAULT_USER.name} (the playground's test user)`,
      ],
      ['Teams language:', `${locale} (PLAYGROUND_LOCALE=en-US for English)`],
    ],
    notes,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error('npm start failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
