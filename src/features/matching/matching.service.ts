import { randomUUID } from 'node:crypto';
import { hasRole, requireRole } from '../../domain/access';
import { ConflictError, DomainError, ValidationError } from '../../domain/errors';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS } from '../../domain/matching';
import {
  DEFAULT_CHECK_IN_WEEKS,
  OPEN_STATUSES,
  candidateOf,
  toGezel,
  toLeermeester,
  type CheckInAnswer,
  type MatchProfile,
  type MatchRecord,
  type MatchSettings,
  type RoundDraft,
} from '../../domain/matching-records';
import { rankLeermeesters, solveRound } from '../../domain/matching-solver';
import type { Notification } from '../../domain/notifier';
import type { Caller } from '../../domain/user';
import { translator, type Locale, type MessageKey } from '../../i18n';
import * as cards from './matching.cards';
import { checkCandidate, checkWeights } from './matching.input';
import type { MatchingServiceDeps, Proposal } from './matching.types';

export type { MatchingServiceDeps, Proposal } from './matching.types';

export const PROPOSALS_PER_PAGE = 3;
const MAX_REASON = 500;

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');
const record = (raw: unknown): Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

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

/**
 * Leermeester-gezel matching: profiles, proposals on request, accept/decline with the places held
 * on the server, the makelaar's approval, check-ins and cohort rounds. Every method takes the caller
 * and checks what they may do, so a forged card submit is refused like a typed command.
 */
export class MatchingService {
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

  /** The caller's open request or active pair, if any. */
  async currentMatch(caller: Caller): Promise<MatchRecord | undefined> {
    const id = await this.d.repo.gezelClaim(caller.aadObjectId);
    return id ? this.d.repo.getMatch(id) : undefined;
  }

  /** Pairs where the caller is the leermeester and that are still going. */
  leermeesterMatches(caller: Caller): Promise<MatchRecord[]> {
    return this.d.repo
      .listMatches({ personId: caller.aadObjectId, statuses: ['requested', 'accepted', 'active'] })
      .then((ms) => ms.filter((m) => m.leermeesterId === caller.aadObjectId));
  }

  // ---------------------------------------------------------------- on request

  private async gezelProfile(caller: Caller): Promise<MatchProfile> {
    requireRole(caller, 'schoolleider');
    const profile = await this.d.repo.getProfile(caller.aadObjectId);
    if (!profile) throw new DomainError('matching.profile.none');
    if (!profile.asGezel) throw new DomainError('matching.search.notGezel');
    if (profile.paused) throw new DomainError('matching.search.paused');
    return profile;
  }

  private async ensureNoOpenMatch(gezelId: string): Promise<void> {
    const claim = await this.d.repo.gezelClaim(gezelId);
    if (!claim) return;
    const match = await this.d.repo.getMatch(claim);
    if (!match) return;
    if (match.status === 'active') {
      throw new DomainError('matching.search.alreadyMatched', { name: match.leermeester.name });
    }
    throw new DomainError('matching.search.alreadyOpen', { name: match.leermeester.name });
  }

  /** Every leermeester the rules allow for this gezel and that has room now, best first. */
  async rankFor(gezel: MatchProfile): Promise<Proposal[]> {
    const [profiles, seats, exclusions, settings] = await Promise.all([
      this.d.repo.listProfiles(),
      this.d.repo.allSeats(),
      this.d.repo.listExclusions(),
      this.settings(),
    ]);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const leermeesters = profiles.filter(
      (p) => p.asLeermeester && p.available && !p.paused && p.id !== gezel.id,
    );
    return rankLeermeesters(toGezel(gezel), {
      leermeesters: leermeesters.map(toLeermeester),
      taken: seats,
      exclusions: exclusions.map((e) => ({ gezel: e.gezelId, leermeester: e.leermeesterId })),
      weights: settings.weights,
    }).map((r) => ({ leermeester: byId.get(r.leermeester.id)!, fit: r.fit }));
  }

