import { hasRole, requireRole } from '../../domain/access';
import { ConflictError, DomainError, ValidationError } from '../../domain/errors';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS } from '../../domain/matching';
import {
  DEFAULT_CHECK_IN_WEEKS,
  candidateOf,
  type MatchProfile,
  type MatchSettings,
} from '../../domain/matching-records';
import type { Caller } from '../../domain/user';
import { type MessageKey } from '../../i18n';
import { checkCandidate, checkWeights, record, str } from './matching.input';
import type { MatchingServiceDeps } from './matching.types';

/** Card fields → the message under that field when it is wrong. */
const FORM_ERRORS: Record<string, MessageKey> = {
  roles: 'matching.form.error.roles',
  school: 'matching.form.error.school',
  region: 'matching.form.error.region',
  board: 'matching.form.error.text',
  schoolType: 'matching.form.error.schoolType',
  themes: 'matching.form.error.themes',
  phase: 'matching.form.error.phase',
  capacity: 'matching.form.error.capacity',
};

/** Profiles (who offers to be a leermeester, who looks for one, with what) and the beheerder's settings. */
export class MatchingProfiles {
  constructor(private readonly d: MatchingServiceDeps) {}

  // ---------------------------------------------------------------- settings

  async settings(): Promise<MatchSettings> {
    return (
      (await this.d.repo.getSettings()) ?? {
        weights: DEFAULT_WEIGHTS,
        approvalRequired: true,
        checkInWeeks: DEFAULT_CHECK_IN_WEEKS,
      }
    );
  }

  async saveSettings(caller: Caller, raw: unknown): Promise<MatchSettings> {
    requireRole(caller, 'beheerder');
    const r = record(raw);
    const num = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v);
    const { weights, problems } = checkWeights(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, num(r[k])])));
    const errors: Record<string, MessageKey> = {};
    if (!weights) errors.weights = problems[0]?.key ?? 'matching.input.weightsShape';
    const weeks = num(r.checkInWeeks);
    if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
      errors.checkInWeeks = 'matching.settings.error.weeks';
    }
    if (!weights || Object.keys(errors).length > 0) throw new ValidationError(errors);
    for (let attempt = 1; ; attempt++) {
      const current = await this.d.repo.getSettings();
      try {
        return await this.d.repo.saveSettings({
          weights,
          approvalRequired: r.approvalRequired !== 'false' && r.approvalRequired !== false,
          checkInWeeks: weeks as number,
          updatedAt: this.d.now().toISOString(),
          updatedBy: caller.aadObjectId,
          etag: current?.etag,
        });
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }

  // ---------------------------------------------------------------- profiles

  profile(caller: Caller): Promise<MatchProfile | undefined> {
    return this.d.repo.getProfile(caller.aadObjectId);
  }

  /** Schools a school leader may pick: their own; a beheerder may pick any. */
  async schoolChoices(caller: Caller) {
    const all = await this.d.schools.list();
    return hasRole(caller, 'beheerder') ? all : all.filter((s) => caller.schoolIds.includes(s.id));
  }

  async saveProfile(caller: Caller, raw: unknown): Promise<MatchProfile> {
    requireRole(caller, 'schoolleider');
    const r = record(raw);
    const roles = str(r.roles, 40).split(',');
    const asLeermeester = roles.includes('leermeester');
    const asGezel = roles.includes('gezel');
    const schools = await this.schoolChoices(caller);
    const schoolId = str(r.school, 80);
    const school = schools.find((s) => s.id === schoolId);
    const input = {
      id: caller.aadObjectId,
      name: caller.name,
      school: schoolId,
      board: str(r.board, 200) || school?.board,
      region: str(r.region, 200) || school?.region,
      schoolType: str(r.schoolType, 10),
      themes: r.themes,
      phase: r.phase,
      capacity: asLeermeester ? r.capacity : 1,
    };
    const { candidate, problems } = checkCandidate(input, 'leermeester');
    const errors: Record<string, MessageKey> = {};
    for (const p of problems) errors[p.field] = FORM_ERRORS[p.field] ?? 'error.validation';
    if (!asLeermeester && !asGezel) errors.roles = 'matching.form.error.roles';
    if (schoolId && !school) errors.school = 'matching.form.error.notYourSchool';
    if (!candidate || Object.keys(errors).length > 0) throw new ValidationError(errors);

    for (let attempt = 1; ; attempt++) {
      const current = await this.d.repo.getProfile(caller.aadObjectId);
      const next: MatchProfile = {
        ...candidateOf(candidate),
        id: caller.aadObjectId,
        name: caller.name || current?.name || caller.aadObjectId,
        asLeermeester,
        asGezel,
        capacity: asLeermeester ? (candidate as { capacity: number }).capacity : (current?.capacity ?? 1),
        available: asLeermeester ? r.available !== 'false' && r.available !== false : false,
        paused: current?.paused ?? false,
        priority: current?.priority,
        updatedAt: this.d.now().toISOString(),
        etag: current?.etag,
      };
      try {
        return await this.d.repo.saveProfile(next);
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }

  async setPaused(caller: Caller, paused: boolean): Promise<MatchProfile> {
    requireRole(caller, 'schoolleider');
    for (let attempt = 1; ; attempt++) {
      const current = await this.d.repo.getProfile(caller.aadObjectId);
      if (!current) throw new DomainError('matching.profile.none');
      try {
        return await this.d.repo.saveProfile({ ...current, paused, updatedAt: this.d.now().toISOString() });
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }
}
