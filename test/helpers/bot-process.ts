import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { TEST_TENANT } from './activities';

const ROOT = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  url: string;
  /** Every line the process logged on stdout so far. */
  logs: string[];
}

/** Starts the bot the way production does (src/index.ts) in its own process and waits for its URL. */
export async function startBotProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      ALLOWED_TENANT_IDS: TEST_TENANT,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const logs: string[] = [];
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start in time\n${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'Kansenwijzer is listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        /* not a log line */
      }
    });
  });
  return { child, url, logs };
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** Kills a child that is still running (SIGKILL) and waits for it. */
export async function killIfRunning(child: ChildProcess | undefined): Promise<void> {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited(child);
  }
}