  /** `zoek een leermeester`: three at a time from `offset`. */
  async propose(
    caller: Caller,
    offset = 0,
  ): Promise<{ gezel: MatchProfile; proposals: Proposal[]; offset: number; total: number }> {
    const gezel = await this.gezelProfile(caller);
    await this.ensureNoOpenMatch(gezel.id);
    const ranked = await this.rankFor(gezel);
    const start = Math.max(0, Math.min(Number.isInteger(offset) ? offset : 0, ranked.length));
    return {
      gezel,
      proposals: ranked.slice(start, start + PROPOSALS_PER_PAGE),
      offset: start,
      total: ranked.length,
    };
  }

  /** The gezel picks a leermeester: one open request per gezel, checked again on the server. */
  async request(caller: Caller, raw: unknown): Promise<MatchRecord> {
    const gezel = await this.gezelProfile(caller);
    const leermeesterId = str(record(raw).leermeesterId, 80).toLowerCase();
    await this.ensureNoOpenMatch(gezel.id);
    const choice = (await this.rankFor(gezel)).find((p) => p.leermeester.id === leermeesterId);
    if (!choice) throw new DomainError('matching.request.notAvailable');
    const match: MatchRecord = {
      id: randomUUID(),
      gezelId: gezel.id,
      leermeesterId: choice.leermeester.id,
      gezel: candidateOf(gezel),
      leermeester: candidateOf(choice.leermeester),
      fit: choice.fit,
      status: 'requested',
      source: 'request',
      priority: gezel.priority || undefined,
      createdAt: this.d.now().toISOString(),
    };
    await this.openMatch(match);
    await this.sendRequest(match);
    return match;
  }

  /** Claims the gezel (at most one open request) and stores the pair; undoes the claim if storing fails. */
  private async openMatch(match: MatchRecord): Promise<MatchRecord> {
    try {
      await this.d.repo.claimGezel(match.gezelId, match.id);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      await this.ensureNoOpenMatch(match.gezelId);
      throw new DomainError('matching.search.alreadyOpenShort');
    }
    try {
      return await this.d.repo.createMatch(match);
    } catch (err) {
      await this.d.repo.releaseGezel(match.gezelId, match.id).catch(() => undefined);
      throw err;
    }
  }

  private async sendRequest(match: MatchRecord): Promise<void> {
    const schoolName = await this.schoolName(match.gezel.school);
    await this.notify(match.leermeesterId, (t, locale) => ({
      reason: t(match.source === 'round' ? 'matching.reason.requestRound' : 'matching.reason.request', {
        name: match.gezel.name,
      }),
      card: cards.requestCard(t, locale, match, { schoolName }),
    }));
  }

  async withdraw(caller: Caller, raw: unknown): Promise<MatchRecord> {
    const match = await this.loadMatch(raw);
    if (match.gezelId !== caller.aadObjectId) throw new DomainError('matching.error.notYours');
    if (!OPEN_STATUSES.includes(match.status))
      throw new DomainError(`matching.status.already.${match.status}`);
    const saved = await this.transition(match, (m) => ({
      ...m,
      status: 'withdrawn',
      decidedAt: this.d.now().toISOString(),
    }));
    await this.d.repo.releaseSeat(saved.leermeesterId, saved.id);
    await this.d.repo.releaseGezel(saved.gezelId, saved.id);
    await this.notify(saved.leermeesterId, (t) => ({
      reason: t('matching.reason.withdrawn', { name: saved.gezel.name }),
      text: t('matching.withdrawn.leermeester', { name: saved.gezel.name }),
    }));
    return saved;
  }

