/**
 * The Microsoft 365 Agents Playground for `npm start` and the e2e harness: its default user, its config file,
 * starting it, and the locale proxy between it and the bot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

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
  const pkgJson = require.resolve('@microsoft/m365agentsplayground/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { bin?: Record<string, string> };
  const bin = pkg.bin?.teamsapptester ?? pkg.bin?.agentsplayground ?? 'cli.js';
  return path.join(path.dirname(pkgJson), bin);
}

/** The user a playground config file simulates (its `currentUser:`), when there is one. */
export function playgroundConfigUser(configFile: string): { aadObjectId: string; name?: string } | undefined {
  if (!existsSync(configFile)) return undefined;
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(configFile, 'utf8'));
  } catch {
    return undefined;
  }
  const user = (doc as { currentUser?: unknown } | null)?.currentUser;
  if (!user || typeof user !== 'object') return undefined;
  const { aadObjectId, name } = user as { aadObjectId?: unknown; name?: unknown };
  if (typeof aadObjectId !== 'string' && typeof aadObjectId !== 'number') return undefined;
  const id = String(aadObjectId).trim();
  if (!id) return undefined;
  return { aadObjectId: id, ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}) };
}

/** The current user's aadObjectId from a playground config file, when there is one. */
export function playgroundUserAadObjectId(configFile: string): string | undefined {
  return playgroundConfigUser(configFile)?.aadObjectId;
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
