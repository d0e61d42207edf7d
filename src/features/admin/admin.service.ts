import { z } from 'zod';
import { requireRole } from '../../domain/access';
import { ConflictError, DomainError, parseForm, ValidationError } from '../../domain/errors';
import { isObjectId, matchPeople, type PeopleDirectory, type Person } from '../../domain/people';
import type { SchoolRepository, UserRepository } from '../../domain/repositories';
import { SCHOOL_ID_PATTERN, schoolIdFromName, type School } from '../../domain/school';
import {
  isRole,
  MAX_SCHOOLS_PER_COACH,
  ROLES,
  type Caller,
  type Role,
  type UserRecord,
} from '../../domain/user';
import type { MessageKey } from '../../i18n';

/** How many people a search shows as choices on the role form. */
export const PEOPLE_CHOICES = 25;
const ASSIGNABLE: readonly Role[] = ROLES.filter((r) => r !== 'medewerker');

/** A multi-select ChoiceSet sends "a,b,c"; a tampered card may send anything. */
const idList = z
  .union([z.string().max(2000), z.array(z.string().max(100)).max(50)])
  .optional()
  .transform((v) =>
    (Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter((s) => s.length > 0),
  );

const roleInput = z.object({
  // Picked from the list, or typed as a fallback (the typed one wins: it is the deliberate choice).
  personId: z.string().trim().max(100).optional().default(''),
  personIdTyped: z.string().trim().max(100).optional().default(''),
  personName: z.string().trim().max(120).optional().default(''),
  role: z.string().refine((r): r is Role => isRole(r) && r !== 'medewerker'),
  action: z.enum(['add', 'remove']),
  schoolIds: idList,
});

const schoolInput = z.object({
  // A tampered card could put anything here, and it becomes a document id.
  schoolId: z
    .string()
    .trim()
    .max(60)
    .optional()
    .default('')
    .refine((id) => id === '' || SCHOOL_ID_PATTERN.test(id)),
  name: z.string().trim().min(2).max(120),
  shortNames: z.string().max(500).optional().default(''),
  brin: z
    .string()
    .trim()
    .max(10)
    .optional()
    .default('')
    .refine((b) => b === '' || /^[0-9]{2}[A-Z]{2}$/i.test(b)),
  region: z.string().trim().max(80).optional().default(''),
  board: z.string().trim().max(120).optional().default(''),
});

type RoleFormInput = z.infer<typeof roleInput>;
export type RoleInput = Omit<RoleFormInput, 'personIdTyped'>;
export type SchoolFormInput = z.infer<typeof schoolInput>;

const ROLE_FIELD_ERRORS: Record<string, MessageKey> = {
  personId: 'admin.roles.personError',
  personIdTyped: 'admin.roles.personError',
  role: 'error.validation',
  action: 'error.validation',
  schoolIds: 'admin.roles.unknownSchool',
  personName: 'error.validation',
};

const SCHOOL_FIELD_ERRORS: Record<string, MessageKey> = {
  name: 'admin.schools.nameError',
  brin: 'admin.schools.brinError',
};

function splitNames(s: string): string[] {
  return [
    ...new Set(
      s
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n.length > 0 && n.length <= 60),
    ),
  ].slice(0, 20);
}

