import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { DomainError, ValidationError } from './errors';
import { isMechanism, type Mechanism } from './toolbox';

/** The life of an application, in order (DOMAIN: concept → ingediend → … → besluit). */
export const STATUSES = [
  'concept',
  'ingediend',
  'aanvulling-gevraagd',
  'in-beoordeling',
  'geselecteerd',
  'niet-geselecteerd',
] as const;
export type ApplicationStatus = (typeof STATUSES)[number];

export const DECISIONS = ['geselecteerd', 'niet-geselecteerd'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The guided steps, in the order the applicant fills them in. */
export const STEPS = ['school', 'vraagstuk', 'stappen', 'projectgroep', 'bijdrage', 'overig'] as const;
export type StepId = (typeof STEPS)[number];

export const isStep = (v: unknown): v is StepId =>
  typeof v === 'string' && (STEPS as readonly string[]).includes(v);

export const PROJECT_ROLES = [
  'bestuurders',
  'docenten',
  'beleidsadviseurs',
  'coaches',
  'onderzoekers',
  'experts',
] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export interface ApplicationFields {
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  locations: string;
  vraagstuk: string;
  mechanisms: Mechanism[];
  stepsTaken: string;
  projectRoles: ProjectRole[];
  projectNames: string;
  ownContribution: boolean;
  ownContributionNote: string;
  otherNotes: string;
}
export type FieldId = keyof ApplicationFields;
export type FieldValue = ApplicationFields[FieldId];

export const STEP_FIELDS: Record<StepId, readonly FieldId[]> = {
  school: ['contactName', 'contactRole', 'contactEmail', 'contactPhone', 'locations'],
  vraagstuk: ['vraagstuk', 'mechanisms'],
  stappen: ['stepsTaken'],
  projectgroep: ['projectRoles', 'projectNames'],
  bijdrage: ['ownContribution', 'ownContributionNote'],
  overig: ['otherNotes'],
};

/** Lengths in characters (after trimming). `min: 0` = optional. */
export const FIELD_LIMITS = {
  contactName: { min: 2, max: 100 },
  contactRole: { min: 2, max: 100 },
  contactEmail: { min: 6, max: 254 },
  contactPhone: { min: 10, max: 20 },
  locations: { min: 2, max: 300 },
  vraagstuk: { min: 150, max: 3000 },
  mechanisms: { min: 0, max: 8 },
  stepsTaken: { min: 50, max: 2000 },
  projectRoles: { min: 2, max: 6 },
  projectNames: { min: 0, max: 500 },
  ownContribution: { min: 1, max: 1 },
  ownContributionNote: { min: 0, max: 1000 },
  otherNotes: { min: 0, max: 2000 },
} as const satisfies Record<FieldId, { min: number; max: number }>;

export const TEXT_LIMITS = {
  question: { min: 10, max: 1000 },
  answer: { min: 10, max: 3000 },
  reason: { min: 10, max: 1000 },
  note: { min: 3, max: 1000 },
} as const;

export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$';
export const PHONE_PATTERN = '^\\+?[0-9][0-9 ()-]{8,18}[0-9]$';

export interface Participant {
  id: string;
  name: string;
  joinedAt: string;
}

export interface StatusChange {
  status: ApplicationStatus;
  at: string;
  by: string;
  byName: string;
  reason?: string;
}

export interface Question {
  id: string;
  question: string;
  askedAt: string;
  askedBy: string;
  askedByName: string;
  answer?: string;
  answeredAt?: string;
  answeredBy?: string;
  answeredByName?: string;
}

export interface FieldChange {
  field: FieldId;
  before: FieldValue | null;
  after: FieldValue;
}

export interface Revision {
  at: string;
  by: string;
  byName: string;
  step: StepId;
  changes: FieldChange[];
}

export interface DecisionRecord {
  outcome: Decision;
  reason: string;
  at: string;
  by: string;
  byName: string;
  overridePlaces: boolean;
}

/** One per school per round: the draft and, once submitted, the submission. */
export interface Application {
  roundId: string;
  schoolId: string;
  schoolName: string;
  status: ApplicationStatus;
  /** Grows by one with every change; cards carry it so a stale button is recognised. */
  rev: number;
  participants: Participant[];
  fields: Partial<ApplicationFields>;
  completedSteps: StepId[];
  reference?: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string;
  submittedAt?: string;
  submittedBy?: string;
  submittedByName?: string;
  reviewStartedAt?: string;
  statusHistory: StatusChange[];
  questions: Question[];
  revisions: Revision[];
  decision?: DecisionRecord;
  followUpRequested?: { at: string; by: string; byName: string };
  etag?: string;
}

export interface Actor {
  id: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Validation of untrusted card input

/** Anything longer than this is not read at all: tampered or pasted by mistake. */
const RAW_MAX = 20_000;

/** Trims, unifies line ends and drops control characters a card never sends. */
export function cleanText(s: string): string {
  return (
    s
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  );
}

const text = (min: number, max: number, pattern?: string): z.ZodType<string, z.ZodTypeDef, unknown> => {
  const re = pattern ? new RegExp(pattern) : undefined;
  return z.union([z.string().max(RAW_MAX), z.undefined(), z.null()]).transform((v, ctx) => {
    const s = cleanText(v ?? '');
    if (s.length < min || s.length > max || (re && s !== '' && !re.test(s))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom });
      return z.NEVER;
    }
    return s;
  });
};

/** A multi-select ChoiceSet sends "a,b"; a tampered card may send an array or anything else. */
const idList = <T extends string>(
  isId: (v: unknown) => v is T,
  min: number,
  max: number,
): z.ZodType<T[], z.ZodTypeDef, unknown> =>
  z
    .union([z.string().max(2000), z.array(z.string().max(100)).max(50), z.undefined(), z.null()])
    .transform((v, ctx) => {
      const ids = [
        ...new Set(
          (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter((s) => s.length > 0),
        ),
      ];
      if (!ids.every((id) => isId(id)) || ids.length < min || ids.length > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom });
        return z.NEVER;
      }
      return ids;
    });

