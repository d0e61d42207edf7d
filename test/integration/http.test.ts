import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBot, type RunningBot } from '../../src/main';
import { postActivity, teamsActivity, TEST_TENANT } from '../helpers/activities';
import { replyText } from '../helpers/bot';
import { startConnector } from '../helpers/connector';

const USER = { aadObjectId: 'c0000000-0000-4000-8000-000000000003', name: 'Carla Coach' };

describe('the bot over HTTP, as Teams talks to it', () => {
  let dir: string;
  let bot: RunningBot | undefined;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-http-'));
  });
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (extra: Record<string, string> = {}) => ({
    DATA_DIR: dir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ALLOWED_TENANT_IDS: TEST_TENANT,
    ...extra,
  });

  it('When /healthz is asked, then it answers 200 and says the store is up', async () => {
    bot = await startBot(env());
    const res = await fetch(`${bot.url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok', store: 'up' });
  });

  it('When a message arrives without credentials configured, then the reply goes to the serviceUrl connector', async () => {
    const connector = await startConnector();
    try {
      bot = await startBot(env());
      const { status } = await postActivity(
        bot.url,
        teamsActivity(USER, 'hulp', { serviceUrl: connector.url, expectReplies: false }),
      );
      assert.equal(status, 200);
      const sent = connector.received.filter((r) => r.body.type === 'message');
      assert.equal(sent.length, 1);
      assert.match(sent[0]!.path, /^\/v3\/conversations\/.+\/activities/);
      assert.match(JSON.stringify(sent[0]!.body), /Wat kan Kansenwijzer\?/);
    } finally {
      await connector.close();
    }
  });

  it('When bot credentials are set, then a request without a valid Bot Framework token gets 401', async () => {
    bot = await startBot(
      env({
        MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: TEST_TENANT,
      }),
    );
    const noToken = await postActivity(bot.url, teamsActivity(USER, 'hulp'));
    assert.equal(noToken.status, 401);
    const forged = await postActivity(bot.url, teamsActivity(USER, 'hulp'), {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.',
    });
    assert.equal(forged.status, 401);
  });

  it('When an activity comes from another tenant, then it is refused and nothing is stored', async () => {
    bot = await startBot(env());
    const { replies } = await postActivity(
      bot.url,
      teamsActivity(USER, 'hulp', { tenantId: '99999999-9999-4999-8999-999999999999' }),
    );
    assert.match(replyText(replies), /alleen beschikbaar voor de deelnemende organisaties/);
    const { resources } = await bot.cosmos.containers.botstate.items.readAll().fetchAll();
    assert.equal(resources.length, 0);
  });

  it('When the request body is not an activity, then the bot answers 4xx/5xx without crashing and keeps serving', async () => {
    bot = await startBot(env());
    for (const body of ['not json', '{}', JSON.stringify({ type: 'message' }), JSON.stringify([1, 2, 3])]) {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.ok(res.status >= 400, `${body} → ${res.status}`);
    }
    const { replies } = await postActivity(bot.url, teamsActivity(USER, 'hulp'));
    assert.match(replyText(replies), /Wat kan Kansenwijzer\?/);
  });
});
