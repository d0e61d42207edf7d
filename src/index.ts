import 'dotenv/config';
import { ConfigError } from './config';
import { startBot } from './main';

async function main(): Promise<void> {
  let bot;
  try {
    bot = await startBot(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const stop = (signal: string): void => {
    bot.log.info({ signal }, 'stopping');
    bot
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        bot.log.error({ err }, 'unclean stop');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Kansenwijzer could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
