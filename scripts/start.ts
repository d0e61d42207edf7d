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
 *   KW_DEMO=0               start on an empty store (same as `npm start -- --empty`); otherwise a new embedded
 *                           store gets example data (src/demo/demo-seed.ts). Never with COSMOS_ENDPOINT.
 *
 * The playground helpers live in ./playground.ts; they are re-exported here for the e2e harness.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../src/config';
import { startBot, type RunningBot } from '../src/main';
import { EmbeddedStoreInUseError } from '../src/storage/embedded-cosmos';
import { seedDemo, type DemoSeedResult, type DemoUser } from '../src/demo/demo-seed';
import {
  PLAYGROUND_CONFIG_FILE,
  PLAYGROUND_DEFAULT_PORT,
  PLAYGROUND_DEFAULT_USER,
  playgroundConfigUser,
  startLocaleProxy,
  startPlayground,
  type LocaleProxy,
  type RunningPlayground,
} from './playground';

export * from './playground';

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

/** Seeds a new embedded store with example data (src/demo/demo-seed.ts); the banner lines that say what happened. */
async function loadDemo(bot: RunningBot, wanted: boolean, you: DemoUser): Promise<string[]> {
  const dir = path.resolve(bot.config.cosmos.dataDir);
  const shown = dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir;
  const empty = `To start empty: stop, delete ${shown} and run \`npm start -- --empty\` (or KW_DEMO=0).`;
  if (!wanted)
    return ['No demo data (--empty or KW_DEMO=0). Leave that out on a new store to get example data.'];
  let result: DemoSeedResult;
  try {
    result = await seedDemo(bot.cosmos, you);
  } catch (err) {
    bot.log.warn({ err }, 'demo data could not be loaded');
    return ['Demo data could not be loaded (see the log above); the bot runs on what the store has.'];
  }
  if (!result.seeded) {
    return result.reason === 'azure'
      ? ['No demo data: COSMOS_ENDPOINT is set, and example data never goes into Azure Cosmos DB.']
      : [`Demo data: the store already has data, so nothing was added. ${empty}`];
  }
  return [
    `Demo data loaded: ${result.schools} schools, an open round ("aanmelden"), ${result.profiles} matching profiles`,
    `("zoek een leermeester"), ${result.updates} logbook updates ("overzicht"). ${you.name} is beheerder, coach`,
    'and schoolleider: try "hulp" and every job in it.',
    empty,
  ];
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
  const you = playgroundConfigUser(configFile) ?? PLAYGROUND_DEFAULT_USER;
  const withDemo = !process.argv.slice(2).includes('--empty') && (process.env.KW_DEMO ?? '').trim() !== '0';
  if (withPlayground && !(process.env.BOOTSTRAP_BEHEERDERS ?? '').trim()) {
    const id = you.aadObjectId;
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

  notes.push(...(await loadDemo(bot, withDemo, { aadObjectId: you.aadObjectId, name: you.name ?? 'Demo' })));

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
      ['PLAYGROUND=0: the Agents Playground is not started. Point a client at the endpoint above.', ...notes],
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
