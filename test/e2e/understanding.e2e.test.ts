/**
 * Plain sentences, as a person types them in Teams: the bot, the Agents Playground and a real browser.
 * "ik wil mijn school aanmelden" shows the aanmelding card (the same as the command "aanmelden"); an unclear
 * sentence gets the "Wat wil je doen?" card, whose button starts the job.
 * Screenshots: test-artifacts/understanding-*.png.
 */
import assert from 'node:assert/strict';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { useStack } from './helpers/playground';

const DAY = 24 * 3600 * 1000;

describe('e2e: understanding plain sentences in the Agents Playground', function () {
  this.timeout(180_000);
  const s = useStack('understanding', { locale: 'nl-NL' }, async (stack) => {
    const now = Date.now();
    await new CosmosRoundRepository(stack.bot.cosmos.containers.applications).save({
      id: 'e2e-ronde',
      programme: 'Begeleidingstraject GKDI',
      name: 'Aanmelding begeleidingstraject (e2e)',
      description: 'Acht scholen krijgen advies, coaching en een werkbudget.',
      opensAt: new Date(now - DAY).toISOString(),
      closesAt: new Date(now + 30 * DAY).toISOString(),
      decisionDate: new Date(now + 45 * DAY).toISOString().slice(0, 10),
      timeZone: 'Europe/Amsterdam',
      places: 8,
      budget: { perSchoolYear: 25_000, ownContributionMin: 25_000 },
      criteria: [{ id: 'vraagstuk', title: 'Helder vraagstuk', description: '' }],
      referencePrefix: 'E2E',
      updatedAt: new Date(now).toISOString(),
      updatedBy: 'e2e',
    });
  });

  it('starts the aanmelding when someone types "ik wil mijn school aanmelden"', async () => {
    const st = s();
    await st.send('ik wil mijn school aanmelden');
    const card = await st.waitForReply('Aanmelding begeleidingstraject (e2e)');
    assert.doesNotMatch(card, /Dat weet ik niet|Bedoelde je/);
    await st.screenshot('understanding-aanmelden', { lastBotMessage: true });
    st.assertHealthy();
  });

  it('asks which job is meant when unsure, and the button starts it', async () => {
    const st = s();
    await st.send('hoe staat het met mijn aanmelding');
    await st.waitForReply(/Wat wil je doen\?|Bedoel je/);
    await st.screenshot('understanding-bedoel-je', { lastBotMessage: true });
    await st.clickButton('Status van je aanmelding');
    await st.waitForReply('Je aanmeldingen');
    st.assertHealthy();
  });
});
