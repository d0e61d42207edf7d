import assert from 'node:assert/strict';
import { REMINDER_JOB } from '../../src/features/logboek/logboek.feature';
import { CHECK_IN_JOB } from '../../src/features/matching/matching.feature';
import { ALICE, BEHEERDER, createTestBot, type TestBot } from '../helpers/bot';

describe('feature jobs: each feature registers its own background work', () => {
  let bot: TestBot;
  beforeEach(async () => {
    // Monday 2 March 2026, 09:30 in Amsterdam: working hours, digest day.
    bot = await createTestBot({ now: '2026-03-02T09:30:00+01:00' });
    await bot.deps.schools.save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: [],
      updatedAt: 'x',
      updatedBy: 'x',
    });
    await bot.deps.users.save({
      id: ALICE,
      name: 'Alice de Vries',
      roles: ['coach'],
      schoolIds: ['albeda'],
      updatedAt: '2026-01-05T09:00:00.000Z',
      updatedBy: 'x',
    });
  });
  afterEach(async () => {
    await bot.deps.jobs.stop();
    await bot.close();
  });

  it('When the app is built, then the logboek reminders and the matching check-ins are its jobs', () => {
    assert.deepEqual(bot.deps.jobs.names.sort(), [REMINDER_JOB, CHECK_IN_JOB].sort());
  });

  it('When a coach logged nothing for two weeks and the reminder job runs on Monday, then she is reminded once and the beheerder gets the digest', async () => {
    await bot.deps.jobs.run(REMINDER_JOB);
    const reminders = bot.notifier.to(ALICE);
    assert.equal(reminders.length, 1);
    assert.match(reminders[0]!.text!, /Hoi Alice! Voor Albeda heb je al 14 dagen/);
    assert.equal(bot.notifier.to(BEHEERDER).length, 1);
    assert.match(bot.notifier.to(BEHEERDER)[0]!.reason, /wekelijkse overzicht/);

    bot.clock.now = new Date('2026-03-02T13:00:00+01:00');
    await bot.deps.jobs.run(REMINDER_JOB);
    assert.equal(bot.notifier.to(ALICE).length, 1, 'not reminded twice');
    assert.equal(bot.notifier.to(BEHEERDER).length, 1, 'one digest a week');
  });

  it('When the clock says Saturday, then the reminder job sends nothing', async () => {
    bot.clock.now = new Date('2026-03-07T10:00:00+01:00');
    await bot.deps.jobs.run(REMINDER_JOB);
    assert.deepEqual(bot.notifier.sent, []);
  });
});
