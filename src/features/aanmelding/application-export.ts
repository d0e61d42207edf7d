import { DateTime } from 'luxon';
import { STEP_FIELDS, type Application, type ApplicationRepository } from '../../domain/application';
import { openQuestions } from '../../domain/application-flow';
import { DomainError } from '../../domain/errors';
import { scoreStats, type Review, type ReviewRepository } from '../../domain/review';
import type { Round, RoundRepository } from '../../domain/round';
import {
  TABLE_FORMATS,
  toCsv,
  toXlsx,
  type Cell,
  type Table,
  type TableFormat,
} from '../../export/table-export';

export const EXPORT_FORMATS = TABLE_FORMATS;
export type ExportFormat = TableFormat;

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

/** One row per submitted application: every field, the scores (summary and per reviewer) and the decision. */
function applicationsTable(round: Round, apps: Application[], reviews: Review[]): Table {
  const reviewers = reviewersOf(reviews);
  const headers = [
    'referentie',
    'school',
    'school_id',
    'status',
    'ingediend_op',
    'ingediend_door',
    'contactpersoon',
    'functie',
    'email',
    'telefoon',
    'locaties',
    'vraagstuk',
    'mechanismen',
    'stappen_al_gezet',
    'projectgroep_rollen',
    'projectgroep_namen',
    'eigen_bijdrage_bevestigd',
    'eigen_bijdrage_toelichting',
    'overig',
    'medewerkers',
    'vragen',
    'open_vragen',
    'aantal_beoordelaars',
    'gemiddelde',
    'laagste',
    'hoogste',
    'standaardafwijking',
    ...round.criteria.map((c) => `gemiddelde_${c.id}`),
    'besluit',
    'besluit_toelichting',
    'besluit_door',
    'besluit_op',
    'boven_aantal_plaatsen',
    'gesprek_gevraagd_op',
    ...reviewers.flatMap((r) =>
      round.criteria.flatMap((c) => [`score_${c.id} (${r.name})`, `toelichting_${c.id} (${r.name})`]),
    ),
  ];
  const rows = apps.map((app): Cell[] => {
    const own = reviews.filter((r) => r.schoolId === app.schoolId);
    const stats = scoreStats(own, round.criteria);
    const f = app.fields;
    return [
      app.reference ?? '',
      app.schoolName,
      app.schoolId,
      app.status,
      local(round, app.submittedAt),
      app.submittedByName ?? '',
      f.contactName ?? '',
      f.contactRole ?? '',
      f.contactEmail ?? '',
      f.contactPhone ?? '',
      f.locations ?? '',
      f.vraagstuk ?? '',
      list(f.mechanisms),
      f.stepsTaken ?? '',
      list(f.projectRoles),
      f.projectNames ?? '',
      f.ownContribution === true,
      f.ownContributionNote ?? '',
      f.otherNotes ?? '',
      app.participants.map((p) => p.name).join('; '),
      app.questions.length,
      openQuestions(app).length,
      stats.count,
      rounded(stats.average),
      rounded(stats.min),
      rounded(stats.max),
      rounded(stats.stdev),
      ...round.criteria.map((c) => rounded(stats.perCriterion.find((p) => p.criterionId === c.id)?.average)),
      app.decision?.outcome ?? '',
      app.decision?.reason ?? '',
      app.decision?.byName ?? '',
      local(round, app.decision?.at),
      app.decision ? app.decision.overridePlaces : '',
      local(round, app.followUpRequested?.at),
      ...reviewers.flatMap((r) => {
        const review = own.find((x) => x.reviewerId === r.id);
        return round.criteria.flatMap((c): Cell[] => {
          const s = review?.scores.find((x) => x.criterionId === c.id);
          return [s ? s.score : null, s?.note ?? ''];
        });
      }),
    ];
  });
  return { name: 'Aanmeldingen', headers, rows };
}

function scoresTable(round: Round, apps: Application[], reviews: Review[]): Table {
  const school = new Map(apps.map((a) => [a.schoolId, a]));
  return {
    name: 'Scores',
    headers: ['referentie', 'school', 'beoordelaar', 'criterium', 'score', 'toelichting', 'opgeslagen_op'],
    rows: reviews
      .filter((r) => school.has(r.schoolId))
      .flatMap((r) =>
        round.criteria.map((c): Cell[] => {
          const s = r.scores.find((x) => x.criterionId === c.id);
          const app = school.get(r.schoolId);
          return [
            app?.reference ?? '',
            app?.schoolName ?? '',
            r.reviewerName,
            c.title,
            s?.score ?? null,
            s?.note ?? '',
            local(round, r.updatedAt),
          ];
        }),
      ),
  };
}

function questionsTable(round: Round, apps: Application[]): Table {
  return {
    name: 'Vragen',
    headers: [
      'referentie',
      'school',
      'vraag',
      'gesteld_door',
      'gesteld_op',
      'antwoord',
      'beantwoord_door',
      'beantwoord_op',
    ],
    rows: apps.flatMap((a) =>
      a.questions.map((q): Cell[] => [
        a.reference ?? '',
        a.schoolName,
        q.question,
        q.askedByName,
        local(round, q.askedAt),
        q.answer ?? '',
        q.answeredByName ?? '',
        local(round, q.answeredAt),
      ]),
    ),
  };
}

function historyTable(round: Round, apps: Application[]): Table {
  const value = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'boolean' ? String(v) : list(v);
  return {
    name: 'Geschiedenis',
    headers: ['referentie', 'school', 'wanneer', 'wie', 'wat', 'veld', 'was', 'werd'],
    rows: apps.flatMap((a) => [
      ...a.statusHistory.map((h): Cell[] => [
        a.reference ?? '',
        a.schoolName,
        local(round, h.at),
        h.byName,
        `status: ${h.status}`,
        '',
        '',
        h.reason ?? '',
      ]),
      ...a.revisions.flatMap((r) =>
        r.changes
          .filter((c) => STEP_FIELDS[r.step].includes(c.field))
          .map((c): Cell[] => [
            a.reference ?? '',
            a.schoolName,
            local(round, r.at),
            r.byName,
            `stap: ${r.step}`,
            c.field,
            value(c.before),
            value(c.after),
          ]),
      ),
    ]),
  };
}

function roundTable(round: Round): Table {
  return {
    name: 'Ronde',
    headers: ['veld', 'waarde'],
    rows: [
      ['id', round.id],
      ['programma', round.programme],
      ['naam', round.name],
      ['open_vanaf', local(round, round.opensAt)],
      ['sluit', local(round, round.closesAt)],
      ['besluit_uiterlijk', round.decisionDate],
      ['plaatsen', round.places],
      ['werkbudget_per_schooljaar', round.budget.perSchoolYear],
      ['eigen_bijdrage_minimaal', round.budget.ownContributionMin],
      ...round.criteria.map((c): Cell[] => [
        `criterium ${c.id}`,
        c.description ? `${c.title}: ${c.description}` : c.title,
      ]),
    ],
  };
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
