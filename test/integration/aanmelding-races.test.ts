import assert from 'node:assert/strict';
import { STEPS, type Application } from '../../src/domain/application';
import type { AanmeldingDeps } from '../../src/features/aanmelding/aanmelding.deps';
import { ApplicationTakenError } from '../../src/features/aanmelding/aanmelding.deps';
import { ApplicationNotifications } from '../../src/features/aanmelding/aanmelding.notifications';
import { ApplicationService } from '../../src/features/aanmelding/application.service';
import { PlacesFullError, ReviewService } from '../../src/features/aanmelding/review.service';
import { createLogger } from '../../src/logger';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
  CosmosSelectionRepository,
} from '../../src/features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { callerOf, ROUND, VALID_STEP_INPUT } from '../helpers/aanmelding-fixtures';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';
import { RecordingNotifier } from '../helpers/recording-notifier';

const alice = callerOf('a0000000-0000-4000-8000-000000000002', 'Alice de Vries');
const bob = callerOf('b0b00000-0000-4000-8000-000000000003', 'Bob Bakker');
const renske = callerOf('c0000000-0000-4000-8000-000000000004', 'Renske', 'beoordelaar');
const ruud = callerOf('c0000000-0000-4000-8000-000000000005', 'Ruud', 'beoordelaar');
const bea = callerOf('b0000000-0000-4000-8000-000000000001', 'Bea', 'beheerder');
const ben = callerOf('b0000000-0000-4000-8000-000000000009', 'Ben', 'beheerder');

