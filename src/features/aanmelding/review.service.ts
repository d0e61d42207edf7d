import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hasRole, requireRole } from '../../domain/access';
import {
  DECISIONS,
  parseText,
  type Application,
  type Decision,
  type Selection,
} from '../../domain/application';
import {
  decide,
  isParticipant,
  isUnderReview,
  requestInformation,
  startReview,
} from '../../domain/application-flow';
import { ConflictError, DomainError, ForbiddenError, ValidationError } from '../../domain/errors';
import { scoreStats, SCORE_MAX, SCORE_MIN, type Review, type ScoreStats } from '../../domain/review';
import type { Round } from '../../domain/round';
import type { Caller, UserRecord } from '../../domain/user';
import type { MessageKey } from '../../i18n';
import { mutateApplication, parseRef, requireRound, type AanmeldingDeps } from './aanmelding.deps';
import { actorOf } from './application.service';

export const PAGE_SIZE = 8;

/** Submitted applications only: a draft is the school's own business. */
const isSubmitted = (app: Application) => app.status !== 'concept';

export interface ListItem {
  app: Application;
  scoredByMe: boolean;
  scoredCount: number;
}

export interface OverviewRow {
  app: Application;
  /** Undefined while the caller may not see others' scores yet. */
  stats?: ScoreStats;
  scoredByMe: boolean;
  scoredBy: string[];
  missing: string[];
}

export interface Page<T> {
  round: Round;
  items: T[];
  page: number;
  pages: number;
  total: number;
}

/** The place limit would be exceeded; a beheerder may override it explicitly. */
export class PlacesFullError extends DomainError {
  constructor(places: number, selected: number) {
    super('aanmelding.decide.placesFull', { places, selected });
    this.name = 'PlacesFullError';
  }
}

const pageSchema = z
  .union([
    z.number().int(),
    z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number),
  ])
  .optional()
  .catch(0);

function paged<T>(round: Round, all: T[], rawPage: unknown): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, pageSchema.parse(rawPage) ?? 0), pages - 1);
  return {
    round,
    items: all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
    page,
    pages,
    total: all.length,
  };
}

