import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import {
  DECISIONS,
  isUnderReview,
  STEP_FIELDS,
  STEPS,
  TEXT_LIMITS,
  type Application,
  type FieldId,
  type FieldValue,
} from '../../domain/application';
import { scoreStats, SCORE_MAX, SCORE_MIN, type Review } from '../../domain/review';
import { roundPhase, type Round } from '../../domain/round';
import type { MessageKey } from '../../i18n';
import {
  applicationView,
  decisionSection,
  fitted,
  displayValue,
  questionSection,
  section,
  stepSections,
  type FieldErrors,
  type Section,
} from './aanmelding.cards';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, lengthRegex, type CardAction, type FormField } from './form-card';
import type { ListItem, OverviewRow, Page } from './review.service';
import { type RoundFormValues } from './round.service';

interface Row {
  title: string;
  lines: { text: string; color: string; subtle: boolean }[];
  actions: { title: string; data: Record<string, unknown> }[];
}

const line = (text: string, color = 'Default', subtle = true) => ({ text, color, subtle });

function listCard(o: {
  kicker?: string;
  title: string;
  subtitle?: string;
  empty: string;
  rows: Row[];
  footer?: string;
  actions?: CardAction[];
}): AdaptiveCardJson {
  return renderCard('aanmelding/list', {
    kicker: o.kicker ?? '',
    title: o.title,
    subtitle: o.subtitle ?? '',
    empty: o.empty,
    rows: o.rows,
    footer: o.footer ?? '',
    actions: (o.actions ?? []).map((a) => ({ title: a.title, data: a.data })),
  });
}

const ref = (app: Pick<Application, 'roundId' | 'schoolId'>) => ({
  roundId: app.roundId,
  schoolId: app.schoolId,
});

function pager(f: Formatter, verb: string, page: Page<unknown>): CardAction[] {
  const out: CardAction[] = [];
  if (page.page > 0)
    out.push(
      action(f.t('aanmelding.reviewer.previous'), { verb, roundId: page.round.id, page: page.page - 1 }),
    );
  if (page.page < page.pages - 1)
    out.push(action(f.t('aanmelding.reviewer.next'), { verb, roundId: page.round.id, page: page.page + 1 }));
  return out;
}

export function reviewRoundsCard(
  f: Formatter,
  rounds: { round: Round; submitted: number; selected: number }[],
): AdaptiveCardJson {
  return listCard({
    title: f.t('aanmelding.reviewer.roundsTitle'),
    empty: f.t('aanmelding.reviewer.roundsEmpty'),
    rows: rounds.slice(0, 12).map(({ round, submitted, selected }) => ({
      title: round.name,
      lines: [
        line(round.programme),
        line(
          f.t('aanmelding.reviewer.roundLine', {
            submitted,
            selected,
            places: round.places,
            closes: f.dateTime(round.closesAt),
          }),
        ),
      ],
      actions: [
        {
          title: f.t('aanmelding.reviewer.open'),
          data: { verb: 'aanmelding.beoordeling.list', roundId: round.id },
        },
        {
          title: f.t('aanmelding.reviewer.overview'),
          data: { verb: 'aanmelding.beoordeling.overview', roundId: round.id },
        },
      ],
    })),
  });
}

export function reviewListCard(f: Formatter, page: Page<ListItem>): AdaptiveCardJson {
  return listCard({
    kicker: page.round.name,
    title: f.t('aanmelding.reviewer.listTitle'),
    subtitle: f.t('aanmelding.reviewer.page', { page: page.page + 1, pages: page.pages, total: page.total }),
    empty: f.t('aanmelding.reviewer.listEmpty'),
    rows: page.items.map(({ app, scoredByMe, scoredCount }) => ({
      title: app.schoolName,
      lines: [
        line(
          f.t('aanmelding.reviewer.row', {
            reference: app.reference ?? '',
            status: f.t(`aanmelding.status.${app.status}`),
            at: f.date(app.submittedAt ?? app.updatedAt),
          }),
        ),
        line(
          f.t(scoredByMe ? 'aanmelding.reviewer.scoredByMe' : 'aanmelding.reviewer.notScoredByMe', {
            count: scoredCount,
          }),
          scoredByMe ? 'Good' : 'Default',
        ),
      ],
      actions: [
        {
          title: f.t('aanmelding.reviewer.openOne'),
          data: { verb: 'aanmelding.beoordeling.open', ...ref(app) },
        },
      ],
    })),
    actions: [
      ...pager(f, 'aanmelding.beoordeling.list', page),
      action(f.t('aanmelding.reviewer.overview'), {
        verb: 'aanmelding.beoordeling.overview',
        roundId: page.round.id,
        page: 0,
      }),
    ],
  });
}

