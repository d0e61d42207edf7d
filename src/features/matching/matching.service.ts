import { randomUUID } from 'node:crypto';
import { requireRole } from '../../domain/access';
import { ConflictError, DomainError } from '../../domain/errors';
import {
  OPEN_STATUSES,
  candidateOf,
  toGezel,
  toLeermeester,
  type MatchProfile,
  type MatchRecord,
  type MatchSettings,
} from '../../domain/matching-records';
import { rankLeermeesters } from '../../domain/matching-solver';
import type { Notification } from '../../domain/notifier';
import type { Caller } from '../../domain/user';
import { translator, type Locale } from '../../i18n';
import * as cards from './matching.cards';
import { record, str } from './matching.input';
import type { MatchingServiceDeps, Proposal } from './matching.types';
import { MatchingCheckIns } from './matching-checkins';
import { MatchingProfiles } from './matching-profiles';
import { MatchingRounds } from './matching-rounds';

export type { MatchingServiceDeps } from './matching.types';

export type { Proposal } from './matching.types';

export const PROPOSALS_PER_PAGE = 3;
const MAX_REASON = 500;

/**
 * Leermeester-gezel matching: profiles, proposals on request, accept/decline with the places held
 * on the server, the makelaar's approval, check-ins and cohort rounds. Every method takes the caller
 * and checks what they may do, so a forged card submit is refused like a typed command.
 */
export class MatchingService {
  /** Cohort rounds: `verdeel gezellen`, review and publish. */
  readonly rounds: MatchingRounds;
  /** "Is dit een goede match?" after some weeks, and what a "nee" sets in motion. */
  readonly checkIns: MatchingCheckIns;

  /** Profiles (leermeester, gezel or both) and the matching settings. */
  readonly profiles: MatchingProfiles;

  constructor(private readonly d: MatchingServiceDeps) {
    this.profiles = new MatchingProfiles(d);
    this.rounds = new MatchingRounds(d, this);
    this.checkIns = new MatchingCheckIns(d, this);
  }

  /** The weights and rules the beheerder set (the defaults until then). */
  settings(): Promise<MatchSettings> {
    return this.profiles.settings();
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
  async openMatch(match: MatchRecord): Promise<MatchRecord> {
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

  /** The request card in the leermeester's chat. */
  async sendRequest(match: MatchRecord): Promise<void> {
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
    const beheerders = await this.beheerders();
    for (const id of beheerders) {
      await this.notify(id, (t, locale) => ({
        reason: t('matching.reason.approval', {
          gezel: match.gezel.name,
          leermeester: match.leermeester.name,
        }),
        card: cards.approvalCard(t, locale, match, beheerders),
      }));
    }
  }

  /** The match behind an approval card as it stands now, for the beheerders who see that card. */
  async approvalState(caller: Caller, raw: unknown): Promise<{ match: MatchRecord; beheerders: string[] }> {
    requireRole(caller, 'beheerder');
    const [match, beheerders] = await Promise.all([this.loadMatch(raw), this.beheerders()]);
    return { match, beheerders };
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

  // ---------------------------------------------------------------- helpers

  async loadMatch(raw: unknown): Promise<MatchRecord> {
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

  exclude(match: MatchRecord, reason: 'declined' | 'rejected' | 'checkin'): Promise<void> {
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
  async notify(
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