const bySubmission = (a: Application, b: Application) =>
  (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.schoolName.localeCompare(b.schoolName, 'nl');

function requireReader(caller: Caller): void {
  if (!hasRole(caller, 'beoordelaar') && !hasRole(caller, 'beheerder'))
    throw new ForbiddenError('beoordelaar');
}

/** What the expert group (beoordelaar) and programme staff (beheerder) do with submitted applications. */
export class ReviewService {
  constructor(private readonly d: AanmeldingDeps) {}

  async rounds(caller: Caller): Promise<{ round: Round; submitted: number; selected: number }[]> {
    requireReader(caller);
    const rounds = await this.d.rounds.list();
    return Promise.all(
      rounds.map(async (round) => {
        const apps = (await this.d.applications.listByRound(round.id)).filter(isSubmitted);
        return {
          round,
          submitted: apps.length,
          selected: apps.filter((a) => a.status === 'geselecteerd').length,
        };
      }),
    );
  }

  async list(caller: Caller, raw: Record<string, unknown>): Promise<Page<ListItem>> {
    requireReader(caller);
    const round = await requireRound(this.d.rounds, raw.roundId);
    const [apps, reviews] = await Promise.all([
      this.d.applications.listByRound(round.id),
      this.d.reviews.listByRound(round.id),
    ]);
    const items = apps
      .filter(isSubmitted)
      .sort(bySubmission)
      .map((app) => {
        const mine = reviews.filter((r) => r.schoolId === app.schoolId);
        return {
          app,
          scoredByMe: mine.some((r) => r.reviewerId === caller.aadObjectId),
          scoredCount: mine.length,
        };
      });
    return paged(round, items, raw.page);
  }

  /** Reviewers see others' scores only after scoring themselves; a beheerder always. */
  private maySeeScores(caller: Caller, mine: Review | undefined): boolean {
    return hasRole(caller, 'beheerder') || mine !== undefined;
  }

  async summary(
    caller: Caller,
    raw: unknown,
  ): Promise<{ round: Round; app: Application; mine?: Review; reviews?: Review[] }> {
    requireReader(caller);
    const { round, app } = await this.submittedApp(raw);
    const reviews = await this.d.reviews.listByApplication(round.id, app.schoolId);
    const mine = reviews.find((r) => r.reviewerId === caller.aadObjectId);
    return { round, app, mine, reviews: this.maySeeScores(caller, mine) ? reviews : undefined };
  }

  private async submittedApp(raw: unknown): Promise<{ round: Round; app: Application }> {
    const ref = parseRef(raw);
    const round = await requireRound(this.d.rounds, ref.roundId);
    const app = await this.d.applications.get(ref.roundId, ref.schoolId);
    if (!app || !isSubmitted(app)) throw new DomainError('aanmelding.error.unknownApplication');
    return { round, app };
  }

  async scoreForm(caller: Caller, raw: unknown): Promise<{ round: Round; app: Application; mine?: Review }> {
    requireRole(caller, 'beoordelaar');
    const { round, app } = await this.submittedApp(raw);
    if (!isUnderReview(app.status)) throw new DomainError('aanmelding.score.closed');
    return { round, app, mine: await this.d.reviews.get(round.id, app.schoolId, caller.aadObjectId) };
  }

  /**
   * Saves the caller's scores: every criterion 1–5 with a note. Each reviewer has an own document,
   * so two reviewers saving at the same moment both keep their scores.
   */
  async saveScores(
    caller: Caller,
    raw: Record<string, unknown>,
  ): Promise<{ round: Round; app: Application; review: Review }> {
    requireRole(caller, 'beoordelaar');
    const { round, app } = await this.submittedApp(raw);
    if (!isUnderReview(app.status)) throw new DomainError('aanmelding.score.closed');
    const errors: Record<string, MessageKey> = {};
    const scores = round.criteria.map((c) => {
      const score = z
        .union([z.number(), z.string().trim().regex(/^\d$/).transform(Number)])
        .pipe(z.number().int().min(SCORE_MIN).max(SCORE_MAX))
        .safeParse(raw[`score_${c.id}`]);
      const note = parseText('note', raw[`note_${c.id}`]);
      if (!score.success) errors[`score_${c.id}`] = 'aanmelding.score.error.score';
      if (note === undefined) errors[`note_${c.id}`] = 'aanmelding.score.error.note';
      return { criterionId: c.id, score: score.success ? score.data : 0, note: note ?? '' };
    });
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const now = this.d.now().toISOString();
    const previous = await this.d.reviews.get(round.id, app.schoolId, caller.aadObjectId);
    const review = await this.d.reviews.put({
      roundId: round.id,
      schoolId: app.schoolId,
      reviewerId: caller.aadObjectId,
      reviewerName: caller.name,
      scores,
      submittedAt: previous?.submittedAt ?? now,
      updatedAt: now,
    });
    const actor = actorOf(caller);
    const { before, after } = await mutateApplication(
      this.d.applications,
      { roundId: round.id, schoolId: app.schoolId },
      (c) => (isUnderReview(c.status) ? startReview(c, actor, this.d.now()) : c),
    );
    if (after.status !== before.status) await this.d.notifications.statusChanged(after, round, actor);
    return { round, app: after, review };
  }

  async beoordelaars(): Promise<UserRecord[]> {
    return (await this.d.users.list()).filter((u) => u.roles.includes('beoordelaar'));
  }

  async overview(
    caller: Caller,
    raw: Record<string, unknown>,
  ): Promise<Page<OverviewRow> & { reviewers: number }> {
    requireReader(caller);
    const round = await requireRound(this.d.rounds, raw.roundId);
    const [apps, reviews, reviewers] = await Promise.all([
      this.d.applications.listByRound(round.id),
      this.d.reviews.listByRound(round.id),
      this.beoordelaars(),
    ]);
    const rows = apps
      .filter(isSubmitted)
      .sort(bySubmission)
      .map((app): OverviewRow => {
        const own = reviews.filter((r) => r.schoolId === app.schoolId);
        const mine = own.find((r) => r.reviewerId === caller.aadObjectId);
        const scored = new Set(own.map((r) => r.reviewerId));
        return {
          app,
          stats: this.maySeeScores(caller, mine) ? scoreStats(own, round.criteria) : undefined,
          scoredByMe: mine !== undefined,
          scoredBy: own.map((r) => r.reviewerName).sort((a, b) => a.localeCompare(b, 'nl')),
          missing: reviewers.filter((u) => !scored.has(u.id)).map((u) => u.name),
        };
      });
    return { ...paged(round, rows, raw.page), reviewers: reviewers.length };
  }

  async requestInfo(
    caller: Caller,
    raw: Record<string, unknown>,
  ): Promise<{ round: Round; app: Application }> {
    requireReader(caller);
    const { round, app } = await this.submittedApp(raw);
    const question = parseText('question', raw.question);
    if (question === undefined) throw new ValidationError({ question: 'aanmelding.info.error.question' });
    const actor = actorOf(caller);
    const id = randomUUID();
    const { before, after } = await mutateApplication(
      this.d.applications,
      { roundId: round.id, schoolId: app.schoolId },
      (c) => requestInformation(c, { id, text: question }, actor, this.d.now()),
    );
    await this.d.notifications.questionAsked(before, after, round, id, actor);
    return { round, app: after };
  }

  async decisionForm(
    caller: Caller,
    raw: unknown,
  ): Promise<{ round: Round; app: Application; selected: number }> {
    requireRole(caller, 'beheerder');
    const { round, app } = await this.submittedApp(raw);
    const selection = await this.d.selections.get(round.id);
    return { round, app, selected: selection?.selected.length ?? 0 };
  }

  /**
   * A beheerder's decision. The round's selection tally is written first, conditionally, so two
   * beheerders deciding at once cannot together pass the number of places.
   */
  async decide(caller: Caller, raw: Record<string, unknown>): Promise<{ round: Round; app: Application }> {
    requireRole(caller, 'beheerder');
    const { round, app } = await this.submittedApp(raw);
    const outcome = z.enum(DECISIONS).safeParse(raw.outcome);
    const reason = parseText('reason', raw.reason);
    const errors: Record<string, MessageKey> = {};
    if (!outcome.success) errors.outcome = 'aanmelding.decide.error.outcome';
    if (reason === undefined) errors.reason = 'aanmelding.decide.error.reason';
    if (!outcome.success || reason === undefined) throw new ValidationError(errors);
    const overridePlaces = raw.overridePlaces === 'true' || raw.overridePlaces === true;
    const actor = actorOf(caller);

    await this.updateSelection(round, app.schoolId, outcome.data, overridePlaces);
    const { before, after } = await mutateApplication(
      this.d.applications,
      { roundId: round.id, schoolId: app.schoolId },
      (c) => decide(c, { outcome: outcome.data, reason, overridePlaces }, actor, this.d.now()),
    );
    if (after.status !== before.status || after.decision?.reason !== before.decision?.reason) {
      await this.d.notifications.statusChanged(after, round, actor);
    }
    return { round, app: after };
  }

  private async updateSelection(
    round: Round,
    schoolId: string,
    outcome: Decision,
    override: boolean,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current: Selection = (await this.d.selections.get(round.id)) ?? {
        roundId: round.id,
        selected: [],
      };
      const others = current.selected.filter((s) => s !== schoolId);
      if (
        outcome === 'geselecteerd' &&
        !current.selected.includes(schoolId) &&
        others.length >= round.places &&
        !override
      ) {
        throw new PlacesFullError(round.places, others.length);
      }
      const selected = outcome === 'geselecteerd' ? [...others, schoolId] : others;
      if (selected.length === current.selected.length && selected.every((s) => current.selected.includes(s)))
        return;
      try {
        await this.d.selections.save({ ...current, selected });
        return;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      }
    }
  }

  /** The history (questions, answers, status and field changes): for the expert group and the school itself. */
  async history(caller: Caller, raw: unknown): Promise<{ round: Round; app: Application }> {
    const ref = parseRef(raw);
    const round = await requireRound(this.d.rounds, ref.roundId);
    const app = await this.d.applications.get(ref.roundId, ref.schoolId);
    if (!app) throw new DomainError('aanmelding.error.unknownApplication');
    const reader = hasRole(caller, 'beoordelaar') || hasRole(caller, 'beheerder');
    if (!isParticipant(app, caller.aadObjectId) && !(reader && isSubmitted(app))) {
      throw new DomainError('aanmelding.error.notYours');
    }
    return { round, app };
  }
}
