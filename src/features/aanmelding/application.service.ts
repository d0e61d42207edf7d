import { z } from 'zod';
import {
  incompleteSteps,
  isStep,
  parseStep,
  parseText,
  type Actor,
  type Application,
  type StepId,
} from '../../domain/application';
import {
  addParticipant,
  answerQuestion,
  applyStep,
  isParticipant,
  newApplication,
  nextStep,
  referenceFor,
  requestFollowUp,
  submit,
} from '../../domain/application-flow';
import { ConflictError, DomainError, ValidationError } from '../../domain/errors';
import { roundPhase, type Round } from '../../domain/round';
import type { Caller } from '../../domain/user';
import type { School } from '../../domain/school';
import {
  ApplicationTakenError,
  idSchema,
  mutateApplication,
  parseRef,
  requireOpen,
  requireRound,
  revSchema,
  type AanmeldingDeps,
  type ApplicationRef,
} from './aanmelding.deps';

export const actorOf = (caller: Caller): Actor => ({ id: caller.aadObjectId, name: caller.name });

const stepEnvelope = z.object({
  roundId: idSchema,
  schoolId: idSchema.optional().or(z.literal('')),
  step: z.string().refine(isStep),
});

export type SubmitOutcome =
  | { kind: 'submitted'; app: Application; round: Round }
  | { kind: 'already'; app: Application; round: Round }
  | { kind: 'stale'; app: Application; round: Round }
  | { kind: 'incomplete'; app: Application; round: Round; steps: StepId[] };

export interface StartOptions {
  open: Round[];
  upcoming: Round[];
  /** The most recently closed round, to say when it closed. */
  lastClosed?: Round;
  mine: Application[];
}

/** Everything the applicant does: start, fill in steps, review, submit, discard, answer, follow status. */
export class ApplicationService {
  constructor(private readonly d: AanmeldingDeps) {}

