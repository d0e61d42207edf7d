/**
 * End-to-end harness: the real bot (fresh embedded store) + the Microsoft 365 Agents Playground + headless
 * Chromium, driven like a person in Teams would.
 *
 *   const stack = await startStack({ locale: 'nl-NL', env: { BOOTSTRAP_BEHEERDERS: PLAYGROUND_USER.aadObjectId } });
 *   await stack.send('help');
 *   await stack.waitForReply('Wat kan Kansenwijzer?');
 *   await stack.clickButton('Opslaan');
 *   await stack.stop();
 *
 * Every stack has its own ports (bot, playground and locale proxy all pick free ones), its own DATA_DIR and
 * its own Chromium profile, so stacks may run side by side. The playground always sends locale en-US; the
 * stack's `locale` is set on every activity by a small proxy between the playground and the bot (the same one
 * `npm start` uses), which is how Teams would tell the bot the user's language.
 *
 * Failures come with diagnostics: the conversation so far, browser console errors, bot log warnings/errors,
 * failed bot exchanges and playground output. E2E_VERBOSE=1 echoes bot and playground logs as they happen;
 * E2E_KEEP=1 keeps the temp directory (data, Chromium profile, playground log).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import {
  PLAYGROUND_DEFAULT_USER,
  startLocaleProxy,
  startPlayground,
  type LocaleProxy,
  type ProxiedExchange,
  type RunningPlayground,
} from '../../../scripts/playground';
import { startBot, type RunningBot } from '../../../src/main';

/** The user the playground simulates: name, aadObjectId, tenant (its ids are not valid GUIDs). */
export const PLAYGROUND_USER = PLAYGROUND_DEFAULT_USER;
/** The bot's display name in the playground's default configuration. */
export const PLAYGROUND_BOT_NAME = 'Test Bot';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** Screenshots land here (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../test-artifacts');

export type PlaygroundLocale = 'nl-NL' | 'en-US';

export interface StackOptions {
  /** The Teams language of the user; default nl-NL. */
  locale?: PlaygroundLocale;
  /** Bot environment on top of the harness defaults (loopback, free port, temp DATA_DIR, LOG_LEVEL=info). */
  env?: Record<string, string>;
  /** Default timeout for the waits, in ms; default 15 s. */
  timeoutMs?: number;
}

export interface Problems {
  console: string[];
  page: string[];
  bot: string[];
  exchanges: string[];
  /** The playground process ended while the stack was in use. */
  playground: string[];
}

export interface Stack {
  page: Page;
  context: BrowserContext;
  bot: RunningBot;
  playground: RunningPlayground;
  /** The playground's URL as a browser opens it. */
  url: string;
  dataDir: string;
  /** How long each start-up phase took, in ms (bot, playground, chromium, page, welcome). */
  timings: Record<string, number>;
  /** The simulated Teams language; may be changed between messages. */
  locale: string;
  /** Types `text` into the message box, presses Enter, and waits until the message shows in the chat. */
  send(text: string): Promise<void>;
  /** The text of the newest message from the bot ('' when there is none). */
  lastBotMessage(): Promise<string>;
  /** The texts of all messages from the bot, oldest first. */
  botMessages(): Promise<string[]>;
  /** Every message in the chat, oldest first. */
  chat(): Promise<ChatEntry[]>;
  /** Waits until a message in the chat (from anyone) contains `text`; returns that message. */
  waitForText(text: string | RegExp, timeoutMs?: number): Promise<Locator>;
  /** Waits for a bot message that arrived after the last send/click and contains `text`; returns its text. */
  waitForReply(text?: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Clicks the newest button in the chat with this accessible name (e.g. an Adaptive Card action). */
  clickButton(name: string | RegExp): Promise<void>;
  /** Fills the newest card input with this label (text, select by option label, or checkbox 'true'/'false'). */
  fillByLabel(label: string | RegExp, value: string): Promise<void>;
  /** Saves test-artifacts/<name>.png (whole page, or only the newest bot message); returns the path. */
  screenshot(name: string, opts?: { lastBotMessage?: boolean }): Promise<string>;
  /** Console errors, page errors, bot errors and failed bot exchanges since the start. */
  problems(): Problems;
  /** Throws (with diagnostics) when problems() is not empty. */
  assertHealthy(): void;
  /** A readable dump for failure messages. */
  diagnostics(): Promise<string>;
  /** Stops Chromium, the playground, the proxy and the bot; removes the temp directory. Idempotent. */
  stop(): Promise<void>;
}

const execFileAsync = promisify(execFile);

/** Makes sure Chromium is installed: installs the Debian package when running as root, else says how. */
export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM_PATH)) return;
  const how =
    'Install it with: sudo apt-get update && sudo apt-get install -y chromium ' +
    '(Debian/Ubuntu; it provides /usr/bin/chromium). Do not run `npx playwright install`: it downloads a browser.';
  if (CHROMIUM_PATH !== '/usr/bin/chromium') {
    throw new Error(`Chromium not found at CHROMIUM_PATH=${CHROMIUM_PATH}. ${how}`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`The e2e tests need Chromium at /usr/bin/chromium and it is missing. ${how}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await execFileAsync('apt-get', ['update'], { env, maxBuffer: 64 * 1024 * 1024 });
    await execFileAsync('apt-get', ['install', '-y', 'chromium'], { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { message?: string; stderr?: string };
    throw new Error(`Installing Chromium with apt-get failed: ${e.message ?? ''}\n${e.stderr ?? ''}\n${how}`);
  }
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is missing. ${how}`);
}

