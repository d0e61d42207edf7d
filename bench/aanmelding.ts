/**
 * Aanmelding on the embedded store, at the size of a big round: 100 schools fill in every step and
 * submit, 5 reviewers score all of them; then the expert group's overview, the summary card and the
 * exports. Run alone: `npx tsx bench/index.ts aanmelding`.
 */
import { performance } from 'node:perf_hooks';
import { STEPS } from '../src/domain/application';
import type { Notifier } from '../src/domain/notifier';
import type { AanmeldingDeps } from '../src/features/aanmelding/aanmelding.deps';
import { Formatter } from '../src/features/aanmelding/aanmelding.format';
import { ApplicationNotifications } from '../src/features/aanmelding/aanmelding.notifications';
import { exportApplications } from '../src/features/aanmelding/application-export';
import { ApplicationService } from '../src/features/aanmelding/application.service';
import { reviewerSummaryCard } from '../src/features/aanmelding/review.cards';
import { ReviewService } from '../src/features/aanmelding/review.service';
import { createLogger } from '../src/logger';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
  CosmosSelectionRepository,
} from '../src/features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../src/features/aanmelding/round-repository';
import { percentile } from './store';
import { CosmosSchoolRepository } from '../src/storage/school-repository';
import { CosmosUserRepository } from '../src/storage/user-repository';
import { callerOf, ROUND, VALID_STEP_INPUT } from '../test/helpers/aanmelding-fixtures';
import { freshDatabase } from '../test/helpers/cosmos';

export const title = 'Aanmelding: 100 applications, 5 reviewers (embedded store)';

const SCHOOLS = 100;
const REVIEWERS = 5;

async function timed<T>(into: number[], work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await work();
  into.push(performance.now() - t);
  return result;
}

export async function run(): Promise<Record<string, number | string>> {
  // The test tier's embedded server and a fresh database with every container.
  const db = await freshDatabase();
  const applicationsContainer = db.containers.applications;
  const directory = db.containers.directory;
  const log = createLogger('silent');
  const silent: Notifier = { notify: () => Promise.resolve('unreachable') };
  const now = () => new Date('2026-03-02T09:00:00Z');
  const d: AanmeldingDeps = {
    rounds: new CosmosRoundRepository(applicationsContainer),
    applications: new CosmosApplicationRepository(applicationsContainer),
    reviews: new CosmosReviewRepository(applicationsContainer),
    selections: new CosmosSelectionRepository(applicationsContainer),
    schools: new CosmosSchoolRepository(directory),
    users: new CosmosUserRepository(directory),
    notifications: new ApplicationNotifications(silent, log, now),
    now,
    log,
  };
  const { etag: _etag, ...round } = ROUND;
  await d.rounds.save(round);
  const applications = new ApplicationService(d);
  const reviews = new ReviewService(d);
  const reviewers = Array.from({ length: REVIEWERS }, (_, i) =>
    callerOf(`c0000000-0000-4000-8000-00000000000${i}`, `Reviewer ${i}`, 'beoordelaar'),
  );
  for (const r of reviewers) {
    await d.users.save({
      id: r.aadObjectId,
      name: r.name,
      roles: ['beoordelaar'],
      schoolIds: [],
      updatedAt: 'x',
      updatedBy: 'x',
    });
  }

  const stepSave: number[] = [];
  const submits: number[] = [];
  for (let i = 0; i < SCHOOLS; i++) {
    const schoolId = `school-${i}`;
    await d.schools.save({
      id: schoolId,
      name: `School ${i}`,
      shortNames: [],
      updatedAt: 'x',
      updatedBy: 'x',
    });
    const who = callerOf(`a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Aanvrager ${i}`);
    let rev = 0;
    for (const step of STEPS) {
      const raw = {
        roundId: ROUND.id,
        schoolId: step === 'school' ? '' : schoolId,
        step,
        school: schoolId,
        ...VALID_STEP_INPUT[step],
      };
      rev = (await timed(stepSave, () => applications.saveStep(who, raw))).app.rev;
    }
    await timed(submits, () => applications.submit(who, { roundId: ROUND.id, schoolId, rev }));
  }

  const scoring: number[] = [];
  const raw = (schoolId: string, score: number) => {
    const out: Record<string, unknown> = { roundId: ROUND.id, schoolId };
    for (const c of ROUND.criteria) {
      out[`score_${c.id}`] = String(score);
      out[`note_${c.id}`] = 'Goed onderbouwd, met concrete stappen.';
    }
    return out;
  };
  for (let i = 0; i < SCHOOLS; i++) {
    for (const [n, r] of reviewers.entries()) {
      await timed(scoring, () => reviews.saveScores(r, raw(`school-${i}`, 1 + ((i + n) % 5))));
    }
  }

  const pointReads: number[] = [];
  for (let i = 0; i < 200; i++)
    await timed(pointReads, () => d.applications.get(ROUND.id, `school-${i % SCHOOLS}`));
  const mine: number[] = [];
  for (let i = 0; i < 50; i++) {
    await timed(mine, () =>
      d.applications.listByParticipant(`a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
  }
  const overview: number[] = [];
  for (let i = 0; i < 10; i++)
    await timed(overview, () => reviews.overview(reviewers[0]!, { roundId: ROUND.id, page: i % 13 }));
  const list: number[] = [];
  for (let i = 0; i < 10; i++)
    await timed(list, () => reviews.list(reviewers[0]!, { roundId: ROUND.id, page: i % 13 }));

  const summary = await reviews.summary(reviewers[0]!, { roundId: ROUND.id, schoolId: 'school-0' });
  const f = new Formatter('nl');
  const renders: number[] = [];
  let cardBytes = 0;
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    const card = reviewerSummaryCard(f, { ...summary, canScore: true, canDecide: true });
    renders.push(performance.now() - t);
    cardBytes = Buffer.byteLength(JSON.stringify(card));
  }

  const exportsOut: Record<string, number> = {};
  for (const format of ['xlsx', 'csv', 'json'] as const) {
    const t = performance.now();
    const result = await exportApplications(d, ROUND.id, format);
    exportsOut[`export ${format} (ms)`] = performance.now() - t;
    exportsOut[`export ${format} (KB)`] = result.content.length / 1024;
  }

  await db.drop();
  return {
    'step save p50 (ms)': percentile(stepSave, 0.5),
    'step save p95 (ms)': percentile(stepSave, 0.95),
    'submit p50 (ms)': percentile(submits, 0.5),
    'score save p50 (ms, 5 reviewers x 100)': percentile(scoring, 0.5),
    'score save p95 (ms)': percentile(scoring, 0.95),
    'application point read p50 (ms)': percentile(pointReads, 0.5),
    'my applications (cross-round query) p50 (ms)': percentile(mine, 0.5),
    'reviewer list page p50 (ms)': percentile(list, 0.5),
    'score overview page p50 (ms)': percentile(overview, 0.5),
    'summary card render p50 (ms)': percentile(renders, 0.5),
    'summary card size (KB)': cardBytes / 1024,
    ...exportsOut,
    'documents in applications container': SCHOOLS + SCHOOLS * REVIEWERS + 1,
  };
}