describe('aanmelding under concurrency (embedded Cosmos server)', () => {
  let db: TestDatabase;
  let d: AanmeldingDeps;
  let notifier: RecordingNotifier;
  let applications: ApplicationService;
  let reviews: ReviewService;

  beforeEach(async () => {
    db = await freshDatabase();
    notifier = new RecordingNotifier();
    let tick = Date.parse('2026-03-02T09:00:00Z');
    const now = () => new Date((tick += 1000));
    const log = createLogger('silent');
    const c = db.containers.applications;
    d = {
      rounds: new CosmosRoundRepository(c),
      applications: new CosmosApplicationRepository(c),
      reviews: new CosmosReviewRepository(c),
      selections: new CosmosSelectionRepository(c),
      schools: new CosmosSchoolRepository(db.containers.directory),
      users: new CosmosUserRepository(db.containers.directory),
      notifications: new ApplicationNotifications(notifier, log, now),
      now,
      log,
    };
    const { etag: _e, ...round } = ROUND;
    await d.rounds.save(round);
    for (const name of ['Albeda', 'Zadkine']) {
      await d.schools.save({ id: name.toLowerCase(), name, shortNames: [], updatedAt: 'x', updatedBy: 'x' });
    }
    applications = new ApplicationService(d);
    reviews = new ReviewService(d);
  });
  afterEach(() => db.drop());

  async function draft(schoolId = 'albeda', by = alice): Promise<Application> {
    let app: Application | undefined;
    for (const step of STEPS) {
      const raw = {
        verb: 'aanmelding.step.save',
        roundId: ROUND.id,
        schoolId: app?.schoolId ?? '',
        step,
        ...VALID_STEP_INPUT[step],
      };
      if (step === 'school') Object.assign(raw, { school: schoolId });
      app = (await applications.saveStep(by, raw)).app;
    }
    return app!;
  }

  async function submitted(schoolId = 'albeda', by = alice): Promise<Application> {
    const app = await draft(schoolId, by);
    const out = await applications.submit(by, { roundId: ROUND.id, schoolId, rev: app.rev });
    assert.equal(out.kind, 'submitted');
    return out.app;
  }

  it('When two colleagues submit the same school’s application at the same moment, then there is exactly one submission', async () => {
    const app = await draft();
    await applications.join(bob, { roundId: ROUND.id, schoolId: 'albeda' });
    const rev = (await d.applications.get(ROUND.id, 'albeda'))!.rev;
    const outcomes = await Promise.all(
      [alice, bob, alice, bob].map((who) =>
        applications.submit(who, { roundId: ROUND.id, schoolId: app.schoolId, rev }),
      ),
    );
    assert.deepEqual(outcomes.map((o) => o.kind).sort(), ['already', 'already', 'already', 'submitted']);
    const stored = await d.applications.get(ROUND.id, 'albeda');
    assert.equal(stored?.status, 'ingediend');
    assert.equal(stored?.statusHistory.filter((h) => h.status === 'ingediend').length, 1);
    const winner = outcomes.find((o) => o.kind === 'submitted')!;
    for (const o of outcomes)
      assert.equal(o.app.reference, winner.app.reference, 'everyone sees the one reference');
  });

  it('When two people start the same school’s draft at the same moment, then there is one draft and the other is told who has it', async () => {
    const results = await Promise.allSettled(
      [alice, bob].map((who) =>
        applications.saveStep(who, {
          roundId: ROUND.id,
          schoolId: '',
          step: 'school',
          school: 'albeda',
          ...VALID_STEP_INPUT.school,
          contactName: who.name,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(ok.length, 1);
    assert.equal(refused.length, 1);
    assert.ok(refused[0]!.reason instanceof ApplicationTakenError);
    const stored = await d.applications.get(ROUND.id, 'albeda');
    assert.equal(stored?.participants.length, 1);
    assert.equal((await d.applications.listByRound(ROUND.id)).length, 1);
  });

  it('When two colleagues save different steps of one draft at the same moment, then both steps are kept', async () => {
    const first = await applications.saveStep(alice, {
      roundId: ROUND.id,
      step: 'school',
      school: 'albeda',
      ...VALID_STEP_INPUT.school,
    });
    await applications.join(bob, { roundId: ROUND.id, schoolId: 'albeda' });
    const ref = { roundId: ROUND.id, schoolId: first.app.schoolId };
    await Promise.all([
      applications.saveStep(alice, { ...ref, step: 'vraagstuk', ...VALID_STEP_INPUT.vraagstuk }),
      applications.saveStep(bob, { ...ref, step: 'stappen', ...VALID_STEP_INPUT.stappen }),
      applications.saveStep(bob, { ...ref, step: 'projectgroep', ...VALID_STEP_INPUT.projectgroep }),
    ]);
    const stored = await d.applications.get(ROUND.id, 'albeda');
    assert.deepEqual(stored?.completedSteps, ['school', 'vraagstuk', 'stappen', 'projectgroep']);
    assert.equal(stored?.revisions.length, 4);
  });

  it('When two reviewers score the same application at the same moment, then both keep their scores and the review starts once', async () => {
    await submitted();
    const raw = (score: string) => {
      const out: Record<string, unknown> = { roundId: ROUND.id, schoolId: 'albeda' };
      for (const c of ROUND.criteria) {
        out[`score_${c.id}`] = score;
        out[`note_${c.id}`] = `Score ${score}`;
      }
      return out;
    };
    await Promise.all([reviews.saveScores(renske, raw('2')), reviews.saveScores(ruud, raw('5'))]);
    const stored = await d.reviews.listByApplication(ROUND.id, 'albeda');
    assert.deepEqual(stored.map((r) => `${r.reviewerName}:${r.scores[0]?.score}`).sort(), [
      'Renske:2',
      'Ruud:5',
    ]);
    const app = await d.applications.get(ROUND.id, 'albeda');
    assert.equal(app?.status, 'in-beoordeling');
    assert.equal(app?.statusHistory.filter((h) => h.status === 'in-beoordeling').length, 1);
    assert.equal(notifier.to(alice.aadObjectId).filter((n) => /begonnen/.test(n.text ?? '')).length, 1);
  });

  it('When two beheerders select different schools for the last place at the same moment, then only one is selected', async () => {
    const round = (await d.rounds.get(ROUND.id))!;
    await d.rounds.save({ ...round, places: 1 });
    await submitted('albeda', alice);
    await submitted('zadkine', bob);
    const results = await Promise.allSettled([
      reviews.decide(bea, {
        roundId: ROUND.id,
        schoolId: 'albeda',
        outcome: 'geselecteerd',
        reason: 'Sterk en gedragen plan.',
      }),
      reviews.decide(ben, {
        roundId: ROUND.id,
        schoolId: 'zadkine',
        outcome: 'geselecteerd',
        reason: 'Ook een sterk plan.',
      }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.ok(refused?.reason instanceof PlacesFullError);
    const selected = (await d.applications.listByRound(ROUND.id)).filter((a) => a.status === 'geselecteerd');
    assert.equal(selected.length, 1);
    assert.deepEqual((await d.selections.get(ROUND.id))?.selected, [selected[0]!.schoolId]);
  });

  it('When a person’s applications are looked up across rounds, then exactly theirs come back, newest first', async () => {
    await draft('albeda', alice);
    await draft('zadkine', bob);
    assert.deepEqual(
      (await d.applications.listByParticipant(alice.aadObjectId)).map((a) => a.schoolId),
      ['albeda'],
    );
    await applications.join(alice, { roundId: ROUND.id, schoolId: 'zadkine' });
    assert.deepEqual(
      (await d.applications.listByParticipant(alice.aadObjectId.toUpperCase())).map((a) => a.schoolId),
      ['zadkine', 'albeda'],
    );
  });
});
