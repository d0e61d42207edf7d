import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postActivity, teamsActivity } from '../helpers/activities';
import { CosmosClient } from '@azure/cosmos';
import { findRunningEmbeddedCosmos } from '../../src/storage/embedded-cosmos';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { button, stepOf, submitValue } from '../helpers/aanmelding-bot';
import { ROUND, VALID_STEP_INPUT } from '../helpers/aanmelding-fixtures';
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

  it('When the bot is killed (SIGKILL) in the middle of an application, then after a restart "verder met aanmelding" resumes the draft where it was', async () => {
    const applicant = { aadObjectId: 'a0000000-0000-4000-8000-0000000000a9', name: 'Anna Aanvrager' };
    const first = await startBot(dir);
    running = first.child;
    // An open round and a school, written straight into the running bot's store.
    const store = findRunningEmbeddedCosmos(path.join(dir, 'cosmos'));
    assert.ok(store);
    const client = new CosmosClient({
      endpoint: store.endpoint,
      key: store.key,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const db = client.database('kansenwijzer');
    const now = Date.now();
    const { etag: _etag, ...round } = ROUND;
    await new CosmosRoundRepository(db.container('applications')).save({
      ...round,
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
      decisionDate: new Date(now + 45 * 86_400_000).toISOString().slice(0, 10),
    });
    await new CosmosSchoolRepository(db.container('directory')).save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: [],
      updatedAt: new Date().toISOString(),
      updatedBy: 'test',
    });
    client.dispose();

    const say = async (url: string, input: string | Record<string, unknown>) =>
      (
        await postActivity(
          url,
          teamsActivity(applicant, typeof input === 'string' ? input : submitValue(input)),
        )
      ).replies;
    let r = await say(first.url, 'aanmelden');
    r = await say(first.url, button(r, 'Aanmelding starten'));
    assert.equal(stepOf(r), 'school');
    r = await say(first.url, {
      ...button(r, 'Opslaan en verder'),
      ...VALID_STEP_INPUT.school,
      school: 'albeda',
    });
    assert.equal(stepOf(r), 'vraagstuk');
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await startBot(dir);
    running = second.child;
    const resumed = await say(second.url, 'verder met aanmelding');
    assert.equal(stepOf(resumed), 'vraagstuk');
    assert.match(replyText(resumed), /Stap 2 van 6[\s\S]*Albeda/);
  });
});