const TMP_PREFIX = 'kansenwijzer-e2e-';

/** Removes temp directories of earlier runs whose process is gone (a killed run cannot clean up itself). */
function sweepStaleTempDirs(): void {
  for (const name of readdirSync(os.tmpdir())) {
    const pid = Number(new RegExp(`^${TMP_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') {
        rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
      }
    }
  }
}

// One message in the playground's chat: the element whose direct child is the header (author + time).
export const MESSAGE = 'div:has(> [aria-label="Message header"])';
// Messages from someone else than the user carry an author in the header.
const BOT_MESSAGE = 'div:has(> [aria-label="Message header"] [aria-label="Message author"])';
const MESSAGE_BOX = '[role="textbox"][contenteditable="true"], textarea';

export interface ChatEntry {
  fromBot: boolean;
  /** The sender shown in the header ('' for the user's own messages). */
  author: string;
  /** What the message shows (a card's rendered text included), without header and avatar. */
  text: string;
  /** The playground's own notes under a message, e.g. "Full width control is not supported yet…". */
  notices: string[];
}

/**
 * Reads the chat in the page. A message is [header, body (avatar + text or card), …playground notices]. Plain
 * JavaScript in a string, so that no transpiler helper (tsx/esbuild `__name`) ends up in code for the browser.
 */
const READ_CHAT = `(() => {
  const clean = (s) => (s || '').replace(/[ \\t]+/g, ' ').replace(/\\s*\\n\\s*/g, '\\n').trim();
  return Array.from(document.querySelectorAll(${JSON.stringify(MESSAGE)})).map((item) => {
    const author = item.querySelector(':scope > [aria-label="Message header"] [aria-label="Message author"]');
    const parts = Array.from(item.children)
      .filter((c) => c.getAttribute('aria-label') !== 'Message header')
      .map((c) => clean(c.innerText));
    return {
      fromBot: !!author,
      author: clean(author ? author.textContent : ''),
      text: parts[0] || '',
      notices: parts.slice(1).filter(Boolean),
    };
  });
})()`;

function readChat(page: Page): Promise<ChatEntry[]> {
  return page.evaluate<ChatEntry[]>(READ_CHAT);
}

function matches(text: string, want: string | RegExp | undefined): boolean {
  if (want === undefined) return true;
  return typeof want === 'string' ? text.includes(want) : want.test(text);
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const locale = opts.locale ?? 'nl-NL';
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const verbose = process.env.E2E_VERBOSE === '1';
  const timings: Record<string, number> = {};
  let phaseStart = Date.now();
  const phase = (name: string): void => {
    timings[name] = Date.now() - phaseStart;
    phaseStart = Date.now();
  };
  sweepStaleTempDirs();
  const tmp = mkdtempSync(path.join(os.tmpdir(), `${TMP_PREFIX}${process.pid}-`));
  const dataDir = path.join(tmp, 'data');
  const playgroundDir = path.join(tmp, 'playground');
  mkdirSync(playgroundDir, { recursive: true });

  const botLog: string[] = [];
  const botErrors: string[] = [];
  const playgroundOutput: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedExchanges: string[] = [];
  const playgroundDeaths: string[] = [];
  const blockedHosts = new Set<string>();
  const exchanges = { inFlight: 0, activities: 0 };
  const keep = (list: string[], line: string, max = 300): void => {
    list.push(line);
    if (list.length > max) list.shift();
  };

  const logger = pino(
    { level: opts.env?.LOG_LEVEL ?? 'info', base: { app: 'kansenwijzer' } },
    {
      write(line: string) {
        const text = line.trimEnd();
        keep(botLog, text);
        let level = 0;
        try {
          level = (JSON.parse(text) as { level?: number }).level ?? 0;
        } catch {
          /* not JSON */
        }
        if (level >= 50) keep(botErrors, text, 100);
        if (verbose) process.stderr.write(`[bot] ${text}\n`);
      },
    },
  );

  let bot: RunningBot | undefined;
  let proxy: LocaleProxy | undefined;
  let playground: RunningPlayground | undefined;
  let context: BrowserContext | undefined;
  let stopped: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      const steps: [string, () => Promise<void> | undefined][] = [
        ['chromium', () => context?.close()],
        ['playground', () => playground?.stop()],
        ['proxy', () => proxy?.close()],
        ['bot', () => bot?.close()],
      ];
      const errors: string[] = [];
      for (const [what, step] of steps) {
        try {
          await Promise.race([
            step(),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error('timed out after 10 s')), 10_000).unref(),
            ),
          ]);
        } catch (err) {
          errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (process.env.E2E_KEEP === '1') {
        process.stderr.write(`[e2e] kept ${tmp}\n`);
      } else {
        rmSync(tmp, { recursive: true, force: true });
      }
      if (errors.length) throw new Error(`the e2e stack did not stop cleanly: ${errors.join('; ')}`);
    })();
    return stopped;
  };

  const startupFailure = async (what: string, err: unknown): Promise<never> => {
    const detail = err instanceof Error ? err.message : String(err);
    await stop().catch(() => undefined);
    const logs = botLog.length ? `\n--- bot log (last 20) ---\n${botLog.slice(-20).join('\n')}` : '';
    const pg = playgroundOutput.length ? `\n--- playground output ---\n${playgroundOutput.join('\n')}` : '';
    throw new Error(`e2e stack: ${what} failed: ${detail}${logs}${pg}`);
  };

  try {
    await ensureChromium();
  } catch (err) {
    return startupFailure('Chromium check', err);
  }

  try {
    bot = await startBot(
      {
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        ...opts.env,
      },
      logger,
    );
  } catch (err) {
    return startupFailure('starting the bot', err);
  }
  phase('bot');

  try {
    proxy = await startLocaleProxy(bot.url, locale, {
      onRequest: () => {
        exchanges.inFlight++;
      },
      onExchange: (e: ProxiedExchange) => {
        exchanges.inFlight--;
        if (e.activityType) exchanges.activities++;
        if (e.status >= 400 && !(e.method === 'HEAD' && e.status < 500)) {
          keep(
            failedExchanges,
            `${e.method} ${e.path} (${e.activityType ?? '-'}) → ${e.status} in ${e.ms} ms`,
            50,
          );
        }
      },
    });
    playground = await startPlayground({
      endpoint: proxy.endpoint,
      port: 0,
      cwd: playgroundDir,
      logFile: path.join(playgroundDir, 'playground.log'),
      onOutput: (line) => {
        keep(playgroundOutput, line, 100);
        if (verbose) process.stderr.write(`[playground] ${line}\n`);
      },
    });
  } catch (err) {
    return startupFailure('starting the Agents Playground', err);
  }
  phase('playground');
  void playground.exited.then(({ code, signal }) => {
    if (!stopped)
      playgroundDeaths.push(`the Agents Playground exited unexpectedly (${signal ?? `code ${code}`})`);
  });

  const localeProxy = proxy;
  let page: Page;
  try {
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      locale,
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 1100 },
    });
    page = context.pages()[0] ?? (await context.newPage());
  } catch (err) {
    return startupFailure('starting Chromium', err);
  }
  phase('chromium');

  // Nothing leaves the machine: the playground asks a CDN for fonts and an animation; refuse at once.
  await page.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
    (route) => {
      blockedHosts.add(new URL(route.request().url()).host);
      return route.abort('blockedbyclient');
    },
  );
  const fromBlockedHost = (text: string): boolean => [...blockedHosts].some((h) => text.includes(h));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    if (fromBlockedHost(msg.text()) || fromBlockedHost(where)) return;
    keep(consoleErrors, `${msg.text()}${where ? ` (${where}:${msg.location().lineNumber})` : ''}`, 50);
  });
  page.on('pageerror', (err) => keep(pageErrors, err.stack ?? err.message, 50));

  const url = `http://127.0.0.1:${playground.port}/`;
  // The composer is the last text box on the page: a card's multiline input (a textarea) sits above it.
  const box = page.locator(MESSAGE_BOX).last();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await box.waitFor({ state: 'visible', timeout: 30_000 });
  } catch (err) {
    return startupFailure(`opening ${url}`, err);
  }
  phase('page');

  /** Index in the chat after which replies count (set by send and clickButton). */
  let mark = 0;
  /**
   * The message whose button was pressed last, and its text then: with Action.Execute Teams (and the
   * playground) puts the answer in place of that card, so a changed text there is a reply too.
   */
  let pressed: { index: number; text: string } | undefined;

  const diagnostics = async (): Promise<string> => {
    const chat = await readChat(page).catch((err: unknown) => [
      { fromBot: false, author: '?', text: `(could not read the chat: ${String(err)})`, notices: [] },
    ]);
    const section = (title: string, items: string[]): string =>
      items.length ? `\n--- ${title} ---\n${items.join('\n')}` : '';
    return (
      `--- chat (${chat.length} messages, replies counted after #${mark}) ---\n` +
      chat
        .slice(-8)
        .map(
          (m) =>
            `[${m.fromBot ? m.author || 'bot' : 'user'}] ${m.text.replace(/\n/g, ' ⏎ ').slice(0, 400)}` +
            m.notices.map((n) => `\n    (playground notice: ${n})`).join(''),
        )
        .join('\n') +
      section('browser console errors', consoleErrors) +
      section('page errors', pageErrors) +
      section('failed bot exchanges', failedExchanges) +
      section('playground process', playgroundDeaths) +
      section('bot errors', botErrors) +
      section('bot log (last 15)', botLog.slice(-15)) +
      section('playground output', playgroundOutput.slice(-20))
    );
  };

  const fail = async (message: string): Promise<never> => {
    throw new Error(`${message}\n${await diagnostics()}`);
  };

  /** Waits until the bot is idle and the chat has stopped changing. */
  const settle = async (quietMs = 400, maxMs = 10_000): Promise<void> => {
    const until = Date.now() + maxMs;
    let last = -1;
    let stableSince = Date.now();
    while (Date.now() < until) {
      const count = await page.locator(MESSAGE).count();
      if (count !== last || exchanges.inFlight > 0) {
        last = count;
        stableSince = Date.now();
      } else if (Date.now() - stableSince >= quietMs) {
        return;
      }
      await page.waitForTimeout(100);
    }
  };

  // The playground installs the app when it opens (installationUpdate + conversationUpdate): let the
  // welcome arrive before the test speaks, so replies come in a predictable order.
  {
    const until = Date.now() + 10_000;
    while (exchanges.activities < 2 && Date.now() < until) await page.waitForTimeout(100);
    await settle();
    mark = await page.locator(MESSAGE).count();
    phase('welcome');
  }

  const stack: Stack = {
    page,
    context,
    bot,
    playground,
    url,
    dataDir,
    timings,
    get locale() {
      return localeProxy.locale;
    },
    set locale(value: string) {
      localeProxy.locale = value;
    },

    async send(text) {
      const before = await page.locator(MESSAGE).count();
      await box.click();
      await box.fill(text);
      await box.press('Enter');
      try {
        await page.waitForFunction(
          `document.querySelectorAll(${JSON.stringify(MESSAGE)}).length > ${before}`,
          null,
          {
            timeout: timeoutMs,
          },
        );
      } catch {
        await fail(`the message "${text}" did not appear in the chat`);
      }
      mark = before;
      pressed = undefined;
    },

    async lastBotMessage() {
      const chat = await readChat(page);
      return chat.filter((m) => m.fromBot).pop()?.text ?? '';
    },

    async botMessages() {
      return (await readChat(page)).filter((m) => m.fromBot).map((m) => m.text);
    },

    chat: () => readChat(page),

    async waitForText(text, ms = timeoutMs) {
      const found = page.locator(MESSAGE).filter({ hasText: text }).last();
      try {
        await found.waitFor({ state: 'visible', timeout: ms });
      } catch {
        await fail(`no message in the chat contains ${String(text)} (waited ${ms} ms)`);
      }
      return found;
    },

    async waitForReply(text, ms = timeoutMs) {
      const until = Date.now() + ms;
      for (;;) {
        const chat = await readChat(page);
        const replaced = pressed && chat[pressed.index]?.text !== pressed.text ? [chat[pressed.index]!] : [];
        const reply = [...replaced, ...chat.slice(mark)].find((m) => m.fromBot && matches(m.text, text));
        if (reply) return reply.text;
        if (Date.now() > until) {
          return fail(
            `no reply from the bot${text === undefined ? '' : ` containing ${String(text)}`} within ${ms} ms`,
          );
        }
        await page.waitForTimeout(100);
      }
    },

    async clickButton(name) {
      const button = page.locator(MESSAGE).getByRole('button', { name }).last();
      try {
        await button.waitFor({ state: 'visible', timeout: timeoutMs });
      } catch {
        await fail(`no button named ${String(name)} in the chat`);
      }
      mark = await page.locator(MESSAGE).count();
      pressed = undefined;
      for (let i = mark - 1; i >= 0; i--) {
        if ((await page.locator(MESSAGE).nth(i).getByRole('button', { name }).count()) > 0) {
          pressed = { index: i, text: (await readChat(page))[i]?.text ?? '' };
          break;
        }
      }
      await button.click();
    },

    async fillByLabel(label, value) {
      const input = page.locator(MESSAGE).getByLabel(label).last();
      try {
        await input.waitFor({ state: 'visible', timeout: timeoutMs });
      } catch {
        await fail(`no input labelled ${String(label)} in the chat`);
      }
      const { tag, type } = await input.evaluate((el: { tagName: string; type?: unknown }) => ({
        tag: el.tagName.toLowerCase(),
        type: typeof el.type === 'string' ? el.type : '',
      }));
      const kind = tag === 'select' ? 'select' : type === 'checkbox' || type === 'radio' ? 'check' : 'text';
      if (kind === 'select') {
        await input.selectOption({ label: value }).catch(() => input.selectOption(value));
      } else if (kind === 'check') {
        await input.setChecked(value === 'true');
      } else {
        await input.fill(value);
      }
    },

    async screenshot(name, shotOpts = {}) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${safeName(name)}.png`);
      if (shotOpts.lastBotMessage) {
        await page.locator(BOT_MESSAGE).last().screenshot({ path: file });
      } else {
        await page.screenshot({ path: file });
      }
      return file;
    },

    problems() {
      return {
        console: [...consoleErrors],
        page: [...pageErrors],
        bot: [...botErrors],
        exchanges: [...failedExchanges],
        playground: [...playgroundDeaths],
      };
    },

    assertHealthy() {
      const p = stack.problems();
      const lines = [
        ...p.console.map((l) => `browser console: ${l}`),
        ...p.page.map((l) => `page error: ${l}`),
        ...p.bot.map((l) => `bot error: ${l}`),
        ...p.exchanges.map((l) => `bot exchange: ${l}`),
        ...p.playground,
      ];
      if (lines.length) throw new Error(`the stack reported problems:\n${lines.join('\n')}`);
    },

    diagnostics,
    stop,
  };
  return stack;
}

/**
 * One stack for a describe block: started before its tests (then `setup`, e.g. roles and schools in the store),
 * stopped after them; a failed test leaves a screenshot in test-artifacts/ and the bot's diagnostics on stderr.
 * Returns the running stack (an assertion error when it did not start).
 */
export function useStack(
  label: string,
  opts: StackOptions = {},
  setup?: (stack: Stack) => Promise<void>,
): () => Stack {
  let stack: Stack | undefined;
  before(async function () {
    this.timeout(120_000);
    stack = await startStack(opts);
    await setup?.(stack);
  });
  after(async () => {
    await stack?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !stack) return;
    const title = this.currentTest.title;
    const file = await stack.screenshot(`failure-${label}-${title}`).catch(() => undefined);
    console.error(`\n[e2e] ${title}: ${file ?? 'no screenshot'}\n${await stack.diagnostics()}`);
  });
  return () => {
    if (!stack) throw new Error('the stack did not start (see the before hook)');
    return stack;
  };
}
