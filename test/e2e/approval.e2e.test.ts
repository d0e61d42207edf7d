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
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { seedMatchingPair } from './helpers/matching-seed';
import { MESSAGE, PLAYGROUND_USER, useStack } from './helpers/playground';

const GEZEL = 'c0000000-0000-4000-8000-0000000000c1';
const LEERMEESTER = 'd0000000-0000-4000-8000-0000000000d1';
const OTHER_BEHEERDER = 'b0000000-0000-4000-8000-0000000000b2';
const as = (id: string, role: string) => ({ aadObjectId: id, roles: new Set([role]) }) as unknown as Caller;

describe('e2e: one approval, two beheerders', function () {
  this.timeout(120_000);
  const s = useStack('approval', { locale: 'nl-NL' }, async (stack) => {
    const { containers } = stack.bot.cosmos;
    const users = new CosmosUserRepository(containers.directory);
    for (const [id, name, roles] of [
      [PLAYGROUND_USER.aadObjectId.toLowerCase(), PLAYGROUND_USER.name, ['beheerder']],
      [OTHER_BEHEERDER, 'Ben Beheer', ['beheerder']],
      [GEZEL, 'Gijs de Boer', ['schoolleider']],
      [LEERMEESTER, 'Lotte Jansen', ['schoolleider']],
    ] as const) {
      await users.save({ id, name, roles: [...roles], schoolIds: [], updatedAt: 'x', updatedBy: 'e2e' });
    }
    await seedMatchingPair(containers, {
      gezel: { id: GEZEL, name: 'Gijs de Boer' },
      leermeester: { id: LEERMEESTER, name: 'Lotte Jansen' },
      gezelThemes: ['objectief-werven'],
      approvalRequired: true,
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