export function overviewCard(
  f: Formatter,
  page: Page<OverviewRow> & { reviewers: number },
): AdaptiveCardJson {
  return listCard({
    kicker: page.round.name,
    title: f.t('aanmelding.overview.title'),
    subtitle: f.t('aanmelding.overview.subtitle', {
      reviewers: page.reviewers,
      criteria: page.round.criteria.length,
      page: page.page + 1,
      pages: page.pages,
    }),
    empty: f.t('aanmelding.reviewer.listEmpty'),
    rows: page.items.map((row) => {
      const count = row.scoredBy.length;
      const stats = row.stats;
      const scoreLine = !stats
        ? line(f.t('aanmelding.overview.hidden', { count }), 'Default')
        : stats.count === 0
          ? line(f.t('aanmelding.overview.noScores'))
          : line(
              f.t('aanmelding.overview.stats', {
                average: f.score(stats.average),
                min: f.score(stats.min),
                max: f.score(stats.max),
                count: stats.count,
              }),
              'Default',
              false,
            );
      const missing =
        page.reviewers === 0
          ? line(f.t('aanmelding.overview.noReviewers'))
          : row.missing.length > 0
            ? line(f.t('aanmelding.overview.missing', { names: row.missing.join(', ') }), 'Warning')
            : line(f.t('aanmelding.overview.allScored'), 'Good');
      return {
        title: `${row.app.schoolName} · ${f.t(`aanmelding.status.${row.app.status}`)}`,
        lines: [scoreLine, missing],
        actions: [
          {
            title: f.t('aanmelding.reviewer.openOne'),
            data: { verb: 'aanmelding.beoordeling.open', ...ref(row.app) },
          },
        ],
      };
    }),
    actions: [
      ...pager(f, 'aanmelding.beoordeling.overview', page),
      action(f.t('aanmelding.reviewer.open'), {
        verb: 'aanmelding.beoordeling.list',
        roundId: page.round.id,
        page: 0,
      }),
    ],
  });
}

function scoresSection(f: Formatter, round: Round, reviews: Review[] | undefined): Section[] {
  const title = f.t('aanmelding.reviewer.scoresTitle');
  if (!reviews) return [section(title, [{ label: '', value: f.t('aanmelding.reviewer.scoresHidden') }])];
  if (reviews.length === 0)
    return [section(title, [{ label: '', value: f.t('aanmelding.reviewer.scoresNone') }])];
  const stats = scoreStats(reviews, round.criteria);
  const items = [
    {
      label: '',
      value: f.t('aanmelding.reviewer.totalLine', {
        average: f.score(stats.average),
        min: f.score(stats.min),
        max: f.score(stats.max),
        count: stats.count,
      }),
    },
    ...round.criteria.map((c) => {
      const s = stats.perCriterion.find((p) => p.criterionId === c.id);
      return {
        label: f.t('aanmelding.reviewer.criterionLine', {
          criterion: c.title,
          average: f.score(s?.average),
          min: s?.min ?? '–',
          max: s?.max ?? '–',
        }),
        value: reviews
          .map((r) => {
            const sc = r.scores.find((x) => x.criterionId === c.id);
            return sc
              ? f.t('aanmelding.reviewer.noteLine', {
                  name: r.reviewerName,
                  score: sc.score,
                  note: Formatter.clip(sc.note, 240),
                })
              : '';
          })
          .filter(Boolean)
          .join('\n\n'),
      };
    }),
  ];
  return [section(title, items)];
}