  /**
   * The leermeester says yes. The place is taken on the server with a conditional write first, so
   * two accepts racing for the last place give exactly one pair; the other gezel hears it kindly.
   */
  async accept(
    caller: Caller,
    raw: unknown,
  ): Promise<{ match: MatchRecord; outcome: 'accepted' | 'active' | 'full' }> {
    const match = await this.loadMatch(raw);
    if (match.leermeesterId !== caller.aadObjectId) throw new DomainError('matching.error.notYours');
    if (match.status !== 'requested') throw new DomainError(`matching.status.already.${match.status}`);
    const profile = await this.d.repo.getProfile(caller.aadObjectId);
    const capacity = profile?.asLeermeester ? profile.capacity : 0;
    const got = await this.d.repo.takeSeat(match.leermeesterId, match.id, capacity);
    const now = this.d.now().toISOString();
    if (!got) {
      const full = await this.transition(match, (m) => ({ ...m, status: 'full', decidedAt: now }));
      await this.d.repo.releaseGezel(full.gezelId, full.id);
      await this.tellGezelNextOption(full, 'full');
      return { match: full, outcome: 'full' };
    }
    const settings = await this.settings();
    let saved: MatchRecord;
    try {
      saved = await this.transition(match, (m) =>
        settings.approvalRequired
          ? { ...m, status: 'accepted', decidedAt: now }
          : this.activate({ ...m, decidedAt: now }, settings),
      );
    } catch (err) {
      await this.d.repo.releaseSeat(match.leermeesterId, match.id);
      throw err;
    }
    if (saved.status === 'active') {
      await this.sendIntroductions(saved);
      return { match: saved, outcome: 'active' };
    }
    await this.notify(saved.gezelId, (t) => ({
      reason: t('matching.reason.accepted', { name: saved.leermeester.name }),
      text: t('matching.accepted.gezel', { name: saved.leermeester.name }),
    }));
    await this.askApproval(saved);
    return { match: saved, outcome: 'accepted' };
  }

  async decline(caller: Caller, raw: unknown): Promise<MatchRecord> {
    const match = await this.loadMatch(raw);
    if (match.leermeesterId !== caller.aadObjectId) throw new DomainError('matching.error.notYours');
    if (match.status !== 'requested') throw new DomainError(`matching.status.already.${match.status}`);
    const reason = str(record(raw).reason, MAX_REASON);
    const saved = await this.transition(match, (m) => ({
      ...m,
      status: 'declined',
      decidedAt: this.d.now().toISOString(),
      declineReason: reason || undefined,
    }));
    await this.exclude(saved, 'declined');
    await this.d.repo.releaseGezel(saved.gezelId, saved.id);
    await this.tellGezelNextOption(saved, 'declined');
    return saved;
  }

  /** After "full", "declined" or "rejected": a kind word and the next best leermeesters. */
  private async tellGezelNextOption(
    match: MatchRecord,
    why: 'full' | 'declined' | 'rejected',
  ): Promise<void> {
    const gezel = await this.d.repo.getProfile(match.gezelId);
    const next =
      gezel && gezel.asGezel && !gezel.paused ? (await this.rankFor(gezel)).slice(0, PROPOSALS_PER_PAGE) : [];
    const schools = await this.schoolNames();
    await this.notify(match.gezelId, (t, locale) => ({
      reason: t(`matching.reason.${why}`, { name: match.leermeester.name }),
      card: cards.nextOptionCard(t, locale, {
        message: t(`matching.next.${why}`, {
          name: match.leermeester.name,
          reason: match.declineReason ?? '',
        }),
        reasonText: why === 'declined' && match.declineReason ? match.declineReason : '',
        leermeesterName: match.leermeester.name,
        gezel: gezel ?? undefined,
        proposals: next,
        schools,
      }),
    }));
  }

  // ---------------------------------------------------------------- approval

  private async beheerders(): Promise<string[]> {
    const users = await this.d.users.list();
    return [
      ...new Set([
        ...users.filter((u) => u.roles.includes('beheerder')).map((u) => u.id.toLowerCase()),
        ...this.d.bootstrapBeheerders.map((b) => b.toLowerCase()),
      ]),
    ];
  }

  private async askApproval(match: MatchRecord): Promise<void> {
    for (const id of await this.beheerders()) {
      await this.notify(id, (t, locale) => ({
        reason: t('matching.reason.approval', {
          gezel: match.gezel.name,
          leermeester: match.leermeester.name,
        }),
        card: cards.approvalCard(t, locale, match),
      }));
    }
  }

  async approve(caller: Caller, raw: unknown): Promise<MatchRecord> {
    requireRole(caller, 'beheerder');
    const match = await this.loadMatch(raw);
    if (match.status !== 'accepted') throw new DomainError(`matching.status.already.${match.status}`);
    const settings = await this.settings();
    const saved = await this.transition(match, (m) =>
      this.activate({ ...m, approvedBy: caller.aadObjectId }, settings),
    );
    await this.sendIntroductions(saved);
    return saved;
  }

