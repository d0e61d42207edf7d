import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { postActivity, teamsActivity, TEST_TENANT } from '../helpers/activities';
import { replyText } from '../helpers/bot';

const ROOT = path.resolve(__dirname, '..', '..');
const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000aa', name: 'Bea Beheer' };

/** Starts the bot the way production does (src/index.ts) in its own process and waits for its URL. */
async function startBotProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      ALLOWED_TENANT_IDS: TEST_TENANT,
      BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start in time\n${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
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
  return { child, url };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('restart: what a user saved is there after the bot restarts', () => {
  let dir: string;
  let running: ChildProcess | undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-restart-'));
  });
  afterEach(async () => {
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill('SIGKILL');
      await exited(running);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`When the bot gets ${signal} right after a school was saved, then after a restart the school and the conversation's memory are there`, async () => {
      const first = await startBotProcess(dir);
      running = first.child;
      const save = teamsActivity(BEHEERDER, {
        type: 'message',
        value: {
          verb: 'admin.school.save',
          name: 'Graafschap College',
          shortNames: 'GC',
          brin: '',
          region: 'Achterhoek',
          board: '',
        },
      });
      const saved = await postActivity(first.url, save);
      assert.match(replyText(saved.replies), /Graafschap College\*\* is opgeslagen/);
      first.child.kill(signal);
      const code = await exited(first.child);
      if (signal === 'SIGTERM') assert.equal(code, 0, 'a clean stop exits 0');

      const second = await startBotProcess(dir);
      running = second.child;
      const list = await postActivity(second.url, teamsActivity(BEHEERDER, 'scholen'));
      assert.match(replyText(list.replies), /Graafschap College[\s\S]*GC · Achterhoek/);
      // The same activity delivered again after the restart is recognised and not applied twice.
      const again = await postActivity(second.url, save);
      assert.equal(again.replies.length, 0);
      second.child.kill('SIGTERM');
      assert.equal(await exited(second.child), 0);
    });
  }
});
