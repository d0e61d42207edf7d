import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { hasRole, requireRole } from '../../domain/access';
import { ConflictError, DomainError, ForbiddenError, parseForm, ValidationError } from '../../domain/errors';
import {
  type InterventionUpdate,
  type UpdateContent,
  type SchedulerRepository,
  type UpdateRepository,
} from '../../domain/logboek';
import type { SchoolRepository } from '../../domain/repositories';
import type { School } from '../../domain/school';
import type { Caller } from '../../domain/user';
import { inputText as asText } from '../../cards/form-errors';
import { CONFIDENT, extractUpdate, type ExtractedField } from './extract';
import { findFutureDate } from './extract/dates';
import { findSchool } from './extract/schools';
import { byInactivity, statsOf, type SchoolStats } from './overview';
import { normalise } from './extract/text';
import {
  MAX_PARTICIPANTS,
  MAX_TEXT,
  LONG_PAST_DAYS,
  RECENT_LIMIT,
  Draft,
  SaveResult,
  FIELD_OF,
  saveInput,
  FIELD_ERRORS,
  refInput,
  valuesOf,
  diff,
} from './logboek-draft';

/** The logbook's rules, over the repositories: who may log what, for which school, and when. */
export class LogboekService {
  constructor(
    private readonly updates: UpdateRepository,
    private readonly schools: SchoolRepository,
    private readonly scheduler: SchedulerRepository,
    private readonly now: () => Date,
    private readonly timeZone = 'Europe/Amsterdam',
  ) {}

  today(): DateTime {
    return DateTime.fromJSDate(this.now(), { zone: this.timeZone }).startOf('day');
  }

  /** The schools a coach may log for, in the order they were linked. */
  async schoolsOf(caller: Caller): Promise<School[]> {
    let all = await this.schools.list();
    // A school linked a moment ago may not be in a cached list yet.
    if (caller.schoolIds.some((id) => !all.some((s) => s.id === id)))
      all = await this.schools.list({ fresh: true });
    return caller.schoolIds.flatMap((id) => all.filter((s) => s.id === id));
  }

  /** Schools a caller may see overviews of: a beheerder all, a coach their own. */
  async visibleSchools(caller: Caller): Promise<School[]> {
    if (hasRole(caller, 'beheerder')) return this.schools.list();
    if (hasRole(caller, 'coach')) return this.schoolsOf(caller);
    throw new ForbiddenError('coach');
  }

  /** The caller as a coach with at least one school; the card makes no sense otherwise. */
  async requireCoachSchools(caller: Caller): Promise<School[]> {
    requireRole(caller, 'coach');
    const schools = await this.schoolsOf(caller);
    if (schools.length === 0) throw new DomainError('logboek.noSchools');
    return schools;
  }

  /** A prefilled, unsaved draft from a chat message. */
  async draftFromText(caller: Caller, text: string): Promise<Draft> {
    const own = await this.requireCoachSchools(caller);
    const x = extractUpdate(text, { schools: own, today: this.today(), timeZone: this.timeZone });
    const uncertain = (Object.keys(FIELD_OF) as ExtractedField[])
      .filter((f) => f !== 'phase' && x.confidence[f] < CONFIDENT)
      .map((f) => FIELD_OF[f]);
    const notes: Draft['notes'] = [];
    if (!x.school) {
      // Named a school the coach is not linked to? Say so, rather than "not recognised".
      const other = findSchool(normalise(text), await this.schools.list());
      const otherSchool = other && !own.some((s) => s.id === other.schoolId) ? other : undefined;
      notes.push(
        otherSchool
          ? {
              key: 'logboek.note.notYourSchool',
              values: {
                school: (await this.schools.get(otherSchool.schoolId))?.name ?? otherSchool.schoolId,
                schools: own.map((s) => s.name).join(', '),
              },
            }
          : { key: 'logboek.note.noSchool' },
      );
    }
    if (!x.date) notes.push({ key: 'logboek.note.noDate' });
    if (x.participants !== null && x.participants > MAX_PARTICIPANTS) {
      notes.push({ key: 'logboek.note.manyParticipants', values: { count: x.participants } });
    }
    return {
      draftId: randomUUID(),
      values: {
        schoolId: x.school ?? '',
        date: x.date ?? this.today().toISODate()!,
        activityType: x.activityType ?? '',
        mechanism: x.mechanism ?? '',
        participants: x.participants === null ? '' : String(x.participants),
        phase: x.phase ?? '',
        text: text.trim().slice(0, MAX_TEXT),
      },
      uncertain,
      notes,
    };
  }

