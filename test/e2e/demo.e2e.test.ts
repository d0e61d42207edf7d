/**
 * A first `npm start` as a newcomer meets it: the stack starts with the demo data (as scripts/start.ts loads
 * it) and the playground's own user tries every job: aanmelding (a round is open, the form shows), the
 * logbook (a typed update becomes a record to confirm), matching (explained proposals), and `beheer`, where
 * a role is given by finding the person by name and a cut id is refused without creating anyone.
 * Screenshots: test-artifacts/demo-*.png.
 */
import assert from 'node:assert/strict';
import { seedDemo } from '../../src/demo/demo-seed';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

const MESSAGE = 'div:has(> [aria-label="Message header"])';

describe('e2e: the demo data on a first start, as the playground user (nl-NL)', function () {
  this.timeout(120_000);
  const s = useStack('demo', { locale: 'nl-NL' }, async (stack) => {
    const result = await seedDemo(stack.bot.cosmos, PLAYGROUND_USER);
    assert.equal(result.seeded, true, 'the demo data was loaded');
  });

  it('aanmelden shows the open round, and starting it shows the form', async () => {
    await s().send('aanmelden');
    const start = await s().waitForReply('Aanmelden voor een traject');
    assert.match(start, /Meld je school aan in zes korte stappen/);
    assert.doesNotMatch(start, /geen ronde open/);
    await s().screenshot('demo-aanmelden', { lastBotMessage: true });
    await s().clickButton('Aanmelding starten');
    const step = await s().waitForReply(/Stap 1 van 6/);
    assert.ok(step.length > 0);
  });

  it('a typed logbook update becomes a record to confirm', async () => {
    await s().send('gisteren gastles bij Albeda met 18 studenten');
    await s().waitForReply('Klopt dit?');
    await s().screenshot('demo-logboek', { lastBotMessage: true });
  });

  it('zoek een leermeester proposes explained matches', async () => {
    await s().send('zoek een leermeester');
    const proposals = await s().waitForReply('Leermeesters voor jou');
    assert.match(proposals, /Hassan Ouali|Mirjam Jansen|Ingrid de Boer/);
    await s().screenshot('demo-matching', { lastBotMessage: true });
  });

  it('the beheerder finds a person by name and gives the coach role; a cut id is refused and creates nobody', async () => {
    await s().send('beheer');
    await s().waitForReply('Beheer');
    await s().clickButton('Rol geven');
    await s().waitForReply('Rol geven of afnemen');
    await s().fillByLabel('Zoek op naam', 'sanne');
    await s().clickButton('Zoeken');
    await s().waitForReply('Rol geven of afnemen');
    // A compact choice set is a Fluent dropdown in the playground: open it, pick the name.
    await s()
      .page.locator(MESSAGE)
      .last()
      .getByLabel(/^Persoon/)
      .last()
      .click();
    await s().page.getByRole('option', { name: 'Sanne de Vries' }).click();
    // The role is coach unless changed.
    await s().screenshot('demo-role-form', { lastBotMessage: true });
    await s().clickButton('Opslaan');
    await s().waitForReply(/Sanne de Vries heeft nu deze rollen: medewerker, coach/);

    const users = new CosmosUserRepository(s().bot.cosmos.containers.directory);
    const before = (await users.list()).length;
    await s().send('beheer');
    await s().waitForReply('Beheer');
    await s().clickButton('Rol geven');
    await s().waitForReply('Rol geven of afnemen');
    // One digit short of a real id: still GUID-shaped, but nobody the bot has met.
    await s().fillByLabel(/object-id/, PLAYGROUND_USER.aadObjectId.slice(0, 36));
    await s().clickButton('Opslaan');
    await s().waitForReply(/Ik ken niemand met dit object-id/);
    assert.equal((await users.list()).length, before, 'no phantom person was created');
  });
});
