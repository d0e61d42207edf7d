import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTAINERS } from '../../src/storage/containers';

const ROOT = path.resolve(__dirname, '..', '..');
const bicep = readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8');
const envExample = readFileSync(path.join(ROOT, '.env.example'), 'utf8');

/** `{ id: 'x', partitionKey: '/y', defaultTtl: z }` lines of the containers variable. */
function bicepContainers(): { id: string; partitionKey: string; defaultTtl: string }[] {
  return [...bicep.matchAll(/\{ id: '([^']+)', partitionKey: '([^']+)', defaultTtl: ([^ }]+) \}/g)].map(
    (m) => ({
      id: m[1]!,
      partitionKey: m[2]!,
      defaultTtl: m[3]!,
    }),
  );
}

/** Names in the appSettings array. */
function appSettings(): string[] {
  return [...bicep.matchAll(/\{ name: '([^']+)', value: /g)].map((m) => m[1]!);
}

/** The code with string contents and // comments blanked, so their braces and words do not count. */
function withoutStringsAndComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === "'") {
        inString = false;
        out += "'";
      }
    } else if (ch === "'") {
      inString = true;
      out += "'";
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += ch;
  }
  return out;
}

// There is no Bicep compiler on these machines (it is downloaded from GitHub); these checks keep the template in
// step with the code instead.
describe('infra/main.bicep', () => {
  it('When the code defines its containers, then the template creates each with the same partition key and TTL', () => {
    const fromCode = Object.values(CONTAINERS).map((c) => ({
      id: c.id,
      partitionKey: c.partitionKey,
      defaultTtl: 'defaultTtlSeconds' in c ? 'conversationStateTtlSeconds' : '-1',
    }));
    assert.deepEqual(bicepContainers(), fromCode);
    assert.match(
      bicep,
      new RegExp(
        `var conversationStateTtlSeconds = ${CONTAINERS.botstate.defaultTtlSeconds / 86400} \\* 24 \\* 3600`,
      ),
    );
  });

  it('When the template sets an app setting, then it is one the app reads (documented in .env.example)', () => {
    const documented = new Set([...envExample.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]!));
    const unknown = appSettings().filter((s) => !documented.has(s) && s !== 'SCM_DO_BUILD_DURING_DEPLOYMENT');
    assert.deepEqual(unknown, []);
  });

  it('When deployed, then the app reaches Cosmos DB with its managed identity only, and the bot is single-tenant', () => {
    const settings = appSettings();
    for (const required of [
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppTenantId',
      'COSMOS_ENDPOINT',
      'COSMOS_USE_MANAGED_IDENTITY',
      'AZURE_CLIENT_ID',
      'HOST',
      'ALLOWED_TENANT_IDS',
      'BOOTSTRAP_BEHEERDERS',
    ]) {
      assert.ok(settings.includes(required), `${required} is set`);
    }
    assert.ok(!settings.includes('COSMOS_KEY'), 'no account key');
    assert.match(bicep, /disableLocalAuth: true/);
    assert.match(bicep, /sqlRoleDefinitions\/00000000-0000-0000-0000-000000000002/);
    assert.match(bicep, /msaAppType: 'SingleTenant'/);
    assert.match(bicep, /linuxFxVersion: 'NODE\|20-lts'/);
    assert.match(bicep, /channelName: 'MsTeamsChannel'/);
  });

  it('When the template is read, then its braces and brackets balance and every resource has a type and API version', () => {
    const code = withoutStringsAndComments(bicep);
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ] as const) {
      assert.equal(code.split(open).length, code.split(close).length, `${open}${close} balance`);
    }
    const resources = [...bicep.matchAll(/^resource (\w+) '([^']+)'/gm)];
    assert.ok(resources.length >= 9);
    for (const [, name, type] of resources)
      assert.match(type!, /^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/, name);
    // Every symbol used as `x.id`, `x.properties` or `parent: x` is declared.
    const declared = new Set([...bicep.matchAll(/^(?:resource|param|var|output) (\w+)/gm)].map((m) => m[1]!));
    for (const m of code.matchAll(/\b([a-z]\w*)\.(?:id|properties|name)\b/g)) {
      if (['c', 'resourceGroup', 'tenant'].includes(m[1]!)) continue;
      assert.ok(declared.has(m[1]!), `${m[1]} is declared`);
    }
  });
});
