import { DateTime } from 'luxon';
import { z } from 'zod';
import { slug } from './slug';

/** One thing the expert group scores, 1–5 with a note. */
export interface Criterion {
  id: string;
  title: string;
  description: string;
}

/**
 * A programme round: when schools can apply, how many places there are, what the money is and how
 * applications are scored. Instants are stored in UTC; the decision date is a calendar date.
 */
export interface Round {
  id: string;
  programme: string;
  name: string;
  description: string;
  opensAt: string;
  closesAt: string;
  /** yyyy-mm-dd in the round's time zone. */
  decisionDate: string;
  timeZone: string;
  places: number;
  budget: { perSchoolYear: number; ownContributionMin: number };
  criteria: Criterion[];
  /** Start of every reference number in this round, e.g. "GKDI21". */
  referencePrefix: string;
  updatedAt: string;
  updatedBy: string;
  etag?: string;
}

export type RoundPhase = 'upcoming' | 'open' | 'closed';

export const ROUND_LIMITS = {
  id: 60,
  programme: 120,
  name: 160,
  description: 2000,
  places: 100,
  amount: 10_000_000,
  criteria: 10,
  criterionTitle: 120,
  criterionDescription: 500,
  prefix: 10,
} as const;

export function roundPhase(round: Pick<Round, 'opensAt' | 'closesAt'>, now: Date): RoundPhase {
  const t = now.getTime();
  if (t < Date.parse(round.opensAt)) return 'upcoming';
  if (t > Date.parse(round.closesAt)) return 'closed';
  return 'open';
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A local date-time in the round's zone ("2021-05-14T23:59") or an instant with an offset. A
 * closing time given to the minute means "until the end of that minute": 23:59 closes at 23:59:59.
 */
export function parseRoundInstant(value: string, zone: string, endOfMinute: boolean): Date | undefined {
  const local = LOCAL_DATE_TIME.test(value);
  const dt = DateTime.fromISO(value, local ? { zone } : { setZone: true });
  if (!dt.isValid) return undefined;
  const withoutSeconds = local && value.length === 16;
  return (endOfMinute && withoutSeconds ? dt.endOf('minute') : dt).toJSDate();
}

function isZone(tz: string): boolean {
  return DateTime.local().setZone(tz).isValid;
}

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const amount = z.number().int().min(0).max(ROUND_LIMITS.amount);

const criterionInput = z.object({
  id: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z0-9-]*$/)
    .optional(),
  title: text(2, ROUND_LIMITS.criterionTitle),
  description: z.string().trim().max(ROUND_LIMITS.criterionDescription).optional().default(''),
});

/**
 * The one description of a valid round, for the JSON import and (after the form is mapped to it)
 * the Teams form. Dates may be local to `timeZone` or carry an offset.
 */
export const roundDefinitionSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(3)
      .max(ROUND_LIMITS.id)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    programme: text(2, ROUND_LIMITS.programme),
    name: text(2, ROUND_LIMITS.name),
    description: z.string().trim().max(ROUND_LIMITS.description).default(''),
    timeZone: z.string().default('Europe/Amsterdam').refine(isZone, 'unknown IANA time zone'),
    opens: z.string().trim().max(40),
    closes: z.string().trim().max(40),
    decisionDate: z.string().trim().regex(DATE, 'yyyy-mm-dd'),
    places: z.number().int().min(1).max(ROUND_LIMITS.places),
    budget: z.object({ perSchoolYear: amount, ownContributionMin: amount }),
    referencePrefix: z
      .string()
      .trim()
      .max(ROUND_LIMITS.prefix)
      .regex(/^[A-Za-z0-9]*$/)
      .optional(),
    criteria: z.array(criterionInput).min(1).max(ROUND_LIMITS.criteria),
  })
  .strict();

export type RoundDefinition = z.input<typeof roundDefinitionSchema>;

export interface RoundProblem {
  path: string;
  message: string;
}

/** Validates a round definition; returns the round or every problem at once. */
export function roundFromDefinition(
  input: unknown,
  actor: string,
  now: Date,
): { round: Omit<Round, 'etag'> } | { problems: RoundProblem[] } {
  const parsed = roundDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    };
  }
  const d = parsed.data;
  const problems: RoundProblem[] = [];
  const opens = parseRoundInstant(d.opens, d.timeZone, false);
  const closes = parseRoundInstant(d.closes, d.timeZone, true);
  const decision = DateTime.fromISO(d.decisionDate, { zone: d.timeZone });
  if (!opens) problems.push({ path: 'opens', message: 'not a date-time (yyyy-mm-ddThh:mm)' });
  if (!closes) problems.push({ path: 'closes', message: 'not a date-time (yyyy-mm-ddThh:mm)' });
  if (!decision.isValid) problems.push({ path: 'decisionDate', message: 'not a date (yyyy-mm-dd)' });
  if (opens && closes && closes.getTime() <= opens.getTime()) {
    problems.push({ path: 'closes', message: 'must be after opens' });
  }
  if (closes && decision.isValid && decision.endOf('day').toJSDate().getTime() < closes.getTime()) {
    problems.push({ path: 'decisionDate', message: 'must not be before the closing date' });
  }
  const criteria: Criterion[] = [];
  for (const [i, c] of d.criteria.entries()) {
    const id = c.id || slug(c.title, 40);
    if (!id) problems.push({ path: `criteria.${i}.title`, message: 'needs letters or digits' });
    else if (criteria.some((x) => x.id === id)) {
      problems.push({ path: `criteria.${i}`, message: `duplicate criterion id "${id}"` });
    } else criteria.push({ id, title: c.title, description: c.description });
  }
  if (problems.length > 0 || !opens || !closes) return { problems };
  return {
    round: {
      id: d.id,
      programme: d.programme,
      name: d.name,
      description: d.description,
      opensAt: opens.toISOString(),
      closesAt: closes.toISOString(),
      decisionDate: d.decisionDate,
      timeZone: d.timeZone,
      places: d.places,
      budget: d.budget,
      criteria,
      referencePrefix: (d.referencePrefix || d.id.replace(/[^a-z0-9]/g, '').slice(0, 8)).toUpperCase(),
      updatedAt: now.toISOString(),
      updatedBy: actor,
    },
  };
}

/** The definition a round was made from (for editing and for export back to JSON). */
export function definitionOf(round: Round): RoundDefinition {
  const local = (iso: string) =>
    DateTime.fromISO(iso, { zone: 'utc' }).setZone(round.timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
  return {
    id: round.id,
    programme: round.programme,
    name: round.name,
    description: round.description,
    timeZone: round.timeZone,
    opens: local(round.opensAt),
    closes: local(round.closesAt),
    decisionDate: round.decisionDate,
    places: round.places,
    budget: { ...round.budget },
    referencePrefix: round.referencePrefix,
    criteria: round.criteria.map((c) => ({ ...c })),
  };
}

export interface RoundRepository {
  get(id: string): Promise<Round | undefined>;
  /** Every round, newest opening first. */
  list(): Promise<Round[]>;
  /** Creates when `etag` is absent (ConflictError if it exists), otherwise replaces if unchanged. */
  save(round: Round): Promise<Round>;
}
