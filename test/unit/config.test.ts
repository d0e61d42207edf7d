import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config';

const APP = '11111111-2222-4333-8444-555555555555';
const TENANT = '66666666-7777-4888-9999-000000000000';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
}

describe('config', () => {
  it('When nothing is set, then the bot runs locally on 127.0.0.1:3978 with the embedded store, in Dutch, Amsterdam time', () => {
    const c = loadConfig({});
    assert.equal(c.http.host, '127.0.0.1');
    assert.equal(c.http.port, 3978);
    assert.equal(c.cosmos.endpoint, undefined);
    assert.equal(c.cosmos.dataDir, '.data');
    assert.equal(c.bot.authenticated, false);
    assert.equal(c.bot.appType, 'SingleTenant');
    assert.equal(c.defaultLocale, 'nl');
    assert.equal(c.timeZone, 'Europe/Amsterdam');
    assert.deepEqual(c.allowedTenantIds, []);
  });

  it('When there are no bot credentials and HOST is not loopback, then start is refused with the reason', () => {
    const problems = problemsOf({ HOST: '0.0.0.0' });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /HOST: .*loopback/);
  });

  it('When several settings are wrong, then every problem is reported at once', () => {
    const problems = problemsOf({
      MicrosoftAppId: APP,
      PORT: 'eighty',
      COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/',
      LOG_LEVEL: 'chatty',
      TIME_ZONE: 'Mars/Olympus',
      ALLOWED_TENANT_IDS: 'contoso',
    });
    const fields = problems.map((p) => p.split(':')[0]).sort();
    assert.deepEqual(fields, [
      'ALLOWED_TENANT_IDS',
      'COSMOS_KEY',
      'LOG_LEVEL',
      'MicrosoftAppPassword',
      'MicrosoftAppTenantId',
      'PORT',
      'TIME_ZONE',
    ]);
  });

  it('When single-tenant credentials are complete, then only that tenant is allowed and any host may be used', () => {
    const c = loadConfig({
      MicrosoftAppId: APP,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: TENANT,
      HOST: '0.0.0.0',
    });
    assert.equal(c.bot.authenticated, true);
    assert.deepEqual(c.allowedTenantIds, [TENANT]);
  });

  it('When bootstrap beheerders and tenants are listed with spaces and capitals, then they are normalised', () => {
    const c = loadConfig({ BOOTSTRAP_BEHEERDERS: ' ABC , def ,', ALLOWED_TENANT_IDS: TENANT.toUpperCase() });
    assert.deepEqual(c.bootstrapBeheerders, ['abc', 'def']);
    assert.deepEqual(c.allowedTenantIds, [TENANT]);
  });

  it('When managed identity is chosen, then no key is needed but an endpoint is', () => {
    assert.deepEqual(
      problemsOf({ COSMOS_ENDPOINT: 'https://x.documents.azure.com/', COSMOS_USE_MANAGED_IDENTITY: 'true' }),
      [],
    );
    assert.equal(problemsOf({ COSMOS_USE_MANAGED_IDENTITY: 'true' }).length, 1);
  });
});
