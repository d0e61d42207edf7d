/**
 * Privacy as a user meets it in the Agents Playground: "mijn gegevens" shows what is kept, "verwijder mijn
 * gegevens" asks first, and the button deletes it. Screenshots: test-artifacts/privacy-mine.png,
 * privacy-confirm.png.
 */
import assert from 'node:assert/strict';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

describe('e2e: privacy in the Agents Playground (nl-NL)', function () {
  this.timeout(90_000);
  const s = useStack('privacy', { locale: 'nl-NL' }, async (stack) => {
    await new CosmosUserRepository(stack.bot.cosmos.containers.directory).save({
      id: PLAYGROUND_USER.aadObjectId.toLowerCase(),
      name: PLAYGROUND_USER.name,
      roles: ['coach'],
      schoolIds: [],
      updatedAt: new Date().toISOString(),
      updatedBy: 'e2e',
    });
  });

  it('shows what is kept, asks before deleting, and deletes after "Ja, verwijder alles"', async () => {
    await s().send('mijn gegevens');
    const mine = await s().waitForReply('Dit bewaart Kansenwijzer over jou');
    assert.match(mine, /Rollen: medewerker, coach/);
    assert.match(mine, /Je chat met Kansenwijzer/);
    await s().screenshot('privacy-mine', { lastBotMessage: true });

    await s().clickButton('Verwijder mijn gegevens');
    const confirm = await s().waitForReply('Je gegevens verwijderen?');
    assert.match(confirm, /kan niet ongedaan worden/);
    await s().screenshot('privacy-confirm', { lastBotMessage: true });

    await s().clickButton('Ja, verwijder alles');
    await s().waitForReply(/je gegevens zijn verwijderd/);
    assert.equal(
      await new CosmosUserRepository(s().bot.cosmos.containers.directory).get(PLAYGROUND_USER.aadObjectId),
      undefined,
    );
    s().assertHealthy();
  });
});
