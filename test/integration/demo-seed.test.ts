import assert from 'node:assert/strict';
import { DEMO_ROUND_ID, seedDemo, type DemoUser } from '../../src/demo/demo-seed';
import type { StoreInUse } from '../../src/storage/cosmos';
import { cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

/** The Agents Playground's default user (37-character id), as `npm start` passes it. */
const you: DemoUser = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };
const embedded: StoreInUse = {
  kind: 'embedded',
  endpoint: 'http://127.0.0.1:1',
  database: 'x',
  dataDir: '.data',
};

async function counts(bot: TestBot): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, c] of Object.entries(bot.db.containers)) {
    const { resources } = await c.items.query<number>('SELECT VALUE COUNT(1) FROM c').fetchAll();
    out[name] = resources[0] ?? 0;
  }
  return out;
}

describe('demo data for a first local start (src/demo/demo-seed.ts)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ env: { ALLOWED_TENANT_IDS: '' } });
  });
  afterEach(() => bot.close());

  it('When an empty embedded store is seeded, then the playground user sees an open round, explained matches and a logbook overview', async () => {
    const result = await seedDemo({ containers: bot.db.containers, store: embedded }, you, bot.clock.now);
    assert.equal(result.seeded, true);
    const me = { ...you, tenantId: '00000000-0000-0000-0000-0000000000001' };

    const start = replyText(await bot.send(me, 'aanmelden'));
    assert.match(start, /Meld je school aan in zes korte stappen/);
    assert.match(start, /Aanmelden kan tot[\s\S]*Aanmelding starten/);
    const started = await bot.send(me, {
      type: 'message',
      value: { verb: 'aanmelding.start', roundId: DEMO_ROUND_ID },
    });
    assert.ok(cardOf(started[0]), 'the application form is shown');

    const proposals = replyText(await bot.send(me, 'zoek een leermeester'));
    assert.match(proposals, /Leermeesters voor jou/);
    assert.match(proposals, /Hassan Ouali|Mirjam Jansen|Ingrid de Boer/);

    const overview = replyText(await bot.send(me, 'overzicht'));
    assert.match(overview, /Albeda\*\* · 3 dagen geleden\n2 updates · veranderlabs 1\/2/);
    assert.match(overview, /Techniek College Rotterdam\*\* · 6 dagen geleden\n2 updates/);

    const roles = replyText(await bot.send(me, 'rollen'));
    assert.match(roles, /Alex Wilber[\s\S]*coach[\s\S]*schoolleider[\s\S]*beheerder/i);
  });

  // Every "Probeer:" example of the help card, as the playground user tries them on a first start.
  const HELP_EXAMPLES = [
    'aanmelden',
    'status',
    'gisteren 24 studenten op bedrijfsbezoek bij Albeda',
    'nieuwe update',
    'mijn updates',
    'overzicht',
    'zoek een leermeester',
    'mijn profiel',
    'wanneer horen we of we geselecteerd zijn?',
    'beheer',
    'rollen',
    'scholen',
    'rondes',
    'aanmeldingen',
    'faq beheer',
  ];
  it('When the playground user tries every example of the help card after seeding, then each gets a real answer (no role refusal, no "binnenkort", no empty list)', async () => {
    await seedDemo({ containers: bot.db.containers, store: embedded }, you, bot.clock.now);
    const me = { ...you, tenantId: '00000000-0000-0000-0000-0000000000001' };
    for (const example of HELP_EXAMPLES) {
      const text = replyText(await bot.send(me, example));
      assert.ok(text.trim().length > 0, `${example}: no reply`);
      assert.doesNotMatch(
        text,
        /alleen iemand met de rol|binnenkort|er ging iets mis|nog geen updates|nog geen profiel|geen ronde open/i,
        example,
      );
    }
  });

  it('When the store is seeded a second time, then nothing is added twice', async () => {
    await seedDemo({ containers: bot.db.containers, store: embedded }, you, bot.clock.now);
    const first = await counts(bot);
    const again = await seedDemo({ containers: bot.db.containers, store: embedded }, you, bot.clock.now);
    assert.deepEqual(again, { seeded: false, reason: 'not-empty' });
    assert.deepEqual(await counts(bot), first);
  });

  it('When the store is Azure Cosmos DB (COSMOS_ENDPOINT set), then the demo writes nothing at all', async () => {
    const before = await counts(bot);
    const azure: StoreInUse = {
      kind: 'azure',
      endpoint: 'https://x.documents.azure.com',
      database: 'x',
      auth: 'key',
    };
    const result = await seedDemo({ containers: bot.db.containers, store: azure }, you, bot.clock.now);
    assert.deepEqual(result, { seeded: false, reason: 'azure' });
    assert.deepEqual(await counts(bot), before);
  });

  it('When the store already has a school of its own, then the demo adds nothing', async () => {
    await bot.deps.schools.save({
      id: 'eigen-school',
      name: 'Eigen School',
      shortNames: [],
      updatedAt: bot.clock.now.toISOString(),
      updatedBy: 'test',
    });
    const before = await counts(bot);
    const result = await seedDemo({ containers: bot.db.containers, store: embedded }, you, bot.clock.now);
    assert.deepEqual(result, { seeded: false, reason: 'not-empty' });
    assert.deepEqual(await counts(bot), before);
  });
});
