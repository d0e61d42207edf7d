import { DateTime } from 'luxon';
import {
  openQuestions,
  STEP_FIELDS,
  type Application,
  type ApplicationRepository,
} from '../../domain/application';
import { DomainError } from '../../domain/errors';
import {
  scoreStats,
  type CriterionScore,
  type Review,
  type ReviewRepository,
  type ScoreStats,
} from '../../domain/review';
import type { Criterion, Round, RoundRepository } from '../../domain/round';
import { table, toCsv, toXlsx, type Cell, type Column, type Table } from '../../export/table-export';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  round: Round;
  applications: number;
  content: Buffer;
}

const local = (round: Round, iso: string | undefined): string =>
  iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(round.timeZone).toFormat('yyyy-MM-dd HH:mm') : '';

const rounded = (n: number | undefined): number | null =>
  n === undefined ? null : Math.round(n * 100) / 100;

const list = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : '');

/** Reviewers in a stable order (by name), so columns line up between exports. */
function reviewersOf(reviews: Review[]): { id: string; name: string }[] {
  const byId = new Map(reviews.map((r) => [r.reviewerId, r.reviewerName]));
  return [...byId.entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
}

interface AppRow {
  app: Application;
  own: Review[];
  stats: ScoreStats;
}

const col = <R>(header: string, value: (row: R) => Cell): Column<R> => ({ header, value });

/** One row per submitted application: every field, the scores (summary and per reviewer) and the decision. */
function applicationsTable(round: Round, apps: Application[], reviews: Review[]): Table {
  const reviewers = reviewersOf(reviews);
  const f = (r: AppRow) => r.app.fields;
  const columns: Column<AppRow>[] = [
    col('referentie', (r) => r.app.reference ?? ''),
    col('school', (r) => r.app.schoolName),
    col('school_id', (r) => r.app.schoolId),
    col('status', (r) => r.app.status),
    col('ingediend_op', (r) => local(round, r.app.submittedAt)),
    col('ingediend_door', (r) => r.app.submittedByName ?? ''),
    col('contactpersoon', (r) => f(r).contactName ?? ''),
    col('functie', (r) => f(r).contactRole ?? ''),
    col('email', (r) => f(r).contactEmail ?? ''),
    col('telefoon', (r) => f(r).contactPhone ?? ''),
    col('locaties', (r) => f(r).locations ?? ''),
    col('vraagstuk', (r) => f(r).vraagstuk ?? ''),
    col('mechanismen', (r) => list(f(r).mechanisms)),
    col('stappen_al_gezet', (r) => f(r).stepsTaken ?? ''),
    col('projectgroep_rollen', (r) => list(f(r).projectRoles)),
    col('projectgroep_namen', (r) => f(r).projectNames ?? ''),
    col('eigen_bijdrage_bevestigd', (r) => f(r).ownContribution === true),
    col('eigen_bijdrage_toelichting', (r) => f(r).ownContributionNote ?? ''),
    col('overig', (r) => f(r).otherNotes ?? ''),
    col('medewerkers', (r) => r.app.participants.map((p) => p.name).join('; ')),
    col('vragen', (r) => r.app.questions.length),
    col('open_vragen', (r) => openQuestions(r.app).length),
    col('aantal_beoordelaars', (r) => r.stats.count),
    col('gemiddelde', (r) => rounded(r.stats.average)),
    col('laagste', (r) => rounded(r.stats.min)),
    col('hoogste', (r) => rounded(r.stats.max)),
    col('standaardafwijking', (r) => rounded(r.stats.stdev)),
    ...round.criteria.map((c) =>
      col(`gemiddelde_${c.id}`, (r: AppRow) =>
        rounded(r.stats.perCriterion.find((p) => p.criterionId === c.id)?.average),
      ),
    ),
    col('besluit', (r) => r.app.decision?.outcome ?? ''),
    col('besluit_toelichting', (r) => r.app.decision?.reason ?? ''),
    col('besluit_door', (r) => r.app.decision?.byName ?? ''),
    col('besluit_op', (r) => local(round, r.app.decision?.at)),
    col('boven_aantal_plaatsen', (r) => (r.app.decision ? r.app.decision.overridePlaces : '')),
    col('gesprek_gevraagd_op', (r) => local(round, r.app.followUpRequested?.at)),
    ...reviewers.flatMap((rv) =>
      round.criteria.flatMap((c) => {
        const score = (r: AppRow) =>
          r.own.find((x) => x.reviewerId === rv.id)?.scores.find((x) => x.criterionId === c.id);
        return [
          col(`score_${c.id} (${rv.name})`, (r: AppRow) => score(r)?.score ?? null),
          col(`toelichting_${c.id} (${rv.name})`, (r: AppRow) => score(r)?.note ?? ''),
        ];
      }),
    ),
  ];
  const rows = apps.map((app): AppRow => {
    const own = reviews.filter((r) => r.schoolId === app.schoolId);
    return { app, own, stats: scoreStats(own, round.criteria) };
  });
  return table('Aanmeldingen', columns, rows);
}

function scoresTable(round: Round, apps: Application[], reviews: Review[]): Table {
  const school = new Map(apps.map((a) => [a.schoolId, a]));
  type Row = { review: Review; criterion: Criterion; app?: Application; score?: CriterionScore };
  const rows = reviews
    .filter((r) => school.has(r.schoolId))
    .flatMap((review) =>
      round.criteria.map((criterion): Row => ({
        review,
        criterion,
        app: school.get(review.schoolId),
        score: review.scores.find((x) => x.criterionId === criterion.id),
      })),
    );
  return table<Row>(
    'Scores',
    [
      col('referentie', (r) => r.app?.reference ?? ''),
      col('school', (r) => r.app?.schoolName ?? ''),
      col('beoordelaar', (r) => r.review.reviewerName),
      col('criterium', (r) => r.criterion.title),
      col('score', (r) => r.score?.score ?? null),
      col('toelichting', (r) => r.score?.note ?? ''),
      col('opgeslagen_op', (r) => local(round, r.review.updatedAt)),
    ],
    rows,
  );
}

function questionsTable(round: Round, apps: Application[]): Table {
  type Row = { app: Application; q: Application['questions'][number] };
  return table<Row>(
    'Vragen',
    [
      col('referentie', (r) => r.app.reference ?? ''),
      col('school', (r) => r.app.schoolName),
      col('vraag', (r) => r.q.question),
      col('gesteld_door', (r) => r.q.askedByName),
      col('gesteld_op', (r) => local(round, r.q.askedAt)),
      col('antwoord', (r) => r.q.answer ?? ''),
      col('beantwoord_door', (r) => r.q.answeredByName ?? ''),
      col('beantwoord_op', (r) => local(round, r.q.answeredAt)),
    ],
    apps.flatMap((app) => app.questions.map((q) => ({ app, q }))),
  );
}

function historyTable(round: Round, apps: Application[]): Table {
  const value = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'boolean' ? String(v) : list(v);
  type Row = {
    app: Application;
    at: string;
    by: string;
    what: string;
    field: string;
    was: string;
    now: string;
  };
  const rows = apps.flatMap((app) => [
    ...app.statusHistory.map((h): Row => ({
      app,
      at: h.at,
      by: h.byName,
      what: `status: ${h.status}`,
      field: '',
      was: '',
      now: h.reason ?? '',
    })),
    ...app.revisions.flatMap((r) =>
      r.changes
        .filter((c) => STEP_FIELDS[r.step].includes(c.field))
        .map((c): Row => ({
          app,
          at: r.at,
          by: r.byName,
          what: `stap: ${r.step}`,
          field: c.field,
          was: value(c.before),
          now: value(c.after),
        })),
    ),
  ]);
  return table<Row>(
    'Geschiedenis',
    [
      col('referentie', (r) => r.app.reference ?? ''),
      col('school', (r) => r.app.schoolName),
      col('wanneer', (r) => local(round, r.at)),
      col('wie', (r) => r.by),
      col('wat', (r) => r.what),
      col('veld', (r) => r.field),
      col('was', (r) => r.was),
      col('werd', (r) => r.now),
    ],
    rows,
  );
}

function roundTable(round: Round): Table {
  const rows: [string, Cell][] = [
    ['id', round.id],
    ['programma', round.programme],
    ['naam', round.name],
    ['open_vanaf', local(round, round.opensAt)],
    ['sluit', local(round, round.closesAt)],
    ['besluit_uiterlijk', round.decisionDate],
    ['plaatsen', round.places],
    ['werkbudget_per_schooljaar', round.budget.perSchoolYear],
    ['eigen_bijdrage_minimaal', round.budget.ownContributionMin],
    ...round.criteria.map((c): [string, Cell] => [
      `criterium ${c.id}`,
      c.description ? `${c.title}: ${c.description}` : c.title,
    ]),
  ];
  return table(
    'Ronde',
    [col('veld', (r: [string, Cell]) => r[0]), col('waarde', (r: [string, Cell]) => r[1])],
    rows,
  );
}

/**
 * Everything the expert group's meeting needs about one round's submitted applications (drafts are the
 * school's own business and stay out): fields, scores, questions, history and decisions.
 */
export async function exportApplications(
  repos: { rounds: RoundRepository; applications: ApplicationRepository; reviews: ReviewRepository },
  roundId: string,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<ExportResult> {
  const round = await repos.rounds.get(roundId);
  if (!round) throw new DomainError('aanmelding.error.unknownRound');
  const [all, reviews] = await Promise.all([
    repos.applications.listByRound(round.id),
    repos.reviews.listByRound(round.id),
  ]);
  const apps = all
    .filter((a) => a.status !== 'concept')
    .sort(
      (a, b) =>
        (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
        a.schoolName.localeCompare(b.schoolName, 'nl'),
    );
  const submitted = new Set(apps.map((a) => a.schoolId));
  const own = reviews.filter((r) => submitted.has(r.schoolId));
  let content: Buffer;
  if (format === 'json') {
    const { etag: _etag, ...roundData } = round;
    const data = {
      exportedAt: now.toISOString(),
      round: roundData,
      applications: apps.map(({ etag: _e, ...app }) => {
        const mine = own.filter((r) => r.schoolId === app.schoolId);
        return { ...app, reviews: mine, scores: scoreStats(mine, round.criteria) };
      }),
    };
    content = Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
  } else if (format === 'csv') {
    content = toCsv(applicationsTable(round, apps, own));
  } else {
    content = await toXlsx([
      applicationsTable(round, apps, own),
      scoresTable(round, apps, own),
      questionsTable(round, apps),
      historyTable(round, apps),
      roundTable(round),
    ]);
  }
  return { round, applications: apps.length, content };
}
