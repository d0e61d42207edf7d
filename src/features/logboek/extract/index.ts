import { DateTime } from 'luxon';
import type { ActivityType, Mechanism, Phase } from '../../../domain/logboek';
import { findDate } from './dates';
import { findActivityType, findMechanism, findPhase } from './keywords';
import { findParticipants } from './participants';
import { findSchool, type SchoolRef } from './schools';
import { normalise } from './text';

export type { SchoolRef } from './schools';

export const EXTRACTED_FIELDS = [
  'school',
  'mechanism',
  'date',
  'participants',
  'phase',
  'activityType',
] as const;
export type ExtractedField = (typeof EXTRACTED_FIELDS)[number];

/** What the extractor read in a message; null where the message does not say. */
export interface Extraction {
  /** School id, always one of the schools passed in. */
  school: string | null;
  mechanism: Mechanism | null;
  /** YYYY-MM-DD in the configured time zone. */
  date: string | null;
  participants: number | null;
  phase: Phase | null;
  activityType: ActivityType | null;
  /** 0–1 per field; 0 when nothing was found. Below CONFIDENT the card asks the coach to check. */
  confidence: Record<ExtractedField, number>;
}

/** At or above this a field is shown as found; below it the card marks the field "check this". */
export const CONFIDENT = 0.75;

/** The longest message the extractor reads; longer text is cut (the card keeps it all). */
export const MAX_EXTRACT_LENGTH = 2000;

export interface ExtractOptions {
  schools: readonly SchoolRef[];
  /** Today as YYYY-MM-DD, or a DateTime in the wanted zone. */
  today: string | DateTime;
  timeZone?: string;
}

/** Reads an update written as to a colleague. Pure and offline: no model, no network. */
export function extractUpdate(text: string, opts: ExtractOptions): Extraction {
  const zone = opts.timeZone ?? 'Europe/Amsterdam';
  const today =
    typeof opts.today === 'string'
      ? DateTime.fromISO(opts.today, { zone }).startOf('day')
      : opts.today.setZone(zone).startOf('day');
  if (!today.isValid) throw new Error(`invalid today: ${String(opts.today)}`);
  const norm = normalise(text.slice(0, MAX_EXTRACT_LENGTH));

  const school = findSchool(norm, opts.schools);
  const { match: date, spans } = findDate(norm, today);
  const participants = findParticipants(norm, spans);
  const mechanism = findMechanism(norm);
  const activityType = findActivityType(norm);
  const phase = findPhase(norm);

  return {
    school: school?.schoolId ?? null,
    mechanism: mechanism?.value ?? null,
    date: date?.date ?? null,
    participants: participants?.count ?? null,
    phase: phase?.value ?? null,
    activityType: activityType?.value ?? null,
    confidence: {
      school: school?.confidence ?? 0,
      mechanism: mechanism?.confidence ?? 0,
      date: date?.confidence ?? 0,
      participants: participants?.confidence ?? 0,
      phase: phase?.confidence ?? 0,
      activityType: activityType?.confidence ?? 0,
    },
  };
}
