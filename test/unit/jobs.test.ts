import assert from 'node:assert/strict';
import sinon from 'sinon';
import { JobRunner } from '../../src/bot/jobs';
import { createLogger } from '../../src/logger';

describe('background jobs (ctx.every): started by main, stopped on SIGTERM, run by name in tests', () => {
  let clock: sinon.SinonFakeTimers;
  let jobs: JobRunner;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
    jobs = new JobRunner(createLogger('silent'));
  });
  afterEach(async () => {
    await jobs.stop();
    clock.restore();
  });

  /** A task that stays busy until `finish()` is called. */
  const slowTask = () => {
    const runs: (() => void)[] = [];
    return {
      runs,
      task: () => new Promise<void>((resolve) => runs.push(resolve)),
      finish: () => runs.splice(0).forEach((resolve) => resolve()),
    };
  };

  it('When nothing started the jobs, then no task runs however much time passes', async () => {
    let runs = 0;
    jobs.every('count', 1000, () => Promise.resolve(runs++));
    await clock.tickAsync(10_000);
    assert.equal(runs, 0);
  });

  it('When started, then a job runs every interval, and at once only when it asked to', async () => {
    const seen: string[] = [];
    jobs.every('later', 1000, () => Promise.resolve(seen.push('later')));
    jobs.every('now', 1000, () => Promise.resolve(seen.push('now')), { runAtStart: true });
    jobs.start();
    await clock.tickAsync(0);
    assert.deepEqual(seen, ['now']);
    await clock.tickAsync(1000);
    assert.deepEqual(seen.sort(), ['later', 'now', 'now']);
  });

  it('When a run is still busy at the next tick, then the job does not start a second one beside it', async () => {
    const slow = slowTask();
    jobs.every('slow', 1000, slow.task, { runAtStart: true });
    jobs.start();
    await clock.tickAsync(5000);
    assert.equal(slow.runs.length, 1);
    slow.finish();
    await clock.tickAsync(1000);
    assert.equal(slow.runs.length, 1, 'a new run started after the first finished');
    slow.finish();
  });

  it('When a run fails, then the failure is logged and the job runs again next interval', async () => {
    let runs = 0;
    jobs.every('flaky', 1000, () =>
      ++runs === 1 ? Promise.reject(new Error('store down')) : Promise.resolve(),
    );
    jobs.start();
    await clock.tickAsync(2000);
    assert.equal(runs, 2);
  });

  it('When a job is disabled, then no timer runs it, but a test can still run it by name', async () => {
    let runs = 0;
    jobs.every('off', 1000, () => Promise.resolve(runs++), { enabled: false, runAtStart: true });
    jobs.start();
    await clock.tickAsync(5000);
    assert.equal(runs, 0);
    await jobs.run('off');
    assert.equal(runs, 1);
  });

  it('When stopping, then a run in progress finishes first, onStop runs once, and no tick follows', async () => {
    const slow = slowTask();
    const order: string[] = [];
    jobs.every('slow', 1000, () => slow.task().then(() => order.push('run done')), {
      runAtStart: true,
      onStop: () => Promise.resolve(void order.push('lease released')),
    });
    jobs.start();
    await clock.tickAsync(0);
    const stopping = jobs.stop();
    const again = jobs.stop();
    slow.finish();
    await Promise.all([stopping, again]);
    assert.deepEqual(order, ['run done', 'lease released']);
    await clock.tickAsync(10_000);
    assert.equal(slow.runs.length, 0, 'no run after stop');
  });

  it('When a test runs a job by name, then it waits for the result and hears about a failure', async () => {
    jobs.every('fails', 1000, () => Promise.reject(new Error('store down')));
    await assert.rejects(jobs.run('fails'), /store down/);
    await assert.rejects(jobs.run('nope'), /no job "nope" \(registered: fails\)/);
  });

  it('When two jobs share a name or an interval is not positive, then registering fails', () => {
    jobs.every('a', 1000, () => Promise.resolve());
    assert.throws(() => jobs.every('a', 1000, () => Promise.resolve()), /registered twice/);
    assert.throws(() => jobs.every('b', 0, () => Promise.resolve()), /interval above 0/);
  });
});
