import { requireRole } from '../../domain/access';
import { cleanText } from '../../domain/application';
import { ConflictError, DomainError, ValidationError } from '../../domain/errors';
import {
  definitionOf,
  roundFromDefinition,
  type Criterion,
  type Round,
  type RoundProblem,
  type RoundRepository,
} from '../../domain/round';
import type { ReviewRepository } from '../../domain/review';
import { slug } from '../../domain/slug';
import type { Caller } from '../../domain/user';
import type { MessageKey } from '../../i18n';

/** The Teams form's fields; dates and times come from separate Input.Date / Input.Time. */
export interface RoundFormValues {
  roundId: string;
  id: string;
  programme: string;
  name: string;
  description: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  decisionDate: string;
  places: string;
  perSchoolYear: string;
  ownContributionMin: string;
  referencePrefix: string;
  criteria: string;
  updatedAt: string;
}

const FORM_FIELD_OF: Record<string, keyof RoundFormValues> = {
  id: 'id',
  programme: 'programme',
  name: 'name',
  description: 'description',
  opens: 'opensDate',
  closes: 'closesDate',
  decisionDate: 'decisionDate',
  places: 'places',
  budget: 'perSchoolYear',
  referencePrefix: 'referencePrefix',
  criteria: 'criteria',
};

const FORM_ERRORS: Partial<Record<keyof RoundFormValues, MessageKey>> = {
  id: 'aanmelding.rounds.error.id',
  programme: 'aanmelding.rounds.error.text',
  name: 'aanmelding.rounds.error.text',
  description: 'aanmelding.rounds.error.description',
  opensDate: 'aanmelding.rounds.error.opens',
  closesDate: 'aanmelding.rounds.error.closes',
  decisionDate: 'aanmelding.rounds.error.decisionDate',
  places: 'aanmelding.rounds.error.places',
  perSchoolYear: 'aanmelding.rounds.error.amount',
  ownContributionMin: 'aanmelding.rounds.error.amount',
  referencePrefix: 'aanmelding.rounds.error.prefix',
  criteria: 'aanmelding.rounds.error.criteria',
};

const asText = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const asNumberText = (v: unknown, max: number): string =>
  typeof v === 'number' ? String(v) : asText(v, max);

/** What the user typed, trimmed to sane lengths, so a rejected form comes back filled in. */
export function roundFormValuesFrom(raw: Record<string, unknown>): RoundFormValues {
  return {
    roundId: asText(raw.roundId, 60),
    id: asText(raw.id, 60),
    programme: asText(raw.programme, 120),
    name: asText(raw.name, 160),
    description: asText(raw.description, 2000),
    opensDate: asText(raw.opensDate, 10),
    opensTime: asText(raw.opensTime, 8),
    closesDate: asText(raw.closesDate, 10),
    closesTime: asText(raw.closesTime, 8),
    decisionDate: asText(raw.decisionDate, 10),
    places: asNumberText(raw.places, 6),
    perSchoolYear: asNumberText(raw.perSchoolYear, 12),
    ownContributionMin: asNumberText(raw.ownContributionMin, 12),
    referencePrefix: asText(raw.referencePrefix, 10),
    criteria: asText(raw.criteria, 8000),
    updatedAt: asText(raw.updatedAt, 40),
  };
}

export function roundFormValuesOf(round: Round): RoundFormValues {
  const def = definitionOf(round);
  return {
    roundId: round.id,
    id: round.id,
    programme: round.programme,
    name: round.name,
    description: round.description,
    opensDate: def.opens.slice(0, 10),
    opensTime: def.opens.slice(11, 16),
    closesDate: def.closes.slice(0, 10),
    closesTime: def.closes.slice(11, 16),
    decisionDate: round.decisionDate,
    places: String(round.places),
    perSchoolYear: String(round.budget.perSchoolYear),
    ownContributionMin: String(round.budget.ownContributionMin),
    referencePrefix: round.referencePrefix,
    criteria: round.criteria
      .map((c) => (c.description ? `${c.title} | ${c.description}` : c.title))
      .join('\n'),
    updatedAt: round.updatedAt,
  };
}

const wholeNumber = (s: string): number | string => (/^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : s);

/** "Titel | uitleg" per line; an existing criterion with the same title keeps its id (and its scores). */
function criteriaFrom(
  textValue: string,
  existing: readonly Criterion[],
): { id?: string; title: string; description: string }[] {
  return cleanText(textValue)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [title = '', ...rest] = line.split('|');
      const t = title.trim();
      const known = existing.find((c) => c.title === t || c.id === slug(t, 40));
      return { ...(known ? { id: known.id } : {}), title: t, description: rest.join('|').trim() };
    });
}

