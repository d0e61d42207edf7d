/**
 * Leermeester-gezel matching as a gezel meets it in the Agents Playground: "zoek een leermeester"
 * shows explained proposals, the gezel picks one, the leermeester accepts (server side: the
 * playground has one user), and the introduction arrives in the gezel's chat as a proactive message.
 * Screenshots: test-artifacts/matching-proposals.png, matching-intro.png.
 */
import assert from 'node:assert/strict';
import { createMatchingService } from '../../src/features/matching/matching.handlers';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import type { Caller } from '../../src/domain/user';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

const LEERMEESTER = 'd0000000-0000-4000-8000-0000000000aa';

describe('e2e: leermeester-gezel matching', function () {
  this.timeout(120_000);
  const s = useStack('matching', { locale: 'nl-NL' }, async (stack) => {
    const { containers } = stack.bot.cosmos;
    const schools = new CosmosSchoolRepository(containers.directory);
    for (const [id, name] of [
      ['zadkine', 'Zadkine'],
      ['albeda', 'Albeda'],
    ] as const) {
      await schools.save({ id, name, shortNames: [], region: 'Rijnmond', updatedAt: 'x', updatedBy: 'e2e' });
    }
    const me = PLAYGROUND_USER.aadObjectId.toLowerCase();
    await new CosmosUserRepository(containers.directory).save({
      id: me,
      name: PLAYGROUND_USER.name,
      roles: ['schoolleider'],
      schoolIds: ['zadkine'],
      updatedAt: 'x',
      updatedBy: 'e2e',
    });
    const repo = new CosmosMatchingRepository(containers.matching);
    await repo.saveSettings({
      weights: { theme: 50, region: 20, phase: 20, schoolType: 10 },
      approvalRequired: false,
      checkInWeeks: 6,
    });
    const base = {
      board: undefined,
      region: 'Rijnmond',
      schoolType: 'mbo' as const,
      paused: false,
      updatedAt: 'x',
    };
    await repo.saveProfile({
      ...base,
      id: me,
      name: PLAYGROUND_USER.name,
      asGezel: true,
      asLeermeester: false,
      school: 'zadkine',
      themes: ['objectief-werven', 'omstander'],
      phase: 2,
      capacity: 1,
      available: false,
    });
    await repo.saveProfile({
      ...base,
      id: LEERMEESTER,
      name: 'Lotte Jansen',
      asGezel: false,
      asLeermeester: true,
      school: 'albeda',
      themes: ['objectief-werven'],
      phase: 4,
      capacity: 1,
      available: true,
    });
  });

  it('goes from "zoek een leermeester" to an accepted pair with an introduction in the chat', async () => {
    await s().waitForText('Welkom bij Kansenwijzer');
    await s().send('zoek een leermeester');
    const proposals = await s().waitForReply('Leermeesters voor jou');
    assert.match(proposals, /Lotte Jansen · Albeda/);
    assert.match(proposals, /Past voor 75%/);
    assert.match(proposals, /Jullie werken allebei aan objectief werven en selecteren: \+25 punten/);
    assert.match(proposals, /Zelfde regio \(Rijnmond\)/);
    assert.match(proposals, /Twee fasen verder/);
    await s().screenshot('matching-proposals', { lastBotMessage: true });

    await s().clickButton('Kies Lotte');
    await s().waitForReply('Je verzoek is naar Lotte Jansen gestuurd');

    // Lotte accepts in her own chat; the playground has one user, so she does it on the server.
    const bot = s().bot;
    const service = createMatchingService(bot.deps);
    const open = await service.currentMatch({
      aadObjectId: PLAYGROUND_USER.aadObjectId.toLowerCase(),
    } as Caller);
    assert.equal(open?.status, 'requested');
    const lotte = { aadObjectId: LEERMEESTER, roles: new Set(['schoolleider']) } as unknown as Caller;
    const { outcome } = await service.accept(lotte, { matchId: open.id });
    assert.equal(outcome, 'active');

    const intro = await s().waitForReply('Kennismaking');
    assert.match(intro, /Lotte Jansen is je leermeester/);
    assert.match(intro, /Eerste stap/);
    // The reason comes with the card, as its own line in the chat.
    const messages = await s().botMessages();
    assert.ok(
      messages.some((m) => m.includes('Je krijgt dit bericht omdat je match met Lotte Jansen rond is')),
      messages.join('\n---\n'),
    );
    await s().screenshot('matching-intro', { lastBotMessage: true });

    await s().send('mijn profiel');
    await s().waitForReply(/Je leermeester is Lotte Jansen/);
    s().assertHealthy();
  });
});
