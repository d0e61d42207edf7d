import { withJobs, type Feature, type FeatureContext } from '../../bot/feature';
import { logboekFeature as logboekRoutes } from './logboek.handlers';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from './logboek-repository';
import { LogboekScheduler } from './scheduler';

/** Reminders to quiet coaches and the weekly digest; every instance ticks, the lease makes one of them send. */
export const REMINDER_JOB = 'logboek.reminders';

export function logboekJobs({ deps, every }: FeatureContext): void {
  const { config } = deps;
  const scheduler = new LogboekScheduler(
    {
      updates: new CosmosUpdateRepository(deps.containers.logboek),
      scheduler: new CosmosSchedulerRepository(deps.containers.scheduler),
      users: deps.users,
      schools: deps.schools,
      notifier: deps.notifier,
      bootstrapBeheerders: config.bootstrapBeheerders,
      now: deps.now,
      log: deps.log,
    },
    {
      reminderDays: config.logboek.reminderDays,
      workHours: config.logboek.workHours,
      timeZone: config.timeZone,
      sendGapMs: 250,
      leaseMs: config.logboek.intervalSeconds * 2 * 1000,
    },
  );
  every(REMINDER_JOB, config.logboek.intervalSeconds * 1000, () => scheduler.tick(), {
    runAtStart: true,
    enabled: config.logboek.scheduler,
    onStop: () => scheduler.release(),
  });
}

/** The logboek feature as the app registers it: the routes (logboek.handlers.ts) and the jobs above. */
export const logboekFeature = (): Feature => withJobs(logboekRoutes(), logboekJobs);
