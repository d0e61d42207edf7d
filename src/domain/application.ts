import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { ValidationError } from './errors';
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
