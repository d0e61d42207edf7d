import { createHash } from 'node:crypto';
import { DomainError } from './errors';
import {
  ApplicationStatus,
  Decision,
  STEPS,
  StepId,
  ApplicationFields,
  FieldValue,
  STEP_FIELDS,
  StatusChange,
  Question,
  FieldChange,
  Application,
  Actor,
  incompleteSteps,
} from './application';

// ---------------------------------------------------------------------------------------------
// State machine

export const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  concept: ['ingediend'],
  ingediend: ['aanvulling-gevraagd', 'in-beoordeling', 'geselecteerd', 'niet-geselecteerd'],
  'aanvulling-gevraagd': ['ingediend', 'in-beoordeling', 'geselecteerd', 'niet-geselecteerd'],
  'in-beoordeling': ['aanvulling-gevraagd', 'geselecteerd', 'niet-geselecteerd'],
  geselecteerd: ['niet-geselecteerd'],
  'niet-geselecteerd': ['geselecteerd'],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Submitted and not yet decided: the expert group can score it and ask questions. */
export function isUnderReview(status: ApplicationStatus): boolean {
  return status === 'ingediend' || status === 'aanvulling-gevraagd' || status === 'in-beoordeling';
}

export function isParticipant(app: Pick<Application, 'participants'>, id: string): boolean {
  return app.participants.some((p) => p.id === id.toLowerCase());
}

export function moveTo(
  app: Application,
  to: ApplicationStatus,
  actor: Actor,
  at: string,
  reason?: string,
): Application {
  if (app.status === to) return app;
  if (!canTransition(app.status, to)) {
    throw new DomainError('aanmelding.error.transition');
  }
  const change: StatusChange = { status: to, at, by: actor.id, byName: actor.name };
  if (reason !== undefined) change.reason = reason;
  return { ...app, status: to, statusHistory: [...app.statusHistory, change] };
}

export function touched(app: Application, actor: Actor, at: string): Application {
  return { ...app, rev: app.rev + 1, updatedAt: at, updatedBy: actor.id, updatedByName: actor.name };
}

export function newApplication(
  input: { roundId: string; schoolId: string; schoolName: string },
  actor: Actor,
  now: Date,
): Application {
  const at = now.toISOString();
  return {
    ...input,
    status: 'concept',
    rev: 0,
    participants: [{ id: actor.id, name: actor.name, joinedAt: at }],
    fields: {},
    completedSteps: [],
    createdAt: at,
    updatedAt: at,
    updatedBy: actor.id,
    updatedByName: actor.name,
    statusHistory: [{ status: 'concept', at, by: actor.id, byName: actor.name }],
    questions: [],
    revisions: [],
  };
}

export const sameValue = (a: FieldValue | undefined, b: FieldValue): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

/** Saves one step of a draft; records which fields changed, by whom. Only drafts change this way. */
export function applyStep(
  app: Application,
  step: StepId,
  values: Partial<ApplicationFields>,
  actor: Actor,
  now: Date,
): Application {
  if (app.status !== 'concept') throw new DomainError('aanmelding.error.notDraft');
  const changes: FieldChange[] = [];
  const fields: Partial<ApplicationFields> = { ...app.fields };
  for (const field of STEP_FIELDS[step]) {
    const after = values[field];
    if (after === undefined) continue;
    if (!sameValue(app.fields[field], after)) {
      changes.push({ field, before: app.fields[field] ?? null, after });
    }
    (fields as Record<string, unknown>)[field] = after;
  }
  const completedSteps = app.completedSteps.includes(step)
    ? app.completedSteps
    : STEPS.filter((s) => s === step || app.completedSteps.includes(s));
  if (changes.length === 0 && completedSteps === app.completedSteps) return app;
  const at = now.toISOString();
  const revisions = changes.length
    ? [...app.revisions, { at, by: actor.id, byName: actor.name, step, changes }]
    : app.revisions;
  return touched({ ...app, fields, completedSteps, revisions }, actor, at);
}

/** The first step the applicant has not finished, or 'review' when all are done. */
export function nextStep(app: Pick<Application, 'completedSteps'>, after?: StepId): StepId | 'review' {
  const from = after ? STEPS.indexOf(after) + 1 : 0;
  const rest = [...STEPS.slice(from), ...STEPS.slice(0, from)];
  return rest.find((s) => !app.completedSteps.includes(s)) ?? 'review';
}

