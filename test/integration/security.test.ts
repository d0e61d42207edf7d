import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { findRunningEmbeddedCosmos } from '../../src/storage/embedded-cosmos-lock';
import { startHttpBot, type HttpBot } from '../helpers/http-harness';
import { OPEN_VERBS, ROLE_ACTIONS } from '../helpers/role-actions';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000b2', name: 'Bea Beheer' };
const MEDEWERKER = { aadObjectId: 'a0000000-0000-4000-8000-0000000000a2', name: 'Mo Medewerker' };
const FOREIGN_TENANT = '99999999-9999-4999-8999-999999999999';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every `actionSubmit('<verb>'` in the source. */
function registeredVerbs(): string[] {
  const verbs = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/actionSubmit\(\s*'([^']+)'/g)) verbs.add(m[1]!);
  }
  return [...verbs].sort();
}

describe('security: who may do what, and what the logs keep', () => {
  describe('roles and tenants', () => {
    let bot: HttpBot;
    before(async () => {
      bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId } });
    });
    after(() => bot.close());

    /** Everything stored except where people are reached and their conversation state. */
    const directory = async () => {
      const all: string[] = [];
      for (const [name, container] of Object.entries(bot.bot.cosmos.containers)) {
        if (name === 'botstate') continue;
        const { resources } = await container.items.readAll().fetchAll();
        for (const d of resources) if (d.pk !== 'convref') all.push(`${name}/${d.id}/${String(d._etag)}`);
      }
      return all.sort();
    };

    it('When a card verb exists in the code, then it is either a role action tried below or a verb anyone may use', () => {
      const tried = new Set(
        ROLE_ACTIONS.map((a) =>
          typeof a.input === 'string' ? '' : (a.input.value as { verb: string }).verb,
        ),
      );
      const unclassified = registeredVerbs().filter((v) => !tried.has(v) && !OPEN_VERBS.includes(v));
      assert.deepEqual(unclassified, [], 'add them to test/helpers/role-actions.ts');
    });

    for (const action of ROLE_ACTIONS) {
      it(`When a medewerker tries "${action.name}", then it is refused as needing ${action.role} and nothing changes`, async () => {
        const before = await directory();
        const r = await bot.send(MEDEWERKER, action.input);
        assert.equal(r.status, 200);
        assert.match(r.text, new RegExp(`alleen iemand met de rol \\*\\*${action.role}\\*\\*`));
        assert.deepEqual(await directory(), before);
      });
    }

    it('When a bootstrap beheerder id comes from a foreign tenant, then a school save is refused and nothing is stored', async () => {
      const activity = {
        type: 'message',
        value: { verb: 'admin.school.save', name: 'Buitenland College', shortNames: '', brin: '' },
      };
      const before = await directory();
      const res = await fetch(`${bot.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...(await import('../helpers/activities')).teamsActivity(BEHEERDER, activity, {
            serviceUrl: bot.connector.url,
            tenantId: FOREIGN_TENANT,
            expectReplies: false,
          }),
        }),
      });
      assert.equal(res.status, 200);
      assert.deepEqual(await directory(), before);
      const said = bot.connector.received.map((c) => JSON.stringify(c.body)).join('\n');
      assert.match(said, /alleen beschikbaar voor de deelnemende organisaties/);
    });
  });

  describe('logs at the default level', () => {
    it('When people chat, submit forms and the store fails, then the info-level log has no secret and no message text', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      });
      const SECRET_PASSWORD = 'Sup3r-Geheim-Wachtwoord-8812';
      const SECRET_KEY = 'c29tZS1jb3Ntb3Mta2V5LXRoYXQtaXMtc2VjcmV0';
      // A first bot owns the embedded store; the one under test reaches it with a key, like Azure.
      const owner = await startHttpBot();
      const running = findRunningEmbeddedCosmos(`${owner.bot.config.cosmos.dataDir}/cosmos`);
      assert.ok(running);
      const bot = await startHttpBot({
        logger: createLogger('info', sink),
        env: {
          LOG_LEVEL: 'info',
          BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId,
          MicrosoftAppPassword: SECRET_PASSWORD,
          COSMOS_ENDPOINT: running.endpoint,
          COSMOS_KEY: SECRET_KEY,
        },
      });
      const typed = [
        'Mijn leerling Fatima heeft een beperking en ik maak me zorgen',
        'gisteren 24 studenten op bedrijfsbezoek bij het Vertrouwelijk Bouwbedrijf',
        'hulp',
      ];
      const schoolName = 'Geheimzinnig Lyceum Noord';
      try {
        for (const text of typed) await bot.send(MEDEWERKER, text);
        await bot.send(BEHEERDER, {
          type: 'message',
          value: {
            verb: 'admin.school.save',
            name: schoolName,
            shortNames: 'GLN',
            brin: '',
            region: '',
            board: '',
          },
        });
        bot.faults.set({ rate: 1, kinds: ['503', 'timeout', 'drop'], timeoutMs: 10 });
        await bot.send(MEDEWERKER, `${typed[0]} (tijdens een storing)`);
        await bot.send(BEHEERDER, {
          type: 'message',
          value: { verb: 'admin.school.save', name: `${schoolName} 2`, shortNames: '', brin: '' },
        });
        bot.faults.off();
        // An activity the bot cannot understand at all.
        await bot.postRaw({ type: 'message', text: typed[1], channelId: 'msteams' });
      } finally {
        await bot.close();
        await owner.close();
      }
      const log = lines.join('\n');
      assert.ok(lines.length > 3, 'the bot logged at info level');
      assert.match(log, /store unavailable/, 'the outage was logged');
      for (const secret of [SECRET_PASSWORD, SECRET_KEY, ...typed.slice(0, 2), schoolName, 'Fatima']) {
        assert.ok(!log.includes(secret), `the log contains "${secret}"`);
      }
    });
  });
});