/** The read-only summary for the expert group, with what they can do next. */
export function reviewerSummaryCard(
  f: Formatter,
  o: {
    round: Round;
    app: Application;
    mine?: Review;
    reviews?: Review[];
    canScore: boolean;
    canDecide: boolean;
  },
): AdaptiveCardJson {
  const { round, app } = o;
  const actions: CardAction[] = [];
  const underReview = isUnderReview(app.status);
  if (o.canScore && underReview) {
    actions.push(
      action(
        f.t(o.mine ? 'aanmelding.reviewer.rescore' : 'aanmelding.reviewer.score'),
        { verb: 'aanmelding.beoordeling.score.form', ...ref(app) },
        { style: 'positive' },
      ),
    );
  }
  if (underReview)
    actions.push(
      action(f.t('aanmelding.reviewer.askInfo'), { verb: 'aanmelding.beoordeling.info.form', ...ref(app) }),
    );
  if (o.canDecide)
    actions.push(
      action(f.t('aanmelding.reviewer.decide'), { verb: 'aanmelding.beoordeling.decide.form', ...ref(app) }),
    );
  actions.push(action(f.t('aanmelding.review.history'), { verb: 'aanmelding.history', ...ref(app) }));
  actions.push(
    action(f.t('aanmelding.reviewer.toList'), { verb: 'aanmelding.beoordeling.list', roundId: round.id }),
  );
  return fitted((clip) =>
    applicationView(f, round, {
      title: f.t('aanmelding.reviewer.summaryTitle', { school: app.schoolName }),
      statusLine: f.t('aanmelding.reviewer.statusLine', {
        reference: app.reference ?? '',
        status: f.t(`aanmelding.status.${app.status}`),
        at: f.dateTime(app.submittedAt ?? app.updatedAt),
        name: app.submittedByName ?? '',
      }),
      banners: [],
      sections: [
        ...stepSections(f, app, false, clip),
        ...questionSection(f, app.questions),
        ...decisionSection(f, app),
        ...scoresSection(f, round, o.reviews),
      ],
      actions,
    }),
  );
}