  async reject(caller: Caller, raw: unknown): Promise<MatchRecord> {
    requireRole(caller, 'beheerder');
    const match = await this.loadMatch(raw);
    if (match.status !== 'accepted') throw new DomainError(`matching.status.already.${match.status}`);
    const saved = await this.transition(match, (m) => ({
      ...m,
      status: 'rejected',
      approvedBy: caller.aadObjectId,
      decidedAt: this.d.now().toISOString(),
    }));
    await this.d.repo.releaseSeat(saved.leermeesterId, saved.id);
    await this.exclude(saved, 'rejected');
    await this.d.repo.releaseGezel(saved.gezelId, saved.id);
    await this.notify(saved.leermeesterId, (t) => ({
      reason: t('matching.reason.rejectedLeermeester', { name: saved.gezel.name }),
      text: t('matching.rejected.leermeester', { name: saved.gezel.name }),
    }));
    await this.tellGezelNextOption(saved, 'rejected');
    return saved;
  }

  private activate(m: MatchRecord, settings: MatchSettings): MatchRecord {
    const now = this.d.now();
    const due = new Date(now.getTime() + settings.checkInWeeks * 7 * 24 * 3600 * 1000);
    return { ...m, status: 'active', activeSince: now.toISOString(), checkInDueAt: due.toISOString() };
  }

  private async sendIntroductions(match: MatchRecord): Promise<void> {
    const [gezelSchool, leermeesterSchool] = await Promise.all([
      this.schoolName(match.gezel.school),
      this.schoolName(match.leermeester.school),
    ]);
    // The gezel no longer has priority: they have a leermeester again.
    const gezel = await this.d.repo.getProfile(match.gezelId);
    if (gezel?.priority)
      await this.d.repo.saveProfile({ ...gezel, priority: undefined }).catch(() => undefined);
    await this.notify(match.gezelId, (t, locale) => ({
      reason: t('matching.reason.intro', { name: match.leermeester.name }),
      card: cards.introCard(t, locale, match, 'gezel', leermeesterSchool),
    }));
    await this.notify(match.leermeesterId, (t, locale) => ({
      reason: t('matching.reason.intro', { name: match.gezel.name }),
      card: cards.introCard(t, locale, match, 'leermeester', gezelSchool),
    }));
  }

  // ---------------------------------------------------------------- check-in

  /** Sends "Is dit een goede match?" to both people of every active pair whose time has come. */
  async runDueCheckIns(): Promise<number> {
    const now = this.d.now();
    const due = (await this.d.repo.listMatches({ statuses: ['active'] })).filter(
      (m) => !m.checkInSentAt && m.checkInDueAt !== undefined && m.checkInDueAt <= now.toISOString(),
    );
    let sent = 0;
    for (const match of due) {
      let saved: MatchRecord;
      try {
        // Mark first: two scheduler ticks (or processes) never ask twice.
        saved = await this.d.repo.saveMatch({ ...match, checkInSentAt: now.toISOString() });
      } catch (err) {
        if (err instanceof ConflictError) continue;
        throw err;
      }
      const settings = await this.settings();
      for (const role of ['gezel', 'leermeester'] as const) {
        const other = role === 'gezel' ? saved.leermeester.name : saved.gezel.name;
        await this.notify(role === 'gezel' ? saved.gezelId : saved.leermeesterId, (t) => ({
          reason: t('matching.reason.checkIn', { weeks: settings.checkInWeeks, name: other }),
          card: cards.checkInCard(t, saved, other),
        }));
      }
      sent++;
    }
    return sent;
  }

