import { ConflictError, DomainError } from '../../domain/errors';
import { type CheckInAnswer, type MatchRecord } from '../../domain/matching-records';
import type { Caller } from '../../domain/user';
import * as cards from './matching.cards';
import { record } from './matching.input';
import type { MatchingServiceDeps, PairSteps } from './matching.types';

/** Check-ins: both people of a pair are asked after some weeks whether it works; a "nee" ends the pair kindly. */
export class MatchingCheckIns {
  constructor(
    private readonly d: MatchingServiceDeps,
    private readonly pairs: PairSteps,
  ) {}

  /** Sends "Is dit een goede match?" to both people of every active pair whose time has come. */
  async runDue(): Promise<number> {
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
      const settings = await this.pairs.settings();
      for (const role of ['gezel', 'leermeester'] as const) {
        const other = role === 'gezel' ? saved.leermeester.name : saved.gezel.name;
        await this.pairs.notify(role === 'gezel' ? saved.gezelId : saved.leermeesterId, (t) => ({
          reason: t('matching.reason.checkIn', { weeks: settings.checkInWeeks, name: other }),
          card: cards.checkInCard(t, saved, other),
        }));
      }
      sent++;
    }
    return sent;
  }

  async answer(caller: Caller, raw: unknown): Promise<{ match: MatchRecord; ended: boolean }> {
    const r = record(raw);
    const answer: CheckInAnswer | undefined = r.answer === 'ja' || r.answer === 'nee' ? r.answer : undefined;
    if (!answer) throw new DomainError('matching.checkIn.badAnswer');
    for (let attempt = 1; ; attempt++) {
      const match = await this.pairs.loadMatch(raw);
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
    await this.pairs.exclude(match, 'checkin');
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
    await this.pairs.notify(otherId, (t) => ({
      reason: t('matching.reason.ended', { name }),
      text: t(otherId === match.gezelId ? 'matching.ended.gezel' : 'matching.ended.leermeester', { name }),
    }));
  }
}