export function scoreFormCard(
  f: Formatter,
  o: {
    round: Round;
    app: Application;
    values?: Record<string, string>;
    errors?: FieldErrors;
    formError?: string;
  },
): AdaptiveCardJson {
  const errors = o.errors ?? {};
  const values = o.values ?? {};
  const { min, max } = TEXT_LIMITS.note;
  const choices = [1, 2, 3, 4, 5].map((n) => ({
    title: f.t(`aanmelding.score.value.${n}` as MessageKey),
    value: String(n),
  }));
  const fields: FormField[] = o.round.criteria.flatMap((c, i) => [
    field({
      kind: 'heading',
      label: c.title,
      hint: c.description,
      separator: i > 0,
      spacing: i > 0 ? 'Medium' : 'Default',
    }),
    field({
      kind: 'choice',
      id: `score_${c.id}`,
      label: f.t('aanmelding.score.scoreLabel', { criterion: c.title }),
      value: values[`score_${c.id}`] ?? '',
      placeholder: f.t('aanmelding.score.choose'),
      required: true,
      choices,
      errorMessage: f.t('aanmelding.score.error.score'),
      error: errors[`score_${c.id}`] ? f.t('aanmelding.score.error.score') : '',
    }),
    field({
      kind: 'text',
      id: `note_${c.id}`,
      label: f.t('aanmelding.score.noteLabel', { criterion: c.title }),
      value: values[`note_${c.id}`] ?? '',
      placeholder: f.t('aanmelding.score.notePlaceholder'),
      required: true,
      multiline: true,
      max,
      regex: lengthRegex(min, max),
      errorMessage: f.t('aanmelding.score.error.note', { min, max }),
      error: errors[`note_${c.id}`] ? f.t('aanmelding.score.error.note', { min, max }) : '',
    }),
  ]);
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.score.title', { school: o.app.schoolName }),
    progress: `${o.app.reference ?? ''}`,
    intro: [{ text: f.t('aanmelding.score.intro', { min: SCORE_MIN, max: SCORE_MAX }) }],
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields,
    actions: [
      action(
        f.t('aanmelding.score.submit'),
        { verb: 'aanmelding.beoordeling.score.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}

/** The stored scores as form values, to change them. */
export function scoreValuesOf(review: Review | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of review?.scores ?? []) {
    out[`score_${s.criterionId}`] = String(s.score);
    out[`note_${s.criterionId}`] = s.note;
  }
  return out;
}

export function scoreValuesFrom(round: Round, raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of round.criteria) {
    const s = raw[`score_${c.id}`];
    const n = raw[`note_${c.id}`];
    out[`score_${c.id}`] = typeof s === 'string' || typeof s === 'number' ? String(s).slice(0, 2) : '';
    out[`note_${c.id}`] = typeof n === 'string' ? n.slice(0, TEXT_LIMITS.note.max) : '';
  }
  return out;
}

export function infoFormCard(
  f: Formatter,
  o: { round: Round; app: Application; question?: string; errors?: FieldErrors; formError?: string },
): AdaptiveCardJson {
  const { min, max } = TEXT_LIMITS.question;
  const errors = o.errors ?? {};
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.info.title', { school: o.app.schoolName }),
    intro: [{ text: f.t('aanmelding.info.intro') }],
    formError: o.formError ?? (errors.question ? f.t('error.validation') : ''),
    fields: [
      field({
        kind: 'text',
        id: 'question',
        label: f.t('aanmelding.info.label'),
        value: o.question ?? '',
        required: true,
        multiline: true,
        max,
        regex: lengthRegex(min, max),
        errorMessage: f.t('aanmelding.info.error.question', { min, max }),
        error: errors.question ? f.t('aanmelding.info.error.question', { min, max }) : '',
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.info.submit'),
        { verb: 'aanmelding.beoordeling.info.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}

export function decisionFormCard(
  f: Formatter,
  o: {
    round: Round;
    app: Application;
    selected: number;
    values?: { outcome: string; reason: string; overridePlaces: string };
    errors?: FieldErrors;
    formError?: string;
  },
): AdaptiveCardJson {
  const { min, max } = TEXT_LIMITS.reason;
  const errors = o.errors ?? {};
  const v = o.values ?? {
    outcome: o.app.decision?.outcome ?? '',
    reason: o.app.decision?.reason ?? '',
    overridePlaces: o.app.decision?.overridePlaces ? 'true' : 'false',
  };
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.decide.title', { school: o.app.schoolName }),
    intro: [{ text: f.t('aanmelding.decide.intro', { selected: o.selected, places: o.round.places }) }],
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields: [
      field({
        kind: 'choice',
        id: 'outcome',
        label: f.t('aanmelding.decide.outcome'),
        value: v.outcome,
        required: true,
        choiceStyle: 'expanded',
        choices: DECISIONS.map((d) => ({ title: f.t(`aanmelding.status.${d}`), value: d })),
        errorMessage: f.t('aanmelding.decide.error.outcome'),
        error: errors.outcome ? f.t('aanmelding.decide.error.outcome') : '',
      }),
      field({
        kind: 'text',
        id: 'reason',
        label: f.t('aanmelding.decide.reason'),
        value: v.reason,
        required: true,
        multiline: true,
        max,
        regex: lengthRegex(min, max),
        errorMessage: f.t('aanmelding.decide.error.reason', { min, max }),
        hint: f.t('aanmelding.decide.reasonHint', { min, max }),
        error: errors.reason ? f.t('aanmelding.decide.error.reason', { min, max }) : '',
      }),
      field({
        kind: 'toggle',
        id: 'overridePlaces',
        label: f.t('aanmelding.decide.override', { places: o.round.places }),
        toggleTitle: f.t('aanmelding.decide.overrideTitle'),
        value: v.overridePlaces === 'true' ? 'true' : 'false',
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.decide.submit'),
        { verb: 'aanmelding.beoordeling.decide.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}

const HISTORY_PAGE = 8;

const short = (f: Formatter, id: FieldId, v: FieldValue | null): string =>
  v === null ? f.t('aanmelding.field.empty') : Formatter.clip(displayValue(f, id, v), 160);

/** Every status change, question, answer and field revision: who, when, what. Newest first, paged. */
export function historyCard(
  f: Formatter,
  round: Round,
  app: Application,
  rawPage: unknown,
): AdaptiveCardJson {
  const entries: { at: string; name: string; lines: string[] }[] = [
    // A question is its own entry (below); its status change needs no second copy of the text.
    ...app.statusHistory.map((h) => ({
      at: h.at,
      name: h.byName,
      lines: [
        h.reason && h.status !== 'aanvulling-gevraagd'
          ? f.t('aanmelding.history.statusReason', {
              status: f.t(`aanmelding.status.${h.status}`),
              reason: Formatter.clip(h.reason, 300),
            })
          : f.t('aanmelding.history.status', { status: f.t(`aanmelding.status.${h.status}`) }),
      ],
    })),
    ...app.questions.flatMap((q) => [
      {
        at: q.askedAt,
        name: q.askedByName,
        lines: [f.t('aanmelding.history.asked', { text: Formatter.clip(q.question, 300) })],
      },
      ...(q.answer !== undefined && q.answeredAt
        ? [
            {
              at: q.answeredAt,
              name: q.answeredByName ?? '',
              lines: [f.t('aanmelding.history.answered', { text: Formatter.clip(q.answer, 300) })],
            },
          ]
        : []),
    ]),
    ...app.revisions.map((r) => ({
      at: r.at,
      name: r.byName,
      lines: [
        f.t('aanmelding.history.revision', {
          step: `${STEPS.indexOf(r.step) + 1}. ${f.t(`aanmelding.step.${r.step}.title`)}`,
        }),
        ...r.changes
          .filter((c) => STEP_FIELDS[r.step].includes(c.field))
          .map((c) =>
            f.t('aanmelding.history.change', {
              field: f.t(`aanmelding.field.${c.field}.label` as MessageKey),
              before: short(f, c.field, c.before),
              after: short(f, c.field, c.after),
            }),
          ),
      ],
    })),
    ...(app.followUpRequested
      ? [
          {
            at: app.followUpRequested.at,
            name: app.followUpRequested.byName,
            lines: [f.t('aanmelding.history.followUp')],
          },
        ]
      : []),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const pages = Math.max(1, Math.ceil(entries.length / HISTORY_PAGE));
  const requested = typeof rawPage === 'number' ? rawPage : Number(typeof rawPage === 'string' ? rawPage : 0);
  const page = Number.isInteger(requested) ? Math.min(Math.max(0, requested), pages - 1) : 0;
  const nav: CardAction[] = [];
  if (page > 0)
    nav.push(
      action(f.t('aanmelding.reviewer.previous'), {
        verb: 'aanmelding.history',
        ...ref(app),
        page: page - 1,
      }),
    );
  if (page < pages - 1)
    nav.push(
      action(f.t('aanmelding.reviewer.next'), { verb: 'aanmelding.history', ...ref(app), page: page + 1 }),
    );
  return listCard({
    kicker: round.name,
    title: f.t('aanmelding.history.title', { school: app.schoolName }),
    subtitle: pages > 1 ? `${page + 1} / ${pages}` : '',
    empty: f.t('aanmelding.history.empty'),
    rows: entries.slice(page * HISTORY_PAGE, (page + 1) * HISTORY_PAGE).map((e) => ({
      title: f.t('aanmelding.history.entry', { at: f.dateTime(e.at), name: e.name }),
      lines: e.lines.map((l) => line(l, 'Default', false)),
      actions: [],
    })),
    actions: nav,
  });
}

export function roundListCard(f: Formatter, rounds: Round[], now: Date): AdaptiveCardJson {
  return listCard({
    title: f.t('aanmelding.rounds.title'),
    empty: f.t('aanmelding.rounds.empty'),
    rows: rounds.slice(0, 12).map((r) => ({
      title: `${r.name} (${r.id})`,
      lines: [
        line(r.programme),
        line(
          f.t('aanmelding.rounds.line', {
            phase: f.t(`aanmelding.rounds.phase.${roundPhase(r, now)}`),
            opens: f.dateTime(r.opensAt),
            closes: f.dateTime(r.closesAt),
            decision: f.date(r.decisionDate),
            places: r.places,
          }),
        ),
      ],
      actions: [
        { title: f.t('aanmelding.rounds.edit'), data: { verb: 'aanmelding.ronde.form', roundId: r.id } },
      ],
    })),
    actions: [action(f.t('aanmelding.rounds.add'), { verb: 'aanmelding.ronde.form' })],
  });
}

export function roundFormCard(
  f: Formatter,
  o: { values?: Partial<RoundFormValues>; errors?: FieldErrors; formError?: string },
): AdaptiveCardJson {
  const v = o.values ?? {};
  const errors = o.errors ?? {};
  const isNew = !v.roundId;
  const err = (id: keyof RoundFormValues) => {
    const key = errors[id];
    return key ? f.t(key) : '';
  };
  const label = (id: keyof RoundFormValues) => f.t(`aanmelding.rounds.field.${id}` as MessageKey);
  const text = (id: keyof RoundFormValues, max: number, extra: Partial<FormField> = {}) =>
    field({ kind: 'text', id, label: label(id), value: v[id] ?? '', max, error: err(id), ...extra });
  return formCard({
    title: f.t('aanmelding.rounds.formTitle'),
    progress: isNew ? '' : v.roundId,
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields: [
      ...(isNew
        ? [
            text('id', 60, {
              regex: '^[a-z0-9][a-z0-9-]{2,59}$',
              errorMessage: f.t('aanmelding.rounds.error.id'),
            }),
          ]
        : []),
      text('programme', 120, { required: true }),
      text('name', 160, { required: true }),
      text('description', 2000, { multiline: true }),
      field({
        kind: 'date',
        id: 'opensDate',
        label: label('opensDate'),
        value: v.opensDate ?? '',
        required: true,
        error: err('opensDate'),
      }),
      field({
        kind: 'time',
        id: 'opensTime',
        label: label('opensTime'),
        value: v.opensTime ?? '',
        required: true,
      }),
      field({
        kind: 'date',
        id: 'closesDate',
        label: label('closesDate'),
        value: v.closesDate ?? '',
        required: true,
        error: err('closesDate'),
      }),
      field({
        kind: 'time',
        id: 'closesTime',
        label: label('closesTime'),
        value: v.closesTime ?? '',
        required: true,
        hint: f.t('aanmelding.rounds.hint.times'),
      }),
      field({
        kind: 'date',
        id: 'decisionDate',
        label: label('decisionDate'),
        value: v.decisionDate ?? '',
        required: true,
        error: err('decisionDate'),
      }),
      text('places', 3, {
        required: true,
        regex: '^[0-9]{1,3}$',
        errorMessage: f.t('aanmelding.rounds.error.places'),
      }),
      text('perSchoolYear', 9, {
        required: true,
        regex: '^[0-9]{1,8}$',
        errorMessage: f.t('aanmelding.rounds.error.amount'),
      }),
      text('ownContributionMin', 9, {
        required: true,
        regex: '^[0-9]{1,8}$',
        errorMessage: f.t('aanmelding.rounds.error.amount'),
      }),
      text('referencePrefix', 10, {
        regex: '^[A-Za-z0-9]{0,10}$',
        errorMessage: f.t('aanmelding.rounds.error.prefix'),
      }),
      text('criteria', 8000, {
        required: true,
        multiline: true,
        hint: f.t('aanmelding.rounds.hint.criteria'),
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.rounds.submit'),
        { verb: 'aanmelding.ronde.save', roundId: v.roundId ?? '', updatedAt: v.updatedAt ?? '' },
        { style: 'positive' },
      ),
    ],
  });
}
