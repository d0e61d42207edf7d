import type { Container } from '@azure/cosmos';
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { AccessService } from '../domain/access';
import type { Notifier } from '../domain/notifier';
import type { SchoolRepository, UserRepository } from '../domain/repositories';
import type { Job } from '../features/core/core.cards';
import type { Logger } from '../logger';
import type { ContainerName } from '../storage/containers';
import type { JobOptions, JobRunner } from './jobs';
import type { AppTurnState } from './turn-state';
import { answerFailures, TurnKit } from './turn';

/** Everything the features share; built once by buildDeps() (src/deps.ts) for the bot, the CLI and the tests. */
export interface AppDeps {
  config: Config;
  log: Logger;
  access: AccessService;
  users: UserRepository;
  schools: SchoolRepository;
  /** Every container in CONTAINERS; a feature builds its own repositories from these. */
  containers: Record<ContainerName, Container>;
  /** Proactive messages to a person's personal chat. */
  notifier: Notifier;
  /** The current time; tests move it (deadlines, reminders). */
  now: () => Date;
  /** The background jobs features register with `ctx.every`; main starts and stops them. */
  jobs: JobRunner;
}

export type KitHandler = (kit: TurnKit, state: AppTurnState) => Promise<void>;

export interface FeatureContext {
  deps: AppDeps;
  /** Wraps a handler: builds the TurnKit and answers domain errors in the user's language. */
  handle: (handler: KitHandler) => (context: TurnContext, state: AppTurnState) => Promise<void>;
  kit: (context: TurnContext) => TurnKit;
  /** Work to do when the process starts (e.g. loading data into memory); tests may skip it. */
  onStart: (task: () => Promise<void>) => void;
  /**
   * A background job: `task` every `intervalMs` once the bot listens (main starts them, SIGTERM stops them).
   * Tests run it by name after moving the clock: `bot.jobs.run(name)`.
   */
  every: (name: string, intervalMs: number, task: () => Promise<unknown>, options?: JobOptions) => void;
}

export interface Feature {
  name: string;
  /** Which of the four jobs this feature delivers (the help card marks the others "coming soon"). */
  job?: Job;
  register: (app: Application<AppTurnState>, ctx: FeatureContext) => void;
}

/** A feature whose background jobs are registered next to its routes (see src/features/<name>/<name>.feature.ts). */
export function withJobs(feature: Feature, jobs: (ctx: FeatureContext) => void): Feature {
  return {
    ...feature,
    register(app, ctx) {
      feature.register(app, ctx);
      jobs(ctx);
    },
  };
}

export function createFeatureContext(
  deps: AppDeps,
  startTasks: (() => Promise<void>)[] = [],
): FeatureContext {
  // One kit per turn, so a route selector and its handler share the caller they read.
  const kits = new WeakMap<TurnContext, TurnKit>();
  const kit = (context: TurnContext): TurnKit => {
    let k = kits.get(context);
    if (!k) {
      k = new TurnKit(context, {
        access: deps.access,
        defaultLocale: deps.config.defaultLocale,
        allowChannelIdFallback: !deps.config.bot.authenticated,
      });
      kits.set(context, k);
    }
    return k;
  };
  return {
    deps,
    kit,
    onStart: (task) => {
      startTasks.push(task);
    },
    every: (name, intervalMs, task, options) => deps.jobs.every(name, intervalMs, task, options),
    handle: (handler) => (context, state) => {
      const k = kit(context);
      return answerFailures(k, deps.log, () => handler(k, state));
    },
  };
}