  /** An empty draft ("nieuwe update"): today, and the school when the coach has only one. */
  async emptyDraft(caller: Caller): Promise<Draft> {
    const own = await this.requireCoachSchools(caller);
    return {
      draftId: randomUUID(),
      values: {
        schoolId: own.length === 1 ? own[0]!.id : '',
        date: this.today().toISODate()!,
        activityType: '',
        mechanism: '',
        participants: '',
        phase: '',
        text: '',
      },
      uncertain: [],
      notes: [],
    };
  }

  /** The card to correct a saved update; only its coach or a beheerder. */
  async editDraft(caller: Caller, raw: unknown): Promise<Draft> {
    const update = await this.editable(caller, raw);
    return {
      draftId: randomUUID(),
      updateId: update.id,
      etag: update.etag,
      values: valuesOf(update),
      uncertain: [],
      notes: [],
    };
  }

  /**
   * Saves what the coach confirmed on the card. Nothing is stored when anything is wrong; a second
   * press of the same button finds the first save; a date in the future or long past is asked about.
   */
  async save(caller: Caller, raw: unknown): Promise<SaveResult> {
    // Logging needs the coach role; correcting a saved update may also be a beheerder (checked in editable()).
    if (!hasRole(caller, 'beheerder')) requireRole(caller, 'coach');
    const input = parseForm(saveInput, raw, FIELD_ERRORS);
    const content: UpdateContent = {
      schoolId: input.schoolId,
      date: input.date,
      activityType: input.activityType,
      mechanism: input.mechanism,
      participants: input.participants,
      phase: input.phase,
      text: input.text,
    };

    if (input.updateId)
      return this.saveEdit(caller, input.updateId, input.etag, content, input.confirmedDate);

    requireRole(caller, 'coach');
    if (!caller.schoolIds.includes(content.schoolId)) {
      throw new ValidationError({ schoolId: 'logboek.error.notYourSchool' });
    }
    const already = await this.updates.get(content.schoolId, input.draftId);
    if (already) return { kind: 'alreadySaved', update: already };
    const question = this.dateQuestion(content.date, input.confirmedDate);
    if (question) {
      return { kind: 'checkDate', reason: question, draft: this.draftOf(input.draftId, content) };
    }
    const at = this.now().toISOString();
    const update: InterventionUpdate = {
      ...content,
      id: input.draftId,
      coachId: caller.aadObjectId,
      coachName: caller.name,
      createdAt: at,
      updatedAt: at,
      deleted: false,
      history: [{ at, by: caller.aadObjectId, byName: caller.name, action: 'created', changes: {} }],
    };
    try {
      return { kind: 'saved', update: await this.updates.create(update), edited: false };
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // Both presses arrived together: the other one saved it.
      const saved = await this.updates.get(content.schoolId, input.draftId);
      if (saved) return { kind: 'alreadySaved', update: saved };
      throw err;
    }
  }

  private draftOf(draftId: string, content: UpdateContent, updateId?: string, etag?: string): Draft {
    return {
      draftId,
      updateId,
      etag,
      confirmedDate: content.date,
      values: valuesOf(content),
      uncertain: ['date'],
      notes: [],
    };
  }

  /** 'future' or 'past' when the date needs a second look (unless the coach confirmed this date). */
  dateQuestion(date: string, confirmed: string | undefined): 'future' | 'past' | undefined {
    if (confirmed === date) return undefined;
    const d = DateTime.fromISO(date, { zone: this.timeZone });
    const today = this.today();
    if (d > today) return 'future';
    if (today.diff(d, 'days').days > LONG_PAST_DAYS) return 'past';
    return undefined;
  }

  private async saveEdit(
    caller: Caller,
    updateId: string,
    etag: string | undefined,
    content: UpdateContent,
    confirmedDate: string | undefined,
  ): Promise<SaveResult> {
    const current = await this.editable(caller, { schoolId: content.schoolId, updateId });
    const changes = diff(current, content);
    if (Object.keys(changes).length === 0) return { kind: 'alreadySaved', update: current };
    if (current.etag !== etag) {
      // A second press after the first saved, or someone else changed it meanwhile.
      throw new DomainError('error.conflict');
    }
    if (changes.date) {
      const question = this.dateQuestion(content.date, confirmedDate);
      if (question) {
        return {
          kind: 'checkDate',
          reason: question,
          draft: this.draftOf(randomUUID(), content, updateId, etag),
        };
      }
    }
    const at = this.now().toISOString();
    const next: InterventionUpdate = {
      ...current,
      ...content,
      updatedAt: at,
      history: [
        ...current.history,
        { at, by: caller.aadObjectId, byName: caller.name, action: 'edited', changes },
      ],
    };
    try {
      return { kind: 'saved', update: await this.updates.replace(next), edited: true };
    } catch (err) {
      if (err instanceof ConflictError) throw new DomainError('error.conflict');
      throw err;
    }
  }

