import type { Logger } from '../logger';

export interface JobOptions {
  /** Run once as soon as the jobs start, not only after the first interval. */
  runAtStart?: boolean;
  /** Called once when the process stops, after the last run has finished (e.g. to release a lease). */
  onStop?: () => Promise<void>;
}

interface Job extends JobOptions {
  name: string;
  intervalMs: number;
  task: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

/**
 * The background work of the features (reminders, digests, check-ins), registered with `ctx.every` and
 * started by the process once it listens. A run never overlaps the previous one of the same job; a failed
 * run is logged and the next one comes at its time. Tests call the services' own methods instead.
 */
export class JobRunner {
  private readonly jobs: Job[] = [];
  private started = false;

  constructor(private readonly log: Logger) {}

  add(name: string, intervalMs: number, task: () => Promise<unknown>, opts: JobOptions = {}): void {
    if (this.jobs.some((j) => j.name === name)) throw new Error(`job "${name}" is registered twice`);
    this.jobs.push({ name, intervalMs, task, ...opts });
  }

  names(): string[] {
    return this.jobs.map((j) => j.name);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const job of this.jobs) {
      job.timer = setInterval(() => this.run(job), job.intervalMs);
      job.timer.unref();
      if (job.runAtStart) this.run(job);
    }
  }

  /** Stops the timers, waits for runs in progress, then lets each job clean up. */
  async stop(): Promise<void> {
    for (const job of this.jobs) clearInterval(job.timer);
    await Promise.all(this.jobs.map((j) => j.running ?? Promise.resolve()));
    await Promise.all(
      this.jobs.map(async (j) => {
        await j
          .onStop?.()
          .catch((err: unknown) => this.log.warn({ err, job: j.name }, 'job clean-up failed'));
      }),
    );
  }

  private run(job: Job): void {
    job.running ??= job
      .task()
      .then(() => undefined)
      .catch((err: unknown) => this.log.warn({ err, job: job.name }, 'background job failed'))
      .finally(() => (job.running = undefined));
  }
}