  async answerCheckIn(caller: Caller, raw: unknown): Promise<{ match: MatchRecord; ended: boolean }> {
    const r = record(raw);
    const answer: CheckInAnswer | undefined = r.answer === 'ja' || r.answer === 'nee' ? r.answer : undefined;
    if (!answer) throw new DomainError('matching.checkIn.badAnswer');
    for (let attempt = 1; ; attempt++) {
      const match = await this.loadMatch(raw);
      const role =
        match.gezelId === caller.aadObjectId
          ? 'gezel'
          : match.leermeesterId === caller.aadObjectId
            ? 'leermeester'
            : undefined;
      if (!role) throw new DomainError('matching.error.notYours');
      if (match.status !== 'active') throw new DomainError(`matching.status.already.${match.status}`);
      const answers = { ...match.answers, [role]: answer };
      const ended = answer === 'nee';
      const now = this.d.now().toISOString();
      try {
        const saved = await this.d.repo.saveMatch(
          ended ? { ...match, answers, status: 'ended', endedAt: now } : { ...match, answers },
        );
        if (ended) await this.endAfterNo(saved, role);
        return { match: saved, ended };
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 3) throw err;
      }
    }
  }

  private async endAfterNo(match: MatchRecord, saidNo: 'gezel' | 'leermeester'): Promise<void> {
    await this.d.repo.releaseSeat(match.leermeesterId, match.id);
    await this.exclude(match, 'checkin');
    await this.d.repo.releaseGezel(match.gezelId, match.id);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const gezel = await this.d.repo.getProfile(match.gezelId);
      if (!gezel) break;
      try {
        await this.d.repo.saveProfile({ ...gezel, priority: true });
        break;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    const otherId = saidNo === 'gezel' ? match.leermeesterId : match.gezelId;
    const name = saidNo === 'gezel' ? match.gezel.name : match.leermeester.name;
    await this.notify(otherId, (t) => ({
      reason: t('matching.reason.ended', { name }),
      text: t(otherId === match.gezelId ? 'matching.ended.gezel' : 'matching.ended.leermeester', { name }),
    }));
  }

  // ---------------------------------------------------------------- rounds

  /** `verdeel gezellen`: the optimal round for everyone waiting, stored as a draft to review. */
  async createRound(caller: Caller): Promise<RoundDraft> {
    requireRole(caller, 'beheerder');
    return this.d.repo.saveRound(
      await this.computeRound({
        id: randomUUID(),
        version: 1,
        status: 'draft',
        createdBy: caller.aadObjectId,
        createdAt: this.d.now().toISOString(),
        removed: [],
      }),
    );
  }

  private async computeRound(base: Omit<RoundDraft, 'pairs' | 'unmatched' | 'stats'>): Promise<RoundDraft> {
    const [profiles, seats, exclusions, settings, open] = await Promise.all([
      this.d.repo.listProfiles(),
      this.d.repo.allSeats(),
      this.d.repo.listExclusions(),
      this.settings(),
      this.d.repo.listMatches({ statuses: ['requested', 'accepted', 'active'] }),
    ]);
    const busy = new Set(open.map((m) => m.gezelId));
    const result = solveRound({
      leermeesters: profiles.filter((p) => p.asLeermeester && p.available && !p.paused).map(toLeermeester),
      gezellen: profiles.filter((p) => p.asGezel && !p.paused && !busy.has(p.id)).map(toGezel),
      taken: seats,
      exclusions: [
        ...exclusions.map((e) => ({ gezel: e.gezelId, leermeester: e.leermeesterId })),
        ...base.removed,
      ],
      weights: settings.weights,
    });
    return {
      ...base,
      pairs: result.pairs,
      unmatched: result.unmatched,
      stats: {
        gezellen: result.stats.gezellen,
        leermeesters: result.stats.leermeesters,
        places: result.stats.places,
        matched: result.stats.matched,
        totalScore: result.stats.totalScore,
      },
    };
  }

  async round(caller: Caller, raw: unknown): Promise<RoundDraft> {
    requireRole(caller, 'beheerder');
    const round = await this.d.repo.getRound(str(record(raw).roundId, 60));
    if (!round) throw new DomainError('matching.round.unknown');
    return round;
  }

  private async draftAt(caller: Caller, raw: unknown): Promise<RoundDraft> {
    const round = await this.round(caller, raw);
    if (round.status === 'published') throw new DomainError('matching.round.alreadyPublished');
    if (Number(record(raw).version) !== round.version) throw new DomainError('matching.round.stale');
    return round;
  }

  /** Takes a pair out and runs the round again without it. */
  async removeFromRound(caller: Caller, raw: unknown): Promise<RoundDraft> {
    const round = await this.draftAt(caller, raw);
    const gezelId = str(record(raw).gezelId, 80);
    const pair = round.pairs.find((p) => p.gezel.id === gezelId);
    if (!pair) throw new DomainError('matching.round.unknownPair');
    const next = await this.computeRound({
      ...round,
      version: round.version + 1,
      removed: [...round.removed, { gezel: pair.gezel.id, leermeester: pair.leermeester.id }],
    });
    try {
      return await this.d.repo.saveRound(next);
    } catch (err) {
      if (err instanceof ConflictError) throw new DomainError('matching.round.stale');
      throw err;
    }
  }

  /** Publishes: every pair becomes a request to its leermeester; the accept and approval steps follow. */
  async publishRound(
    caller: Caller,
    raw: unknown,
  ): Promise<{ round: RoundDraft; sent: number; skipped: number }> {
    const round = await this.draftAt(caller, raw);
    let published: RoundDraft;
    try {
      // Mark first (conditional): a double click publishes once.
      published = await this.d.repo.saveRound({
        ...round,
        status: 'published',
        publishedAt: this.d.now().toISOString(),
      });
    } catch (err) {
      if (err instanceof ConflictError) throw new DomainError('matching.round.stale');
      throw err;
    }
    let sent = 0;
    let skipped = 0;
    for (const pair of published.pairs) {
      const match: MatchRecord = {
        id: randomUUID(),
        gezelId: pair.gezel.id,
        leermeesterId: pair.leermeester.id,
        gezel: candidateOf(pair.gezel),
        leermeester: candidateOf(pair.leermeester),
        fit: pair.fit,
        status: 'requested',
        source: 'round',
        roundId: published.id,
        priority: pair.gezel.priority,
        createdAt: this.d.now().toISOString(),
      };
      try {
        await this.openMatch(match);
      } catch (err) {
        // The gezel asked on their own since the draft was made: their own request goes first.
        if (err instanceof DomainError) {
          skipped++;
          continue;
        }
        throw err;
      }
      await this.sendRequest(match);
      await this.notify(match.gezelId, (t) => ({
        reason: t('matching.reason.roundGezel'),
        text: t('matching.round.gezelInfo', { name: match.leermeester.name }),
      }));
      sent++;
    }
    return { round: published, sent, skipped };
  }

  // ---------------------------------------------------------------- helpers

  private async loadMatch(raw: unknown): Promise<MatchRecord> {
    const id = str(record(raw).matchId, 60);
    const match = id ? await this.d.repo.getMatch(id) : undefined;
    if (!match) throw new DomainError('matching.error.unknownMatch');
    return match;
  }

  /** Applies a change to the newest version; if someone else changed the status meanwhile, says so. */
  private async transition(
    match: MatchRecord,
    change: (m: MatchRecord) => MatchRecord,
  ): Promise<MatchRecord> {
    try {
      return await this.d.repo.saveMatch(change(match));
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const latest = await this.d.repo.getMatch(match.id);
      if (latest && latest.status === match.status) return this.transition(latest, change);
      throw new DomainError(`matching.status.already.${latest?.status ?? 'withdrawn'}`);
    }
  }

  private exclude(match: MatchRecord, reason: 'declined' | 'rejected' | 'checkin'): Promise<void> {
    return this.d.repo.addExclusion({
      gezelId: match.gezelId,
      leermeesterId: match.leermeesterId,
      reason,
      at: this.d.now().toISOString(),
    });
  }

  async schoolNames(): Promise<Map<string, string>> {
    return new Map((await this.d.schools.list()).map((s) => [s.id, s.name]));
  }

  private async schoolName(id: string): Promise<string> {
    return (await this.d.schools.get(id))?.name ?? id;
  }

  /** A proactive message in the recipient's language; a failed send never undoes what was saved. */
  private async notify(
    to: string,
    build: (t: ReturnType<typeof translator>, locale: Locale) => Notification,
  ): Promise<void> {
    try {
      const result = await this.d.notifier.notify(to, (locale) => build(translator(locale), locale));
      if (result !== 'sent') this.d.log.info({ recipient: to, result }, 'matching message not delivered');
    } catch (err) {
      this.d.log.warn({ err, recipient: to }, 'matching message failed');
    }
  }
}