  /** An update the caller may change: their own, or any for a beheerder. The school cannot change. */
  private async editable(caller: Caller, raw: unknown): Promise<InterventionUpdate> {
    const parsed = refInput.safeParse(raw);
    if (!parsed.success) throw new DomainError('logboek.error.unknownUpdate');
    const { schoolId, updateId } = parsed.data;
    const update = await this.updates.get(schoolId, updateId);
    if (!update || update.deleted) throw new DomainError('logboek.error.unknownUpdate');
    const own = update.coachId === caller.aadObjectId && hasRole(caller, 'coach');
    if (!own && !hasRole(caller, 'beheerder')) throw new DomainError('logboek.error.notYours');
    return update;
  }

  /** Marks an update deleted; it stays, with its history, out of lists, overviews and exports. */
  async remove(caller: Caller, raw: unknown): Promise<InterventionUpdate> {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const current = await this.updates.get(asText(r.schoolId, 60), asText(r.updateId, 60));
    if (current?.deleted) return current;
    const update = await this.editable(caller, raw);
    const at = this.now().toISOString();
    try {
      return await this.updates.replace({
        ...update,
        deleted: true,
        updatedAt: at,
        history: [
          ...update.history,
          { at, by: caller.aadObjectId, byName: caller.name, action: 'deleted', changes: {} },
        ],
      });
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const latest = await this.updates.get(update.schoolId, update.id);
      if (latest?.deleted) return latest;
      throw new DomainError('error.conflict');
    }
  }

  /** Recent updates: a coach their own, a beheerder everyone's. */
  async recent(caller: Caller): Promise<InterventionUpdate[]> {
    if (hasRole(caller, 'beheerder')) return this.updates.listAll({ limit: RECENT_LIMIT });
    requireRole(caller, 'coach');
    return this.updates.listByCoach(caller.aadObjectId, { limit: RECENT_LIMIT });
  }

  /** The school a caller means by "overzicht Albeda", among the schools they may see. */
  async resolveSchool(caller: Caller, text: string): Promise<School> {
    const visible = await this.visibleSchools(caller);
    const match = findSchool(normalise(text), visible);
    const school = match && match.confidence > 0.5 ? visible.find((s) => s.id === match.schoolId) : undefined;
    if (school) return school;
    throw new DomainError('logboek.overview.unknownSchool', {
      school: text.slice(0, 60),
      schools: visible.map((s) => s.name).join(', ') || '-',
    });
  }

  /** One school's overview: counts against the targets and the latest updates. */
  async overview(
    caller: Caller,
    schoolId: string,
  ): Promise<{ school: School; stats: SchoolStats; latest: InterventionUpdate[] }> {
    const school = (await this.visibleSchools(caller)).find((s) => s.id === schoolId);
    if (!school) {
      throw new DomainError('logboek.overview.unknownSchool', {
        school: schoolId.slice(0, 60),
        schools: (await this.visibleSchools(caller)).map((s) => s.name).join(', ') || '-',
      });
    }
    const updates = await this.updates.listBySchool(school.id);
    return { school, stats: statsOf(school.id, updates, this.today()), latest: updates.slice(0, 5) };
  }

  /** Every school the caller may see, the one without activity for the longest first. */
  async overviewAll(caller: Caller): Promise<{ school: School; stats: SchoolStats }[]> {
    const schools = await this.visibleSchools(caller);
    const today = this.today();
    const all = hasRole(caller, 'beheerder')
      ? await this.updates.listAll()
      : (await Promise.all(schools.map((s) => this.updates.listBySchool(s.id)))).flat();
    return schools
      .map((school) => ({
        school,
        stats: statsOf(
          school.id,
          all.filter((u) => u.schoolId === school.id),
          today,
        ),
      }))
      .sort((a, b) => byInactivity(a.stats, b.stats));
  }

  /** "pauzeer tot 1 april": no reminders up to and including that day. Returns the day. */
  async pause(caller: Caller, text: string): Promise<string> {
    requireRole(caller, 'coach');
    const today = this.today();
    const until = findFutureDate(normalise(text), today);
    if (!until) throw new DomainError('logboek.pause.badDate');
    const day = DateTime.fromISO(until, { zone: this.timeZone });
    if (day < today) throw new DomainError('logboek.pause.pastDate');
    if (day > today.plus({ years: 1 })) throw new DomainError('logboek.pause.tooLong');
    await this.scheduler.setPause({ coachId: caller.aadObjectId, until, setAt: this.now().toISOString() });
    return until;
  }

  async resume(caller: Caller): Promise<void> {
    requireRole(caller, 'coach');
    await this.scheduler.clearPause(caller.aadObjectId);
  }
}