/** Roles and schools: what a beheerder manages. Plain logic over the repositories. */
export class AdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly schools: SchoolRepository,
    private readonly now: () => Date = () => new Date(),
    /** Who the bot has met; without it (the CLI) only the id's format is checked. */
    private readonly people?: PeopleDirectory,
  ) {}

  /** The role form's person choices: people the bot has met (plus `extra`, e.g. the team roster) by name. */
  async findPeople(caller: Caller, query: unknown, extra: readonly Person[] = []): Promise<Person[]> {
    requireRole(caller, 'beheerder');
    const q = typeof query === 'string' ? query.slice(0, 100) : '';
    const met = (await this.people?.search(q, PEOPLE_CHOICES)) ?? [];
    return matchPeople([...extra, ...met], q, PEOPLE_CHOICES);
  }

  /** The person a role is for: a well-formed id of someone the bot has met, never a cut or unknown one. */
  private async personFor(caller: Caller, input: RoleFormInput, extra: readonly Person[]): Promise<Person> {
    const id = (input.personIdTyped || input.personId).toLowerCase();
    if (!id) throw new ValidationError({ personId: 'admin.roles.personMissing' });
    if (!isObjectId(id)) throw new ValidationError({ personId: 'admin.roles.personError' });
    if (!this.people) return { id, name: input.personName || id };
    if (id === caller.aadObjectId) return { id, name: caller.name || id };
    const known = extra.find((p) => p.id === id) ?? (await this.people.find(id));
    if (!known) throw new ValidationError({ personId: 'admin.roles.personUnknown' });
    return known;
  }

  listUsers(caller: Caller): Promise<UserRecord[]> {
    requireRole(caller, 'beheerder');
    return this.users.list();
  }

  /** Fresh from the store: a beheerder expects to see a school the CLI or a colleague just added. */
  listSchools(): Promise<School[]> {
    return this.schools.list({ fresh: true });
  }

  async assignRole(caller: Caller, raw: unknown, extra: readonly Person[] = []): Promise<UserRecord> {
    requireRole(caller, 'beheerder');
    const form = parseForm(roleInput, raw, ROLE_FIELD_ERRORS);
    const person = await this.personFor(caller, form, extra);
    const { personIdTyped: _typed, ...rest } = form;
    const input: RoleInput = { ...rest, personId: person.id, personName: person.name };
    if (
      input.action === 'remove' &&
      input.role === 'beheerder' &&
      input.personId.toLowerCase() === caller.aadObjectId
    ) {
      throw new DomainError('admin.roles.lastBeheerder');
    }
    const known = new Set((await this.schools.list({ fresh: true })).map((s) => s.id));
    if (input.schoolIds.some((id) => !known.has(id))) {
      throw new ValidationError({ schoolIds: 'admin.roles.unknownSchool' });
    }
    // Re-read and re-apply on a conflict: "give role X" is safe to apply to the newest version.
    for (let attempt = 1; ; attempt++) {
      const current = await this.users.get(input.personId);
      const next = this.applyRole(current, input, caller);
      try {
        return await this.users.save(next);
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }

  private applyRole(current: UserRecord | undefined, input: RoleInput, caller: Caller): UserRecord {
    const roles = new Set<Role>(current?.roles ?? []);
    if (input.action === 'add') roles.add(input.role);
    else roles.delete(input.role);
    const schoolIds = input.schoolIds.length > 0 ? [...new Set(input.schoolIds)] : (current?.schoolIds ?? []);
    if (roles.has('coach') && schoolIds.length > MAX_SCHOOLS_PER_COACH) {
      throw new DomainError('admin.roles.tooManySchools', {
        max: MAX_SCHOOLS_PER_COACH,
        count: schoolIds.length,
      });
    }
    return {
      id: input.personId.toLowerCase(),
      name: input.personName || current?.name || input.personId,
      roles: ASSIGNABLE.filter((r) => roles.has(r)),
      schoolIds,
      updatedAt: this.now().toISOString(),
      updatedBy: caller.aadObjectId,
      etag: current?.etag,
    };
  }

  parseSchoolInput(raw: unknown): SchoolFormInput {
    return parseForm(schoolInput, raw, SCHOOL_FIELD_ERRORS);
  }

  async saveSchool(caller: Caller, raw: unknown): Promise<School> {
    requireRole(caller, 'beheerder');
    const input = this.parseSchoolInput(raw);
    return this.upsertSchool(input, caller.aadObjectId);
  }

  async upsertSchool(input: SchoolFormInput, actor: string): Promise<School> {
    const id = input.schoolId || schoolIdFromName(input.name);
    for (let attempt = 1; ; attempt++) {
      const current = await this.schools.get(id);
      const school: School = {
        id,
        name: input.name,
        shortNames: splitNames(input.shortNames),
        brin: input.brin ? input.brin.toUpperCase() : undefined,
        region: input.region || undefined,
        board: input.board || undefined,
        updatedAt: this.now().toISOString(),
        updatedBy: actor,
        etag: current?.etag,
      };
      try {
        return await this.schools.save(school);
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }
}
