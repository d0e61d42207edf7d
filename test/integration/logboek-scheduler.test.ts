import assert from 'node:assert/strict';
import type { InterventionUpdate } from '../../src/domain/logboek';
import { createLogger } from '../../src/logger';
import { LogboekScheduler, type SchedulerSettings } from '../../src/features/logboek/scheduler';
import {
  CosmosSchedulerRepository,
  CosmosUpdateRepository,
} from '../../src/features/logboek/logboek-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';
import { RecordingNotifier } from '../helpers/recording-notifier';

const ALICE = 'a0000000-0000-4000-8000-000000000002';
const BOB = 'c0000000-0000-4000-8000-000000000003';
const BEA = 'b0000000-0000-4000-8000-000000000001';
const SETTINGS: SchedulerSettings = {
  reminderDays: 14,
  workHours: { start: 9, end: 17 },
  timeZone: 'Europe/Amsterdam',
  sendGapMs: 0,
  leaseMs: 60_000,
};

describe('logboek scheduler: reminders and the weekly digest against the embedded store', () => {
  let db: TestDatabase;
  let notifier: RecordingNotifier;
  let clock: { now: Date };
  let updates: CosmosUpdateRepository;

  const scheduler = (settings: Partial<SchedulerSettings> = {}) =>
    new LogboekScheduler(
      {
        updates,
        scheduler: new CosmosSchedulerRepository(db.containers.scheduler),
        users: new CosmosUserRepository(db.containers.directory),
        schools: new CosmosSchoolRepository(db.containers.directory),
        notifier,
        bootstrapBeheerders: [BEA],
        now: () => new Date(clock.now),
        log: createLogger('silent'),
        sleep: () => Promise.resolve(),
      },
      { ...SETTINGS, ...settings },
    );

  const logged = (
    coachId: string,
    schoolId: string,
    createdAt: string,
    extra: Partial<InterventionUpdate> = {},
  ) =>
    updates.create({
      id: `${coachId.slice(0, 8)}-0000-4000-8000-${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`,
      schoolId,
      coachId,
      coachName: 'x',
      date: createdAt.slice(0, 10),
      activityType: 'training',
      mechanism: 'bewustwording',
      participants: 10,
      phase: null,
      text: 'training',
      createdAt,
      updatedAt: createdAt,
      deleted: false,
      history: [],
      ...extra,
    });

  beforeEach(async () => {
    db = await freshDatabase();
    notifier = new RecordingNotifier();
    updates = new CosmosUpdateRepository(db.containers.logboek);
    // Tuesday 17 March 2026, 10:00 in Amsterdam.
    clock = { now: new Date('2026-03-17T10:00:00+01:00') };
    const schools = new CosmosSchoolRepository(db.containers.directory);
    for (const [id, name] of [
      ['albeda', 'Albeda'],
      ['zadkine', 'Zadkine'],
      ['deltion', 'Deltion'],
    ]) {
      await schools.save({
        id: id!,
        name: name!,
        shortNames: [],
        updatedAt: '2026-01-01T00:00:00Z',
        updatedBy: 'x',
      });
    }
    const users = new CosmosUserRepository(db.containers.directory);
    await users.save({
      id: ALICE,
      name: 'Alice de Vries',
      roles: ['coach'],
      schoolIds: ['albeda', 'zadkine'],
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: 'x',
    });
    await users.save({
      id: BOB,
      name: 'Bob Bakker',
      roles: ['coach'],
      schoolIds: ['deltion'],
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: 'x',
    });
  });
  afterEach(() => db.drop());

  it('When a coach logged nothing for a school in 14 days, then only that coach gets a reminder naming the school', async () => {
    await logged(ALICE, 'albeda', '2026-03-10T09:00:00Z'); // Zadkine stays quiet
    await logged(BOB, 'deltion', '2026-03-16T09:00:00Z');
    const report = await scheduler().tick();
    assert.deepEqual(report.reminders, [ALICE]);
    const [reminder] = notifier.to(ALICE);
    assert.match(reminder!.text!, /Hoi Alice! Voor Zadkine heb je al 14 dagen of langer geen update gegeven/);
    assert.match(reminder!.reason, /omdat je coach bent/);
    assert.equal(notifier.to(BOB).length, 0);
  });

  it('When it is evening or the weekend, then nothing is sent until working hours', async () => {
    clock.now = new Date('2026-03-17T19:30:00+01:00');
    assert.deepEqual((await scheduler().tick()).reminders, []);
    clock.now = new Date('2026-03-21T11:00:00+01:00'); // Saturday
    assert.deepEqual((await scheduler().tick()).reminders, []);
    assert.equal(notifier.sent.length, 0);
    clock.now = new Date('2026-03-23T09:05:00+01:00'); // Monday morning
    assert.ok((await scheduler().tick()).reminders.includes(ALICE));
  });

  it('When the bot restarts, then a reminder already sent is not sent again until 14 days later', async () => {
    const first = scheduler({ leaseMs: 1000 });
    await first.tick();
    assert.equal(notifier.to(ALICE).length, 1);
    // A new process after the old one died: new holder, the old lease has run out.
    clock.now = new Date('2026-03-17T11:00:00+01:00');
    await scheduler({ leaseMs: 1000 }).tick();
    clock.now = new Date('2026-03-30T11:00:00+02:00');
    await scheduler({ leaseMs: 1000 }).tick();
    assert.equal(notifier.to(ALICE).length, 1);
    clock.now = new Date('2026-03-31T11:00:00+02:00');
    await scheduler({ leaseMs: 1000 }).tick();
    assert.equal(notifier.to(ALICE).length, 2);
  });

  it('When three instances tick at the same moment, then one holds the lease and each reminder goes out once', async () => {
    const instances = [scheduler(), scheduler(), scheduler()];
    const reports = await Promise.all(instances.map((s) => s.tick()));
    assert.equal(reports.filter((r) => r.leader).length, 1);
    assert.equal(notifier.to(ALICE).length, 1);
    assert.equal(notifier.to(BOB).length, 1);
    // The leader keeps the lease on its next tick; the others stay quiet.
    const again = await Promise.all(instances.map((s) => s.tick()));
    assert.deepEqual(
      again.map((r) => r.leader),
      reports.map((r) => r.leader),
    );
  });

  it('When the leader stops, then another instance takes over after the lease runs out', async () => {
    const a = scheduler({ leaseMs: 30_000 });
    const b = scheduler({ leaseMs: 30_000 });
    assert.equal((await a.tick()).leader, true);
    assert.equal((await b.tick()).leader, false);
    clock.now = new Date(clock.now.getTime() + 31_000);
    assert.equal((await b.tick()).leader, true);
  });

  it('When a coach paused reminders until 1 April, then none comes before, and one comes after', async () => {
    await new CosmosSchedulerRepository(db.containers.scheduler).setPause({
      coachId: ALICE,
      until: '2026-04-01',
      setAt: clock.now.toISOString(),
    });
    await scheduler().tick();
    assert.equal(notifier.to(ALICE).length, 0);
    assert.equal(notifier.to(BOB).length, 1);
    clock.now = new Date('2026-04-02T10:00:00+02:00');
    await scheduler().tick();
    assert.equal(notifier.to(ALICE).length, 1);
  });

  it('When a coach was linked less than 14 days ago, then they are not chased yet', async () => {
    const users = new CosmosUserRepository(db.containers.directory);
    const bob = await users.get(BOB);
    await users.save({ ...bob!, updatedAt: '2026-03-12T00:00:00Z' });
    await scheduler().tick();
    assert.equal(notifier.to(BOB).length, 0);
  });

  it('When it is Monday, then beheerders get one digest a week: quiet schools and coaches first, then totals per mechanism', async () => {
    clock.now = new Date('2026-03-16T09:30:00+01:00'); // Monday
    await logged(ALICE, 'albeda', '2026-03-12T09:00:00Z');
    await logged(ALICE, 'albeda', '2026-03-13T09:00:00Z', { mechanism: 'omstander' });
    await logged(BOB, 'deltion', '2026-02-01T09:00:00Z');
    const report = await scheduler().tick();
    assert.deepEqual(report.digestTo, [BEA]);
    const [digest] = notifier.to(BEA);
    const json = JSON.stringify(digest!.card);
    assert.match(json, /Weekoverzicht logboek \(2026-W12\)/);
    const order = [
      'Zadkine: laatste update nog geen',
      'Deltion: laatste update 43 dagen geleden',
      'Coach Alice de Vries: geen update voor Zadkine',
      'Coach Bob Bakker: geen update voor Deltion',
      'Updates deze week per mechanisme (2 in totaal)',
    ].map((s) => json.indexOf(s));
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
      json,
    );
    assert.doesNotMatch(json, /⚠️ Albeda/);
    // Later that Monday, and after a restart: not again.
    clock.now = new Date('2026-03-16T14:00:00+01:00');
    await scheduler().tick();
    assert.equal(notifier.to(BEA).length, 1);
    clock.now = new Date('2026-03-23T09:30:00+01:00');
    await scheduler().tick();
    assert.equal(notifier.to(BEA).length, 2);
  });
});
