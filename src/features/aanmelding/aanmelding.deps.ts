import { z } from 'zod';
import type { Application, ApplicationRepository, SelectionRepository } from '../../domain/application';
import { ConflictError, DomainError } from '../../domain/errors';
import type { SchoolRepository, UserRepository } from '../../domain/repositories';
import type { ReviewRepository } from '../../domain/review';
import { roundPhase, type Round, type RoundPhase, type RoundRepository } from '../../domain/round';
import type { Logger } from '../../logger';
import type { ApplicationNotifications } from './aanmelding.notifications';

/** What the aanmelding services share; built once per app (or per test). */
export interface AanmeldingDeps {
  rounds: RoundRepository;
  applications: ApplicationRepository;
  reviews: ReviewRepository;
  selections: SelectionRepository;
  schools: SchoolRepository;
  users: UserRepository;
  notifications: ApplicationNotifications;
  now: () => Date;
  log: Logger;
}

/** The round is not open (yet or any more); the handler says the dates in the user's language. */
export class RoundPhaseError extends DomainError {
  constructor(
    readonly round: Round,
    readonly phase: Exclude<RoundPhase, 'open'>,
    /** The caller's draft in that round, shown read-only. */
    readonly draft?: Application,
  ) {
    super(phase === 'upcoming' ? 'aanmelding.round.notOpenYet' : 'aanmelding.round.closed');
    this.name = 'RoundPhaseError';
  }
}

/** The school already has an application in this round, started by someone else. */
export class ApplicationTakenError extends DomainError {
  constructor(readonly application: Application) {
    super('aanmelding.taken.title');
    this.name = 'ApplicationTakenError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const idSchema = z.string().trim().max(60).regex(SLUG);

/** The ids every card button carries; anything else in the data is ignored. */
export const applicationRef = z.object({ roundId: idSchema, schoolId: idSchema });
export type ApplicationRef = z.infer<typeof applicationRef>;

export function parseRef(raw: unknown): ApplicationRef {
  const r = applicationRef.safeParse(raw);
  if (!r.success) throw new DomainError('aanmelding.error.unknownApplication');
  return r.data;
}

/** A card's revision number: a string or number in the data, anything else is "unknown". */
export const revSchema = z
  .union([
    z.number().int().min(0),
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  ])
  .optional();

export async function requireRound(rounds: RoundRepository, roundId: unknown): Promise<Round> {
  const id = idSchema.safeParse(roundId);
  const round = id.success ? await rounds.get(id.data) : undefined;
  if (!round) throw new DomainError('aanmelding.error.unknownRound');
  return round;
}

export function requireOpen(round: Round, now: Date, draft?: Application): void {
  const phase = roundPhase(round, now);
  if (phase !== 'open') throw new RoundPhaseError(round, phase, draft);
}

/**
 * Read → change → conditional write, again on a conflict: a change is applied to the newest version,
 * so two people acting at once both keep their work (or the second is told why not). `change` may
 * return the same object to say "nothing to do".
 */
export async function mutateApplication(
  repo: ApplicationRepository,
  ref: ApplicationRef,
  change: (current: Application) => Application,
  attempts = 5,
): Promise<{ before: Application; after: Application }> {
  for (let attempt = 1; ; attempt++) {
    const current = await repo.get(ref.roundId, ref.schoolId);
    if (!current) throw new DomainError('aanmelding.error.unknownApplication');
    const next = change(current);
    if (next === current) return { before: current, after: current };
    try {
      return { before: current, after: await repo.replace(next) };
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= attempts) throw err;
    }
  }
}
