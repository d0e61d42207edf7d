import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBot, type RunningBot } from '../../src/main';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { teamsActivity, TEST_TENANT } from '../helpers/activities';
import { cardText } from '../helpers/bot';
import { startConnector, type Connector } from '../helpers/connector';

const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000e1', name: 'Bea Beheer' };

describe('card buttons over HTTP (Action.Execute as Teams sends it)', () => {
  let dir: string;
  let bot: RunningBot;
  let connector: Connector;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-http-actions-'));
    connector = await startConnector();
    bot = await startBot({
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ALLOWED_TENANT_IDS: TEST_TENANT,
      BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId,
    });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** POSTs an adaptiveCard/action invoke; Teams reads the answer from the HTTP response body. */
  async function press(data: Record<string, unknown>) {
    const activity = teamsActivity(
      BEHEERDER,
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
      },
      { serviceUrl: connector.url, expectReplies: false },
    );
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return {
      status: res.status,
      body: (await res.json()) as { statusCode: number; type: string; value: unknown },
      posted: connector.repliesTo(activity.id!),
    };
  }

  it('When a form with a mistake is pressed, then the HTTP answer is the same form with a note, and nothing is posted or saved', async () => {
    const { status, body, posted } = await press({
      verb: 'admin.school.save',
      _card: 'admin/school-form',
      name: '',
      region: 'Rijnmond',
    });
    assert.equal(status, 200);
    assert.equal(body.statusCode, 200);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(body.value), /Vul de naam van de school in/);
    assert.deepEqual(posted, []);
    assert.deepEqual(await new CosmosSchoolRepository(bot.cosmos.containers.directory).list(), []);
  });

  it('When the form is right, then the answer is the confirmation card and the school is stored', async () => {
    const { body } = await press({
      verb: 'admin.school.save',
      _card: 'admin/school-form',
      name: 'Albeda',
      region: 'Rijnmond',
    });
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(body.value), /Albeda\*\* is opgeslagen/);
    const schools = await new CosmosSchoolRepository(bot.cosmos.containers.directory).list();
    assert.deepEqual(
      schools.map((s) => s.name),
      ['Albeda'],
    );
  });

  it('When a menu button is pressed, then its result is posted as a new message and the answer only acknowledges', async () => {
    const { body, posted } = await press({ verb: 'admin.school.form', _card: 'admin/menu' });
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.equal(posted.length, 1);
    assert.match(
      cardText((posted[0]!.attachments as { content: unknown }[])[0]!.content),
      /School toevoegen|Naam/,
    );
  });
});
