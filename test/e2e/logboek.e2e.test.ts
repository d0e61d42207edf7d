/**
 * The logbook as a coach meets it in the Agents Playground: chat an update, correct one field in the
 * card, save, and see it in the school overview (with its chart). A clear question is not taken in.
 * Screenshots: test-artifacts/logboek-card.png, logboek-overview.png.
 */
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { CosmosUpdateRepository } from '../../src/features/logboek/logboek-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

describe('e2e: logboek in the Agents Playground (nl-NL)', function () {
  this.timeout(90_000);
  const s = useStack('logboek', { locale: 'nl-NL' }, async (stack) => {
    const { containers } = stack.bot.cosmos;
    await new CosmosSchoolRepository(containers.directory).save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: ['Albeda College'],
      updatedAt: new Date().toISOString(),
      updatedBy: 'e2e',
    });
    await new CosmosUserRepository(containers.directory).save({
      id: PLAYGROUND_USER.aadObjectId.toLowerCase(),
      name: PLAYGROUND_USER.name,
      roles: ['coach'],
      schoolIds: ['albeda'],
      updatedAt: new Date().toISOString(),
      updatedBy: 'e2e',
    });
  });

  it('chat an update, correct one field in the card, save, and see it in the overview', async () => {
    await s().send('gisteren 24 studenten van Albeda op bedrijfsbezoek bij een bouwbedrijf');
    await s().waitForReply('Klopt dit?');
    // Inputs show their values, not text: read what the card was prefilled with.
    const participants = s()
      .page.getByLabel(/Aantal deelnemers/)
      .last();
    assert.equal(await participants.inputValue(), '24');
    await s().screenshot('logboek-card', { lastBotMessage: true });
    await s().fillByLabel(/Aantal deelnemers/, '26');
    await s().clickButton('Opslaan');
    const yesterday = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 1 });
    const saved = await s().waitForReply('Opgeslagen');
    assert.match(saved, /Bedrijfsbezoek bij Albeda/);

    const stored = await new CosmosUpdateRepository(s().bot.cosmos.containers.logboek).listAll();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.participants, 26);
    assert.equal(stored[0]!.date, yesterday.toISODate());
    assert.equal(stored[0]!.mechanism, 'student-kent-werkgever');

    await s().send('overzicht Albeda');
    const overview = await s().waitForReply('Overzicht Albeda');
    assert.match(overview, /1 update · laatste: gisteren/);
    assert.match(overview, /Veranderlabs: 0 van 2/);
    assert.match(overview, /Bedrijfsbezoek/);
    // The chart is an image the playground actually draws (decoded, with a size).
    const chart = s().page.locator('img[src^="data:image/png"]').last();
    await chart.waitFor({ state: 'visible' });
    const width = await chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    assert.ok(width > 100, `the chart image rendered (${width}px wide)`);
    await s().screenshot('logboek-overview', { lastBotMessage: true });
    s().assertHealthy();
  });

  it('a clear question does not open the logbook card', async () => {
    await s().send('Hoe werkt een veranderlab?');
    const reply = await s().waitForReply();
    assert.doesNotMatch(reply, /Klopt dit|update voor het logboek/);
    s().assertHealthy();
  });
});