  async startOptions(caller: Caller): Promise<StartOptions> {
    const now = this.d.now();
    const [rounds, mine] = await Promise.all([this.d.rounds.list(), this.mine(caller)]);
    const closed = rounds.filter((r) => roundPhase(r, now) === 'closed');
    return {
      open: rounds.filter((r) => roundPhase(r, now) === 'open'),
      upcoming: rounds.filter((r) => roundPhase(r, now) === 'upcoming').reverse(),
      lastClosed: closed.sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0],
      mine,
    };
  }

  mine(caller: Caller): Promise<Application[]> {
    return this.d.applications.listByParticipant(caller.aadObjectId);
  }

  /** The round to start in, checked open; and the schools to choose from, the caller's own first. */
  async beginIn(caller: Caller, roundId: unknown): Promise<{ round: Round; schools: School[] }> {
    const round = await requireRound(this.d.rounds, roundId);
    requireOpen(round, this.d.now());
    const schools = await this.d.schools.list();
    if (schools.length === 0) throw new DomainError('aanmelding.error.noSchools');
    const own = new Set(caller.schoolIds);
    return {
      round,
      schools: [...schools.filter((s) => own.has(s.id)), ...schools.filter((s) => !own.has(s.id))],
    };
  }

  /** An application the caller works on (or may read as participant). */
  async mineByRef(caller: Caller, raw: unknown): Promise<{ app: Application; round: Round }> {
    const ref = parseRef(raw);
    const round = await requireRound(this.d.rounds, ref.roundId);
    const app = await this.d.applications.get(ref.roundId, ref.schoolId);
    if (!app) throw new DomainError('aanmelding.error.unknownApplication');
    if (!isParticipant(app, caller.aadObjectId)) throw new DomainError('aanmelding.error.notYours');
    return { app, round };
  }

  /**
   * Saves one step from untrusted card data. A first "school" step creates the draft (one per school
   * per round: the create is conditional); later steps change the newest version of it.
   */
  async saveStep(
    caller: Caller,
    raw: Record<string, unknown>,
  ): Promise<{ app: Application; round: Round; next: StepId | 'review' }> {
    const env = stepEnvelope.safeParse(raw);
    if (!env.success) throw new DomainError('aanmelding.error.unknownApplication');
    const step = env.data.step;
    const round = await requireRound(this.d.rounds, env.data.roundId);
    const actor = actorOf(caller);
    const now = this.d.now();

    if (!env.data.schoolId) {
      if (step !== 'school') throw new DomainError('aanmelding.error.unknownApplication');
      requireOpen(round, now);
      return this.create(caller, round, raw);
    }

    const ref = { roundId: round.id, schoolId: env.data.schoolId };
    const existing = await this.d.applications.get(ref.roundId, ref.schoolId);
    if (!existing) throw new DomainError('aanmelding.error.draftGone');
    if (!isParticipant(existing, actor.id)) throw new DomainError('aanmelding.error.notYours');
    if (existing.status !== 'concept') throw new DomainError('aanmelding.error.notDraft');
    requireOpen(round, now, existing);
    const values = parseStep(step, raw);
    const { after } = await mutateApplication(this.d.applications, ref, (current) => {
      if (!isParticipant(current, actor.id)) throw new DomainError('aanmelding.error.notYours');
      return applyStep(current, step, values, actor, now);
    });
    return { app: after, round, next: nextStep(after, step) };
  }

  private async create(
    caller: Caller,
    round: Round,
    raw: Record<string, unknown>,
  ): Promise<{ app: Application; round: Round; next: StepId | 'review' }> {
    const actor = actorOf(caller);
    const now = this.d.now();
    const schoolId = idSchema.safeParse(raw.school);
    const school = schoolId.success ? await this.d.schools.get(schoolId.data) : undefined;
    let values;
    try {
      values = parseStep('school', raw);
    } catch (err) {
      if (!(err instanceof ValidationError) || school) throw err;
      throw new ValidationError({ ...err.fieldErrors, school: 'aanmelding.error.school' });
    }
    if (!school) throw new ValidationError({ school: 'aanmelding.error.school' });

    const ref = { roundId: round.id, schoolId: school.id };
    const draft = applyStep(
      newApplication({ ...ref, schoolName: school.name }, actor, now),
      'school',
      values,
      actor,
      now,
    );
    let app: Application;
    try {
      app = await this.d.applications.create(draft);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // The school already has one: the caller's own (started elsewhere) continues, anyone else is told.
      const existing = await this.d.applications.get(ref.roundId, ref.schoolId);
      if (!existing) throw err;
      if (!isParticipant(existing, actor.id) || existing.status !== 'concept') {
        throw new ApplicationTakenError(existing);
      }
      app = (
        await mutateApplication(this.d.applications, ref, (c) => applyStep(c, 'school', values, actor, now))
      ).after;
    }
    return { app, round, next: nextStep(app, 'school') };
  }

  /** Joins a colleague's application of the same school; the others hear who joined. */
  async join(caller: Caller, raw: unknown): Promise<{ app: Application; round: Round }> {
    const ref = parseRef(raw);
    const round = await requireRound(this.d.rounds, ref.roundId);
    const actor = actorOf(caller);
    const { before, after } = await mutateApplication(this.d.applications, ref, (c) => {
      // Joining is for a draft; a submitted application is only shown to those who worked on it.
      if (c.status !== 'concept' && !isParticipant(c, actor.id))
        throw new DomainError('aanmelding.error.notDraft');
      return addParticipant(c, actor, this.d.now());
    });
    if (after !== before) await this.d.notifications.joined(after, round, actor);
    return { app: after, round };
  }

  /**
   * Submits exactly what the caller reviewed (`rev`). Two submits at once: the conditional write lets
   * one through; the other reads the result and hears it was already submitted.
   */
  async submit(caller: Caller, raw: Record<string, unknown>): Promise<SubmitOutcome> {
    const { app, round } = await this.mineByRef(caller, raw);
    const rev = revSchema.safeParse(raw.rev);
    if (app.status !== 'concept') return { kind: 'already', app, round };
    requireOpen(round, this.d.now(), app);
    if (!rev.success || rev.data !== app.rev) return { kind: 'stale', app, round };
    const steps = incompleteSteps(app);
    if (steps.length > 0) return { kind: 'incomplete', app, round, steps };
    const actor = actorOf(caller);
    try {
      const saved = await this.d.applications.replace(
        submit(app, referenceFor(round.referencePrefix, round.id, app.schoolId), actor, this.d.now()),
      );
      await this.d.notifications.submitted(saved, round, actor);
      return { kind: 'submitted', app: saved, round };
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const latest = await this.d.applications.get(round.id, app.schoolId);
      if (!latest) throw new DomainError('aanmelding.error.draftGone');
      return { kind: latest.status === 'concept' ? 'stale' : 'already', app: latest, round };
    }
  }

  /** Discards a draft, only the version the caller saw; colleagues on it are told. */
  async discard(
    caller: Caller,
    raw: Record<string, unknown>,
  ): Promise<{ discarded: boolean; app: Application }> {
    const { app, round } = await this.mineByRef(caller, raw);
    if (app.status !== 'concept') throw new DomainError('aanmelding.error.notDraft');
    const rev = revSchema.safeParse(raw.rev);
    if (!rev.success || rev.data !== app.rev) return { discarded: false, app };
    try {
      await this.d.applications.delete(app);
    } catch (err) {
      if (err instanceof ConflictError) return { discarded: false, app };
      throw err;
    }
    await this.d.notifications.discarded(app, round, actorOf(caller));
    return { discarded: true, app };
  }

  async answer(caller: Caller, raw: Record<string, unknown>): Promise<{ app: Application; round: Round }> {
    const { round } = await this.mineByRef(caller, raw);
    const ref: ApplicationRef = parseRef(raw);
    const questionId = z.string().uuid().safeParse(raw.questionId);
    if (!questionId.success) throw new DomainError('aanmelding.error.unknownQuestion');
    const answer = parseText('answer', raw.answer);
    if (answer === undefined) throw new ValidationError({ answer: 'aanmelding.error.answer' });
    const actor = actorOf(caller);
    const { before, after } = await mutateApplication(this.d.applications, ref, (c) =>
      answerQuestion(c, questionId.data, answer, actor, this.d.now()),
    );
    await this.d.notifications.answered(before, after, round, questionId.data, actor);
    return { app: after, round };
  }

  /** After "not selected": the school asks for the conversation about other support. */
  async followUp(
    caller: Caller,
    raw: unknown,
  ): Promise<{ app: Application; round: Round; already: boolean }> {
    const { round } = await this.mineByRef(caller, raw);
    const actor = actorOf(caller);
    const { before, after } = await mutateApplication(this.d.applications, parseRef(raw), (c) =>
      requestFollowUp(c, actor, this.d.now()),
    );
    if (after !== before) await this.d.notifications.followUpRequested(after, round, actor);
    return { app: after, round, already: after === before };
  }
}
