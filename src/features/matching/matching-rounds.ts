import { randomUUID } from 'node:crypto';
import { requireRole } from '../../domain/access';
import { ConflictError, DomainError } from '../../domain/errors';
import {
  candidateOf,
  toGezel,
  toLeermeester,
  type MatchRecord,
  type RoundDraft,
} from '../../domain/matching-records';
import { solveRound } from '../../domain/matching-solver';
import type { Caller } from '../../domain/user';
import { record, str } from './matching.input';

import type { MatchingServiceDeps, PairSteps } from './matching.types';

/**
 * Cohort rounds ("verdeel gezellen"): the optimal set of pairs for everyone waiting, kept as a draft the beheerder
 * reviews, then published as requests that follow the usual steps (accept, approval, introduction).
 */
export class MatchingRounds {
  constructor(
    private readonly d: MatchingServiceDeps,
    /** The steps a published pair shares with a request a gezel makes. */
    private readonly pairs: PairSteps,
  ) {}

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
      this.pairs.settings(),
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
        await this.pairs.openMatch(match);
      } catch (err) {
        // The gezel asked on their own since the draft was made: their own request goes first.
        if (err instanceof DomainError) {
          skipped++;
          continue;
        }
        throw err;
      }
      await this.pairs.sendRequest(match);
      await this.pairs.notify(match.gezelId, (t) => ({
        reason: t('matching.reason.roundGezel'),
        text: t('matching.round.gezelInfo', { name: match.leermeester.name }),
      }));
      sent++;
    }
    return { round: published, sent, skipped };
  }
}
