import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import {
  STEP_FIELDS,
  STEPS,
  type Application,
  type FieldId,
  type FieldValue,
} from '../../domain/application';
import { isUnderReview } from '../../domain/application-flow';
import { scoreStats, type Review } from '../../domain/review';
import { type Round } from '../../domain/round';
import type { MessageKey } from '../../i18n';
import {
  applicationView,
  decisionSection,
  fitted,
  displayValue,
  questionSection,
  section,
  stepSections,
  type Section,
} from './aanmelding.cards';
import { Formatter } from './aanmelding.format';
import { action, type CardAction } from './form-card';
import type { ListItem, OverviewRow, Page } from './review.service';

export interface Row {
  title: string;
  lines: { text: string; color: string; subtle: boolean }[];
  actions: { title: string; data: Record<string, unknown> }[];
}

export const line = (text: string, color = 'Default', subtle = true) => ({ text, color, subtle });

export function listCard(o: {
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

export const ref = (app: Pick<Application, 'roundId' | 'schoolId'>) => ({
  roundId: app.roundId,
  schoolId: app.schoolId,
});

export function pager(f: Formatter, verb: string, page: Page<unknown>): CardAction[] {
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

export function scoresSection(f: Formatter, round: Round, reviews: Review[] | undefined): Section[] {
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

export const HISTORY_PAGE = 8;

export const short = (f: Formatter, id: FieldId, v: FieldValue | null): string =>
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