/** Programme rounds: created and edited by a beheerder in Teams, or imported from JSON (CLI). */
export class RoundService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly reviews: ReviewRepository,
    private readonly now: () => Date,
  ) {}

  list(): Promise<Round[]> {
    return this.rounds.list();
  }

  async forEdit(caller: Caller, roundId: unknown): Promise<Round | undefined> {
    requireRole(caller, 'beheerder');
    if (typeof roundId !== 'string' || roundId === '') return undefined;
    const round = await this.rounds.get(roundId.slice(0, 60));
    if (!round) throw new DomainError('aanmelding.error.unknownRound');
    return round;
  }

  async saveForm(caller: Caller, raw: Record<string, unknown>): Promise<{ round: Round; created: boolean }> {
    requireRole(caller, 'beheerder');
    const v = roundFormValuesFrom(raw);
    const existing = v.roundId ? await this.rounds.get(v.roundId) : undefined;
    if (v.roundId && !existing) throw new DomainError('aanmelding.error.unknownRound');
    if (existing && v.updatedAt !== existing.updatedAt) throw new DomainError('error.conflict');
    const id = existing?.id ?? (v.id.trim() || slug(v.name, 60));
    const definition = {
      id,
      programme: v.programme,
      name: v.name,
      description: v.description,
      timeZone: existing?.timeZone ?? 'Europe/Amsterdam',
      opens: `${v.opensDate}T${v.opensTime.slice(0, 5) || '00:00'}`,
      closes: `${v.closesDate}T${v.closesTime.slice(0, 5) || '23:59'}`,
      decisionDate: v.decisionDate,
      places: wholeNumber(v.places),
      budget: {
        perSchoolYear: wholeNumber(v.perSchoolYear),
        ownContributionMin: wholeNumber(v.ownContributionMin),
      },
      ...(v.referencePrefix.trim() ? { referencePrefix: v.referencePrefix.trim() } : {}),
      criteria: criteriaFrom(v.criteria, existing?.criteria ?? []),
    };
    const result = roundFromDefinition(definition, caller.aadObjectId, this.now());
    if ('problems' in result) throw new ValidationError(formErrors(result.problems));
    if (!existing && (await this.rounds.get(id)))
      throw new ValidationError({ id: 'aanmelding.rounds.error.idTaken' });
    return this.store(result.round, existing);
  }

  /** The CLI import: creates the round or replaces it (by id). Problems are returned, never thrown. */
  async importDefinition(
    input: unknown,
    actor: string,
  ): Promise<{ round: Round; created: boolean } | { problems: RoundProblem[] }> {
    const result = roundFromDefinition(input, actor, this.now());
    if ('problems' in result) return result;
    for (let attempt = 1; ; attempt++) {
      const existing = await this.rounds.get(result.round.id);
      try {
        return await this.store(result.round, existing);
      } catch (err) {
        if (err instanceof DomainError && err.messageKey === 'aanmelding.rounds.error.criteriaLocked') {
          return {
            problems: [{ path: 'criteria', message: 'scoring has started: criteria can no longer change' }],
          };
        }
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }

  private async store(
    next: Omit<Round, 'etag'>,
    existing: Round | undefined,
  ): Promise<{ round: Round; created: boolean }> {
    if (existing && !sameCriteria(existing.criteria, next.criteria)) {
      const scored = await this.reviews.listByRound(existing.id);
      if (scored.length > 0) throw new DomainError('aanmelding.rounds.error.criteriaLocked');
    }
    const round = await this.rounds.save({ ...next, etag: existing?.etag });
    return { round, created: !existing };
  }
}

function sameCriteria(a: readonly Criterion[], b: readonly Criterion[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]?.id);
}

function formErrors(problems: RoundProblem[]): Record<string, MessageKey> {
  const out: Record<string, MessageKey> = {};
  for (const p of problems) {
    const top = p.path.split('.')[0] ?? '';
    const field =
      top === 'budget' && p.path.includes('ownContributionMin') ? 'ownContributionMin' : FORM_FIELD_OF[top];
    if (field) out[field] = FORM_ERRORS[field] ?? 'error.validation';
    else out.form = 'error.validation';
  }
  return out;
}
