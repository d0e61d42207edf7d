import type { Logger } from '../logger';

export interface JobOptions {
  /** Run once as soon as the jobs start, then every interval (default: only after the first interval). */
  runAtStart?: boolean;
  /** Off: registered (tests can still run it by name) but never started by a timer. Default on. */
  enabled?: boolean;
  /** Called once when the jobs stop, after a run in progress has finished (e.g. to give up a lease). */
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
 * The background jobs features register (`ctx.every`). Nothing runs until `start()`: the composition root
 * starts them once the bot listens and stops them on SIGTERM; bot tests never start them and run one by name
 * after moving the clock (`bot.jobs.run('logboek.reminders')`). A job never overlaps itself: a tick that comes
 * while the previous run is busy is skipped.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private started = false;
  private stopping?: Promise<void>;

  constructor(private readonly log: Logger) {}

  every(name: string, intervalMs: number, task: () => Promise<unknown>, options: JobOptions = {}): void {
    if (this.jobs.has(name)) throw new Error(`job "${name}" is registered twice`);
    if (!(intervalMs > 0)) throw new Error(`job "${name}" needs an interval above 0 ms`);
    this.jobs.set(name, { name, intervalMs, task, ...options });
  }

  /** The registered jobs, in registration order. */
  get names(): string[] {
    return [...this.jobs.keys()];
  }

  /** Starts a timer for every enabled job; failures are logged and the job runs again next interval. */
  start(): void {
    if (this.started || this.stopping) return;
    this.started = true;
    for (const job of this.jobs.values()) {
      if (job.enabled === false) continue;
      const tick = () => {
        void this.runOnce(job).catch((err: unknown) => this.log.warn({ err, job: job.name }, 'job failed'));
      };
      job.timer = setInterval(tick, job.intervalMs);
      job.timer.unref();
      if (job.runAtStart) tick();
    }
  }

  /** Runs one job now and waits for it (joins a run in progress); a failure is thrown to the caller. */
  run(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) return Promise.reject(new Error(`no job "${name}" (registered: ${this.names.join(', ')})`));
    return this.runOnce(job);
  }

  /** Clears the timers, waits for runs in progress, then calls each job's onStop once. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= this.stopAll();
    return this.stopping;
  }

  private async stopAll(): Promise<void> {
    const jobs = [...this.jobs.values()];
    for (const job of jobs) clearInterval(job.timer);
    await Promise.all(jobs.map((job) => (job.running ?? Promise.resolve()).catch(() => undefined)));
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await job.onStop?.();
        } catch (err) {
          this.log.warn({ err, job: job.name }, 'job stop failed');
        }
      }),
    );
  }

  private runOnce(job: Job): Promise<void> {
    job.running ??= job
      .task()
      .then(() => undefined)
      .finally(() => (job.running = undefined));
    return job.running;
  }
}
