/**
 * Two beheerders get the same approval request; one decides first, in their own chat (on the server here:
 * the playground has one user). When the other, in the playground, presses a button on the card they still
 * have, Teams' Action.Execute answer puts the decision in place of that card: no button is left to press,
 * and nothing is decided twice. Screenshot: test-artifacts/approval-decided.png.
 */
import assert from 'node:assert/strict';
import { buildDeps } from '../../src/deps';
import type { Caller } from '../../src/domain/user';
import { createMatchingService } from '../../src/features/matching/matching.handlers';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import { createLogger } from '../../src/logger';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { MESSAGE, PLAYGROUND_USER, useStack } from './helpers/playground';

const GEZEL = 'c0000000-0000-4000-8000-0000000000c1';
const LEERMEESTER = 'd0000000-0000-4000-8000-0000000000d1';
const OTHER_BEHEERDER = 'b0000000-0000-4000-8000-0000000000b2';
const as = (id: string, role: string) => ({ aadObjectId: id, roles: new Set([role]) }) as unknown as Caller;

describe('e2e: one approval, two beheerders', function () {
  this.timeout(120_000);
  const s = useStack('approval', { locale: 'nl-NL' }, async (stack) => {
    const { containers } = stack.bot.cosmos;
    const schools = new CosmosSchoolRepository(containers.directory);
    for (const [id, name] of [
      ['zadkine', 'Zadkine'],
      ['albeda', 'Albeda'],
    ] as const) {
      await schools.save({ id, name, shortNames: [], region: 'Rijnmond', updatedAt: 'x', updatedBy: 'e2e' });
    }
    const users = new CosmosUserRepository(containers.directory);
    for (const [id, name, roles] of [
      [PLAYGROUND_USER.aadObjectId.toLowerCase(), PLAYGROUND_USER.name, ['beheerder']],
      [OTHER_BEHEERDER, 'Ben Beheer', ['beheerder']],
      [GEZEL, 'Gijs de Boer', ['schoolleider']],
      [LEERMEESTER, 'Lotte Jansen', ['schoolleider']],
    ] as const) {
      await users.save({ id, name, roles: [...roles], schoolIds: [], updatedAt: 'x', updatedBy: 'e2e' });
    }
    const repo = new CosmosMatchingRepository(containers.matching);
    await repo.saveSettings({
      weights: { theme: 50, region: 20, phase: 20, schoolType: 10 },
      approvalRequired: true,
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
      id: GEZEL,
      name: 'Gijs de Boer',
      asGezel: true,
      asLeermeester: false,
      school: 'zadkine',
      themes: ['objectief-werven'],
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

  it("shows the other beheerder's decision in place of the card when a stale button is pressed", async () => {
    const st = s();
    await st.waitForText('Welkom bij Kansenwijzer');
    // A turn of our own, so the bot can reach this chat with the approval request.
    await st.send('hulp');
    await st.waitForReply('Wat kan Kansenwijzer?');

    const service = createMatchingService(
      buildDeps({
        config: st.bot.config,
        log: createLogger('silent'),
        containers: st.bot.cosmos.containers,
        notifier: st.bot.notifier,
      }),
    );
    const match = await service.request(as(GEZEL, 'schoolleider'), { leermeesterId: LEERMEESTER });
    const { outcome } = await service.accept(as(LEERMEESTER, 'schoolleider'), { matchId: match.id });
    assert.equal(outcome, 'accepted');
    await st.waitForText('Match goedkeuren');

    // The other beheerder approves first.
    await service.approve(as(OTHER_BEHEERDER, 'beheerder'), { matchId: match.id });

    await st.clickButton('Afwijzen');
    const decided = await st.waitForReply(/Deze match loopt al/);
    assert.match(decided, /Match goedkeuren/, 'the same card, now with the decision');
    assert.equal(await st.page.locator(MESSAGE).getByRole('button', { name: 'Afwijzen' }).count(), 0);
    assert.equal(await st.page.locator(MESSAGE).getByRole('button', { name: 'Goedkeuren' }).count(), 0);
    await st.screenshot('approval-decided', { lastBotMessage: false });

    const saved = await new CosmosMatchingRepository(st.bot.cosmos.containers.matching).getMatch(match.id);
    assert.equal(saved?.status, 'active');
    assert.equal(saved?.approvedBy, OTHER_BEHEERDER, 'the first decision stands');
    st.assertHealthy();
  });
});
