/**
 * npm run package: builds dist/appPackage/kansenwijzer.zip for sideloading in Teams.
 *
 * Placeholders come from the environment (and .env, without overriding what is already set):
 *   TEAMS_APP_ID    the Teams app id                (default: a fixed GUID for local packages)
 *   MicrosoftAppId  the bot's app id, fills BOT_ID  (default: 00000000-0000-0000-0000-000000000000)
 *   BOT_DOMAIN      the host the bot is reached on  (default: localhost)
 * Optional first argument: the output file.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import {
  AppPackageError,
  buildAppPackage,
  DEFAULT_OUT_FILE,
  placeholderValues,
} from '../src/manifest/app-package';

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const outFile = path.resolve(process.argv[2] ?? DEFAULT_OUT_FILE);
  const values = placeholderValues(process.env);
  try {
    const result = await buildAppPackage(process.env, outFile);
    console.log(`Teams app package written: ${path.relative(process.cwd(), result.outFile)}`);
    console.log(`  files:      ${result.files.join(', ')}`);
    console.log(`  app id:     ${values.TEAMS_APP_ID}`);
    console.log(`  bot id:     ${values.BOT_ID}`);
    console.log(`  bot domain: ${values.BOT_DOMAIN}`);
    return 0;
  } catch (e) {
    if (e instanceof AppPackageError) {
      console.error(`The Teams app package is invalid (${e.errors.length} problem(s)), nothing written:`);
      for (const error of e.errors) console.error(`  - ${error}`);
      return 1;
    }
    throw e;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
