/**
 * A logbook update before it is saved: the draft a coach confirms in the card, how its untrusted card data is read,
 * and what changed when a saved update is edited.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  MECHANISMS,
  PHASES,
  UPDATE_FIELDS,
  type InterventionUpdate,
  type UpdateChange,
  type UpdateContent,
  type UpdateField,
} from '../../domain/logboek';
import { inputText as asText } from '../../cards/form-errors';
import type { MessageKey } from '../../i18n';
import { type ExtractedField } from './extract';

export const MAX_PARTICIPANTS = 2000;
export const MAX_TEXT = 2000;
/** Older than this (or in the future) the card asks "is this date right?" before saving. */
export const LONG_PAST_DAYS = 60;
/** How many updates "mijn updates" shows. */
export const RECENT_LIMIT = 8;

/** What the confirmation card is filled with; '' where nothing is known yet. */
export interface DraftValues {
  schoolId: string;
  date: string;
  activityType: string;
  mechanism: string;
  participants: string;
  phase: string;
  text: string;
}

export interface Draft {
  /** Becomes the update's id on save, so a second press of "Opslaan" cannot save twice. */
  draftId: string;
  values: DraftValues;
  /** Card fields the coach should check (not found, or found with low confidence). */
  uncertain: UpdateField[];
  /** Extra remarks for the card (e.g. "Deltion is not one of your schools"). */
  notes: { key: MessageKey; values?: Record<string, string | number> }[];
  /** Set when editing a saved update. */
  updateId?: string;
  etag?: string;
  /** The date the coach already confirmed (future or long past). */
  confirmedDate?: string;
}

export type SaveResult =
  | { kind: 'saved'; update: InterventionUpdate; edited: boolean }
  | { kind: 'alreadySaved'; update: InterventionUpdate }
  | { kind: 'checkDate'; reason: 'future' | 'past'; draft: Draft };

export const FIELD_OF: Record<ExtractedField, UpdateField> = {
  school: 'schoolId',
  date: 'date',
  mechanism: 'mechanism',
  participants: 'participants',
  phase: 'phase',
  activityType: 'activityType',
};

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => DateTime.fromISO(d).isValid);
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(''), z.enum(values)])
    .optional()
    .transform((v) => (v ? v : null));

/** Card data is untrusted: every field checked, strings capped, unknown fields ignored. */
export const saveInput = z.object({
  draftId: z.string().uuid(),
  updateId: z.string().uuid().optional(),
  etag: z.string().max(200).optional(),
  confirmedDate: z.string().max(10).optional(),
  schoolId: z.string().trim().min(1).max(60),
  date: isoDate,
  activityType: z.enum(ACTIVITY_TYPES),
  mechanism: optionalEnum(MECHANISMS),
  phase: optionalEnum(PHASES),
  participants: z
    .union([z.string().trim().max(12), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return null;
      const n = typeof v === 'number' ? v : Number(v.replace(/\./g, ''));
      if (!Number.isInteger(n) || n < 0 || n > MAX_PARTICIPANTS) {
        ctx.addIssue({ code: z.ZodIssueCode.custom });
        return z.NEVER;
      }
      return n;
    }),
  text: z.string().trim().min(3).max(MAX_TEXT),
});

export const FIELD_ERRORS: Record<string, MessageKey> = {
  schoolId: 'logboek.error.school',
  date: 'logboek.error.date',
  activityType: 'logboek.error.activityType',
  mechanism: 'error.validation',
  phase: 'error.validation',
  participants: 'logboek.error.participants',
  text: 'logboek.error.text',
};

export const refInput = z.object({
  schoolId: z.string().trim().min(1).max(60),
  updateId: z.string().uuid(),
  etag: z.string().max(200).optional(),
});

/** Keeps what the coach typed (capped) so a rejected card comes back filled in. */
export function draftFromRaw(raw: unknown): Draft {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const uuid = z.string().uuid();
  return {
    draftId: uuid.safeParse(r.draftId).success ? (r.draftId as string) : randomUUID(),
    updateId: uuid.safeParse(r.updateId).success ? (r.updateId as string) : undefined,
    etag: asText(r.etag, 200) || undefined,
    confirmedDate: asText(r.confirmedDate, 10) || undefined,
    values: {
      schoolId: asText(r.schoolId, 60),
      date: asText(r.date, 10),
      activityType: asText(r.activityType, 30),
      mechanism: asText(r.mechanism, 30),
      participants: typeof r.participants === 'number' ? String(r.participants) : asText(r.participants, 12),
      phase: asText(r.phase, 20),
      text: asText(r.text, MAX_TEXT),
    },
    uncertain: [],
    notes: [],
  };
}

/** A saved or confirmed update as card values. */
export function valuesOf(u: UpdateContent): DraftValues {
  return {
    schoolId: u.schoolId,
    date: u.date,
    activityType: u.activityType,
    mechanism: u.mechanism ?? '',
    participants: u.participants === null ? '' : String(u.participants),
    phase: u.phase ?? '',
    text: u.text,
  };
}

export function contentOf(u: UpdateContent): Record<UpdateField, string | number | null> {
  return {
    schoolId: u.schoolId,
    date: u.date,
    activityType: u.activityType,
    mechanism: u.mechanism,
    participants: u.participants,
    phase: u.phase,
    text: u.text,
  };
}

export function diff(before: UpdateContent, after: UpdateContent): UpdateChange['changes'] {
  const a = contentOf(before);
  const b = contentOf(after);
  const changes: UpdateChange['changes'] = {};
  for (const f of UPDATE_FIELDS) if (a[f] !== b[f]) changes[f] = { from: a[f], to: b[f] };
  return changes;
}
