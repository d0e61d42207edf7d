import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { DateTime } from 'luxon';
import { storageKeyToId } from '../../src/storage/bot-state-storage';
import { findRunningEmbeddedCosmos } from '../../src/storage/embedded-cosmos';
import { postActivity, teamsActivity } from '../helpers/activities';
import { cardOf, replyText } from '../helpers/bot';
import { killIfRunning, startBotProcess } from '../helpers/bot-process';
import { startConnector, type Connector } from '../helpers/connector';

const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000b3', name: 'Bea Beheer' };
const CARLA = { aadObjectId: 'c0000000-0000-4000-8000-0000000000c3', name: 'Carla Coach' };
const DIRK = { aadObjectId: 'c0000000-0000-4000-8000-0000000000d4', name: 'Dirk Doorpakker' };
const TICK_SECONDS = 5;

describe('scale-out: two bot processes on one Cosmos', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  let a: string;
  let b: string;
  let client: CosmosClient;
  let connector: Connector;

  before(async () => {
    dirs.push(
      mkdtempSync(path.join(os.tmpdir(), 'kw-scale-a-')),
      mkdtempSync(path.join(os.tmpdir(), 'kw-scale-b-')),
    );
    connector = await startConnector();
    // Both run the logboek scheduler, ticking every few seconds, all day, chasing after one quiet day.
    const env = {
      BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId,
      LOGBOEK_SCHEDULER_INTERVAL_SECONDS: String(TICK_SECONDS),
      LOGBOEK_WORK_HOURS: '0-24',
      LOGBOEK_REMINDER_DAYS: '1',
    };
    const first = await startBotProcess(dirs[0]!, env);
    children.push(first.child);
    // The second instance uses the first one's embedded server, as two App Service instances share Azure Cosmos DB.
    const store = findRunningEmbeddedCosmos(path.join(dirs[0]!, 'cosmos'));
    assert.ok(store, 'the first bot publishes its store');
    const second = await startBotProcess(dirs[1]!, {
      ...env,
      COSMOS_ENDPOINT: store.endpoint,
      COSMOS_KEY: store.key,
    });
    children.push(second.child);
    [a, b] = [first.url, second.url];
    client = new CosmosClient({
      endpoint: store.endpoint,
      key: store.key,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
  });
  after(async () => {
    client?.dispose();
    await connector?.close();
    for (const c of children) await killIfRunning(c);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const submit = (value: Record<string, unknown>) => ({ type: 'message', value });
  const container = (id: string) => client.database('kansenwijzer').container(id);

  it("When one conversation's turns alternate between the two, then each sees what the other stored and a flow started on one finishes on the other", async () => {
    // Carla said hello first: a role goes only to someone the bot has met.
    await postActivity(b, teamsActivity(CARLA, 'hallo'));
    const role = await postActivity(
      a,
      teamsActivity(
        BEHEERDER,
        submit({
          verb: 'admin.role.save',
          personId: CARLA.aadObjectId,
          personName: 'Carla Coach',
          role: 'coach',
          action: 'add',
          schoolIds: '',
        }),
      ),
    );
    assert.match(replyText(role.replies), /Carla Coach heeft nu deze rollen: medewerker, coach/);
    assert.match(
      replyText((await postActivity(b, teamsActivity(CARLA, 'mijn gegevens'))).replies),
      /Rollen: medewerker, coach/,
    );

    // Asked on A, confirmed on B: the confirmation token lives in the shared conversation state.
    const ask = await postActivity(a, teamsActivity(CARLA, 'verwijder mijn gegevens'));
    const actions = (cardOf(ask.replies[0])?.actions ?? []) as { data?: Record<string, unknown> }[];
    const confirm = actions.find((x) => x.data?.verb === 'privacy.erase.confirm')!.data!;
    const done = await postActivity(b, teamsActivity(CARLA, submit(confirm)));
    assert.match(replyText(done.replies), /je gegevens zijn verwijderd/);
    assert.match(
      replyText((await postActivity(a, teamsActivity(CARLA, 'mijn gegevens'))).replies),
      /Ik bewaar niets over je/,
    );
  });

  it('When the same card submit is delivered to both instances, then it takes effect once', async () => {
    const activity = teamsActivity(
      BEHEERDER,
      submit({ verb: 'admin.school.save', name: 'Dubbel College', shortNames: '', brin: '' }),
    );
    assert.match(replyText((await postActivity(a, activity)).replies), /Dubbel College\*\* is opgeslagen/);
    const again = await postActivity(b, activity);
    assert.equal(again.status, 200);
    assert.equal(again.replies.length, 0, 'the second delivery is ignored');
  });

  it('When 24 card submits of one conversation hit both instances at once, then every one is saved and the shared state lost none of them', async () => {
    const activities = Array.from({ length: 24 }, (_, i) =>
      teamsActivity(
        BEHEERDER,
        submit({ verb: 'admin.school.save', name: `Parallel College ${i}`, shortNames: '', brin: '' }),
      ),
    );
    const results = await Promise.all(activities.map((act, i) => postActivity(i % 2 === 0 ? a : b, act)));
    assert.deepEqual(
      results.filter((r) => r.status !== 200).map((r) => r.status),
      [],
    );
    for (const [i, r] of results.entries()) {
      assert.match(replyText(r.replies), new RegExp(`Parallel College ${i}\\*\\* is opgeslagen`));
    }
    const { resources } = await container('directory')
      .items.query({
        query: 'SELECT c.name FROM c WHERE c.pk = "school" AND STARTSWITH(c.name, "Parallel College")',
      })
      .fetchAll();
    assert.equal(resources.length, 24);
    const key = storageKeyToId(`msteams/28:kansenwijzer/conversations/a:${BEHEERDER.aadObjectId}`);
    const state = (
      await container('botstate').item(key, key).read<{ state: { recentActivityIds: string[] } }>()
    ).resource;
    const ids = new Set(state?.state.recentActivityIds);
    assert.deepEqual(
      activities.filter((act) => !ids.has(act.id!)).length,
      0,
      'every submit id is remembered',
    );
  });

  it('When both instances run the reminder scheduler, then a quiet coach gets one reminder, not two', async function () {
    // The processes use the real clock, and the scheduler sends on weekdays only (its own tests move the clock).
    if (DateTime.now().setZone('Europe/Amsterdam').weekday >= 6) this.skip();
    // Dirk chats once (so the bot can reach him), was made coach of Albeda three days ago and logged nothing.
    await postActivity(b, teamsActivity(DIRK, 'hulp', { serviceUrl: connector.url, expectReplies: false }));
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    await container('directory').items.upsert({
      id: 'albeda',
      pk: 'school',
      type: 'school',
      name: 'Albeda',
      shortNames: [],
      updatedAt: threeDaysAgo,
      updatedBy: 'x',
    });
    await container('directory').items.upsert({
      id: DIRK.aadObjectId,
      pk: 'user',
      type: 'user',
      name: DIRK.name,
      roles: ['coach'],
      schoolIds: ['albeda'],
      updatedAt: threeDaysAgo,
      updatedBy: BEHEERDER.aadObjectId,
    });
    const reminders = () =>
      connector.received.filter(
        (c) =>
          c.path.includes(encodeURIComponent(`a:${DIRK.aadObjectId}`)) &&
          c.body.type === 'message' &&
          /Albeda/.test(String(c.body.text)),
      );
    const deadline = Date.now() + 6 * TICK_SECONDS * 1000;
    while (reminders().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    assert.equal(reminders().length, 1, 'a reminder arrived');
    // Several more ticks of both instances: still one.
    await new Promise((r) => setTimeout(r, 3 * TICK_SECONDS * 1000));
    assert.equal(reminders().length, 1);
  });
});
