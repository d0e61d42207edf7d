import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBot, type RunningBot } from '../../src/main';
import { postActivity, teamsActivity, TEST_TENANT } from '../helpers/activities';
import { startConnector, type Connector } from '../helpers/connector';

const ANNE = { aadObjectId: 'd0000000-0000-4000-8000-000000000004', name: 'Anne Aanvrager' };

describe('proactive messages over the Bot Connector protocol', () => {
  let dir: string;
  let bot: RunningBot;
  let connector: Connector;
  const forbidden = new Set<string>();
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-proactive-'));
    forbidden.clear();
    connector = await startConnector(forbidden);
    bot = await startBot({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', ALLOWED_TENANT_IDS: TEST_TENANT });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('When someone chatted with the bot before, then a proactive message reaches their chat in their language with the reason', async () => {
    await postActivity(
      bot.url,
      teamsActivity(ANNE, 'hello', { serviceUrl: connector.url, locale: 'en-GB', expectReplies: false }),
    );
    connector.received.splice(0);
    const result = await bot.notifier.notify(ANNE.aadObjectId, (locale) => ({
      reason: locale === 'en' ? 'You get this because you applied.' : 'Je krijgt dit omdat je je aanmeldde.',
      text: locale === 'en' ? 'Your application was received.' : 'Je aanmelding is binnen.',
    }));
    assert.equal(result, 'sent');
    const msg = connector.received.find((r) => r.body.type === 'message');
    assert.ok(msg, 'nothing reached the connector');
    assert.match(
      msg.path,
      new RegExp(`/v3/conversations/${encodeURIComponent(`a:${ANNE.aadObjectId}`)}/activities`),
    );
    assert.match(
      String(msg.body.text),
      /Your application was received\.[\s\S]*You get this because you applied/,
    );
  });

  it('When the bot never had a personal chat with someone, then the message is reported unreachable, not thrown', async () => {
    assert.equal(
      await bot.notifier.notify('e0000000-0000-4000-8000-000000000005', () => ({ reason: 'r', text: 't' })),
      'unreachable',
    );
  });

  it('When the person removed the app (403), then it is reported blocked and not tried again', async () => {
    await postActivity(
      bot.url,
      teamsActivity(ANNE, 'hallo', { serviceUrl: connector.url, expectReplies: false }),
    );
    forbidden.add(`a:${ANNE.aadObjectId}`);
    assert.equal(await bot.notifier.notify(ANNE.aadObjectId, () => ({ reason: 'r', text: 't' })), 'blocked');
    forbidden.clear();
    connector.received.splice(0);
    assert.equal(await bot.notifier.notify(ANNE.aadObjectId, () => ({ reason: 'r', text: 't' })), 'blocked');
    assert.equal(connector.received.length, 0);
  });
});