export function addParticipant(app: Application, actor: Actor, now: Date): Application {
  if (isParticipant(app, actor.id)) return app;
  const at = now.toISOString();
  return touched(
    { ...app, participants: [...app.participants, { id: actor.id, name: actor.name, joinedAt: at }] },
    actor,
    at,
  );
}

/** A short, stable reference for a school's application in a round ("GKDI21-7KQ3MX"). */
export function referenceFor(prefix: string, roundId: string, schoolId: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const digest = createHash('sha256').update(`${roundId}\n${schoolId}`).digest();
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[digest[i]! % alphabet.length];
  return `${prefix}-${code}`;
}

export function submit(app: Application, reference: string, actor: Actor, now: Date): Application {
  if (app.status !== 'concept') throw new DomainError('aanmelding.error.notDraft');
  if (incompleteSteps(app).length > 0) throw new DomainError('aanmelding.error.incomplete');
  const at = now.toISOString();
  return touched(
    {
      ...moveTo(app, 'ingediend', actor, at),
      reference,
      submittedAt: at,
      submittedBy: actor.id,
      submittedByName: actor.name,
    },
    actor,
    at,
  );
}

export function requestInformation(
  app: Application,
  question: { id: string; text: string },
  actor: Actor,
  now: Date,
): Application {
  if (!isUnderReview(app.status)) throw new DomainError('aanmelding.error.notUnderReview');
  const at = now.toISOString();
  const moved = moveTo(app, 'aanvulling-gevraagd', actor, at, question.text);
  const q: Question = {
    id: question.id,
    question: question.text,
    askedAt: at,
    askedBy: actor.id,
    askedByName: actor.name,
  };
  return touched({ ...moved, questions: [...app.questions, q] }, actor, at);
}

export function openQuestions(app: Pick<Application, 'questions'>): Question[] {
  return app.questions.filter((q) => q.answer === undefined);
}

/** The applicant's answer; with no question left open, the application goes back to the expert group. */
export function answerQuestion(
  app: Application,
  questionId: string,
  answer: string,
  actor: Actor,
  now: Date,
): Application {
  const q = app.questions.find((x) => x.id === questionId);
  if (!q) throw new DomainError('aanmelding.error.unknownQuestion');
  if (q.answer !== undefined) throw new DomainError('aanmelding.error.alreadyAnswered');
  if (app.status !== 'aanvulling-gevraagd') throw new DomainError('aanmelding.error.notAwaitingAnswer');
  const at = now.toISOString();
  const questions = app.questions.map((x) =>
    x.id === questionId
      ? { ...x, answer, answeredAt: at, answeredBy: actor.id, answeredByName: actor.name }
      : x,
  );
  const stillOpen = questions.some((x) => x.answer === undefined);
  const back: ApplicationStatus = app.reviewStartedAt ? 'in-beoordeling' : 'ingediend';
  const moved = stillOpen ? app : moveTo(app, back, actor, at);
  return touched({ ...moved, questions }, actor, at);
}

/** The first score marks the start of the review; an open question keeps its status. */
export function startReview(app: Application, actor: Actor, now: Date): Application {
  if (!isUnderReview(app.status)) throw new DomainError('aanmelding.error.notUnderReview');
  if (app.reviewStartedAt) return app;
  const at = now.toISOString();
  const moved = app.status === 'ingediend' ? moveTo(app, 'in-beoordeling', actor, at) : app;
  return touched({ ...moved, reviewStartedAt: at }, actor, at);
}

export function decide(
  app: Application,
  decision: { outcome: Decision; reason: string; overridePlaces: boolean },
  actor: Actor,
  now: Date,
): Application {
  if (app.status === 'concept') throw new DomainError('aanmelding.error.notSubmitted');
  if (app.status === decision.outcome && app.decision?.reason === decision.reason) return app;
  const at = now.toISOString();
  const moved =
    app.status === decision.outcome ? app : moveTo(app, decision.outcome, actor, at, decision.reason);
  return touched(
    {
      ...moved,
      decision: { ...decision, at, by: actor.id, byName: actor.name },
    },
    actor,
    at,
  );
}

export function requestFollowUp(app: Application, actor: Actor, now: Date): Application {
  if (app.status !== 'niet-geselecteerd') throw new DomainError('aanmelding.error.noFollowUp');
  if (app.followUpRequested) return app;
  const at = now.toISOString();
  return touched({ ...app, followUpRequested: { at, by: actor.id, byName: actor.name } }, actor, at);
}

/** When the status last became what it is now. */
export function statusSince(app: Pick<Application, 'status' | 'statusHistory'>): string | undefined {
  return [...app.statusHistory].reverse().find((h) => h.status === app.status)?.at;
}
