import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postActivity, teamsActivity } from '../helpers/activities';
import { cardOf, replyText, submitOf } from '../helpers/bot';
import { exited, killIfRunning, startBotProcess } from '../helpers/bot-process';

const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000aa', name: 'Bea Beheer' };
const startBot = (dir: string) => startBotProcess(dir, { BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId });

describe('restart: what a user saved is there after the bot restarts', () => {
  let dir: string;
  let running: ChildProcess | undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-restart-'));
  });
  afterEach(async () => {
    await killIfRunning(running);
    rmSync(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`When the bot gets ${signal} right after a school was saved, then after a restart the school and the conversation's memory are there`, async () => {
      const first = await startBot(dir);
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

      const second = await startBot(dir);
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

  it('When the bot is killed (SIGKILL) in the middle of a logbook update, then after a restart the draft card still saves', async () => {
    const coach = { aadObjectId: 'c0000000-0000-4000-8000-0000000000c9', name: 'Cor Coach' };
    const first = await startBot(dir);
    running = first.child;
    const submit = (value: Record<string, unknown>) => ({ type: 'message', value });
    await postActivity(
      first.url,
      teamsActivity(
        BEHEERDER,
        submit({ verb: 'admin.school.save', name: 'Albeda', shortNames: '', brin: '' }),
      ),
    );
    await postActivity(
      first.url,
      teamsActivity(
        BEHEERDER,
        submit({
          verb: 'admin.role.save',
          personId: coach.aadObjectId,
          personName: coach.name,
          role: 'coach',
          action: 'add',
          schoolIds: 'albeda',
        }),
      ),
    );
    const draft = await postActivity(
      first.url,
      teamsActivity(coach, 'vandaag gastles bij Albeda over solliciteren met 18 studenten'),
    );
    assert.match(replyText(draft.replies), /Klopt dit\?/);
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await startBot(dir);
    running = second.child;
    const saved = await postActivity(second.url, teamsActivity(coach, submitOf(cardOf(draft.replies[0]))));
    assert.match(replyText(saved.replies), /Opgeslagen/);
  });
});