/** An Input.Toggle sends "true"/"false"; only a confirmation counts. */
const mustBeTrue: z.ZodType<boolean, z.ZodTypeDef, unknown> = z
  .union([z.literal('true'), z.literal(true)])
  .transform(() => true);

const isProjectRole = (v: unknown): v is ProjectRole =>
  typeof v === 'string' && (PROJECT_ROLES as readonly string[]).includes(v);

const L = FIELD_LIMITS;
const FIELD_SCHEMAS: { [F in FieldId]: z.ZodType<ApplicationFields[F], z.ZodTypeDef, unknown> } = {
  contactName: text(L.contactName.min, L.contactName.max),
  contactRole: text(L.contactRole.min, L.contactRole.max),
  contactEmail: text(L.contactEmail.min, L.contactEmail.max, EMAIL_PATTERN),
  contactPhone: text(L.contactPhone.min, L.contactPhone.max, PHONE_PATTERN),
  locations: text(L.locations.min, L.locations.max),
  vraagstuk: text(L.vraagstuk.min, L.vraagstuk.max),
  mechanisms: idList(isMechanism, L.mechanisms.min, L.mechanisms.max),
  stepsTaken: text(L.stepsTaken.min, L.stepsTaken.max),
  projectRoles: idList(isProjectRole, L.projectRoles.min, L.projectRoles.max),
  projectNames: text(0, L.projectNames.max),
  ownContribution: mustBeTrue,
  ownContributionNote: text(0, L.ownContributionNote.max),
  otherNotes: text(0, L.otherNotes.max),
};

/** The message per field when its value is wrong; {min}/{max} are filled from FIELD_LIMITS. */
export const FIELD_ERRORS: Record<FieldId, MessageKey> = {
  contactName: 'aanmelding.error.contactName',
  contactRole: 'aanmelding.error.contactRole',
  contactEmail: 'aanmelding.error.contactEmail',
  contactPhone: 'aanmelding.error.contactPhone',
  locations: 'aanmelding.error.locations',
  vraagstuk: 'aanmelding.error.vraagstuk',
  mechanisms: 'aanmelding.error.mechanisms',
  stepsTaken: 'aanmelding.error.stepsTaken',
  projectRoles: 'aanmelding.error.projectRoles',
  projectNames: 'aanmelding.error.projectNames',
  ownContribution: 'aanmelding.error.ownContribution',
  ownContributionNote: 'aanmelding.error.ownContributionNote',
  otherNotes: 'aanmelding.error.otherNotes',
};

/**
 * Validates one step of untrusted card data. Every field is checked (so the card can show every
 * problem at once); unknown keys are ignored. Throws ValidationError with a message key per field.
 */
export function parseStep(step: StepId, raw: Record<string, unknown>): Partial<ApplicationFields> {
  const out: Partial<ApplicationFields> = {};
  const errors: Record<string, MessageKey> = {};
  for (const field of STEP_FIELDS[step]) {
    const parsed = FIELD_SCHEMAS[field].safeParse(raw[field]);
    if (parsed.success) (out as Record<FieldId, FieldValue>)[field] = parsed.data;
    else errors[field] = FIELD_ERRORS[field];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return out;
}

/** Re-checks what is stored (defence in depth before submitting): the steps that do not pass. */
export function incompleteSteps(app: Pick<Application, 'fields' | 'completedSteps'>): StepId[] {
  return STEPS.filter((step) => {
    if (!app.completedSteps.includes(step)) return true;
    try {
      parseStep(step, toRaw(app.fields, step));
      return false;
    } catch {
      return true;
    }
  });
}

/** Stored values back into the shape a card submits (lists as "a,b", booleans as "true"). */
export function toRaw(fields: Partial<ApplicationFields>, step: StepId): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const f of STEP_FIELDS[step]) {
    const v = fields[f];
    raw[f] = Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? String(v) : v;
  }
  return raw;
}

/** Validates a free text of the review process (question, answer, reason, note). */
export function parseText(kind: keyof typeof TEXT_LIMITS, raw: unknown): string | undefined {
  const r = text(TEXT_LIMITS[kind].min, TEXT_LIMITS[kind].max).safeParse(raw);
  return r.success ? r.data : undefined;
}

// ---------------------------------------------------------------------------------------------
// State machine

const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
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

function moveTo(
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

function touched(app: Application, actor: Actor, at: string): Application {
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

const sameValue = (a: FieldValue | undefined, b: FieldValue): boolean =>
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

/** Which schools are selected in a round: the one place that keeps "at most N places" under concurrency. */
export interface Selection {
  roundId: string;
  selected: string[];
  etag?: string;
}

export interface ApplicationRepository {
  get(roundId: string, schoolId: string): Promise<Application | undefined>;
  /** ConflictError when the school already has an application in the round. */
  create(app: Application): Promise<Application>;
  /** Replaces only the version that was read (`etag`); ConflictError otherwise. */
  replace(app: Application): Promise<Application>;
  /** Deletes only the version that was read; ConflictError when it changed meanwhile. */
  delete(app: Application): Promise<void>;
  listByRound(roundId: string): Promise<Application[]>;
  listByParticipant(aadObjectId: string): Promise<Application[]>;
}

export interface SelectionRepository {
  get(roundId: string): Promise<Selection | undefined>;
  /** Creates when `etag` is absent, otherwise replaces if unchanged (ConflictError). */
  save(selection: Selection): Promise<Selection>;
}
