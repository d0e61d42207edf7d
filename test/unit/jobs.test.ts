import assert from 'node:assert/strict';
import sinon from 'sinon';
import { JobRunner } from '../../src/bot/jobs';
import { createLogger } from '../../src/logger';

describe('background jobs (ctx.every)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers()));
  afterEach(() => clock.restore());

  it('When a job is slower than its interval, then runs never overlap and the next one comes after it', async () => {
    const jobs = new JobRunner(createLogger('silent'));
    let running = 0;
    let most = 0;
    let runs = 0;
    jobs.add('slow', 100, async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 250));
      running--;
      runs++;
    });
    jobs.start();
    await clock.tickAsync(1000);
    assert.equal(most, 1);
    assert.ok(runs >= 3 && runs <= 4, `runs: ${runs}`);
    const stopped = jobs.stop();
    await clock.tickAsync(300);
    await stopped;
  });

  it('When a run fails, then it is logged and the job runs again at its next time', async () => {
    const warn = sinon.spy();
    const log = { ...createLogger('silent'), warn } as unknown as ReturnType<typeof createLogger>;
    const jobs = new JobRunner(log);
    let calls = 0;
    jobs.add(
      'flaky',
      100,
      () => (++calls === 1 ? Promise.reject(new Error('store down')) : Promise.resolve()),
      {
        runAtStart: true,
      },
    );
    jobs.start();
    await clock.tickAsync(0);
    assert.equal(calls, 1, 'ran at start');
    await clock.tickAsync(100);
    assert.equal(calls, 2);
    assert.equal(warn.callCount, 1);
  });

  it('When the process stops, then the run in progress finishes before the job cleans up, and no run follows', async () => {
    const jobs = new JobRunner(createLogger('silent'));
    const order: string[] = [];
    jobs.add(
      'lease',
      100,
      async () => {
        order.push('run');
        await new Promise((r) => setTimeout(r, 50));
        order.push('run done');
      },
      { onStop: () => Promise.resolve(void order.push('released')) },
    );
    jobs.start();
    await clock.tickAsync(110);
    const stopped = jobs.stop();
    await clock.tickAsync(500);
    await stopped;
    assert.deepEqual(order, ['run', 'run done', 'released']);
  });

  it('When two features register the same job name, then start-up fails loudly', () => {
    const jobs = new JobRunner(createLogger('silent'));
    jobs.add('x', 10, () => Promise.resolve());
    assert.throws(() => jobs.add('x', 10, () => Promise.resolve()), /registered twice/);
  });
});
