import { DateTime } from 'luxon';
import { formErrorTexts, type FieldErrors } from '../../cards/form-errors';
import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import {
  ACTIVITY_TYPES,
  MECHANISMS,
  PHASES,
  TARGETS,
  UPDATE_FIELDS,
  type InterventionUpdate,
  type UpdateChange,
  type UpdateField,
} from '../../domain/logboek';
import type { School } from '../../domain/school';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { pngDataUri, renderOverview } from './chart';
import type { Draft } from './logboek.service';
import { LONG_PAST_DAYS } from './logboek.service';
import { overviewPicture, targetsMet, type SchoolStats } from './overview';

const EXCERPT = 160;
const HISTORY_LINES = 5;

export function formatDate(iso: string, locale: Locale): string {
  const d = DateTime.fromISO(iso);
  return d.isValid ? d.setLocale(locale === 'en' ? 'en-GB' : 'nl').toFormat('d LLL yyyy') : iso;
}

function formatMoment(iso: string, locale: Locale, zone: string): string {
  const d = DateTime.fromISO(iso, { zone });
  return d.isValid ? d.setLocale(locale === 'en' ? 'en-GB' : 'nl').toFormat('d LLL yyyy HH:mm') : iso;
}

const excerpt = (text: string, max = EXCERPT): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

export interface FormOptions {
  /** Field errors after a rejected save. */
  errors?: FieldErrors;
  /** Asked before saving: the date is in the future or long past. */
  question?: 'future' | 'past';
  /** The draft came from a chat message (shows "Is this right?"). */
  fromText?: boolean;
}

/** The confirmation card: prefilled from a message, empty for "nieuwe update", or a saved update to edit. */
export function updateFormCard(
  t: Translate,
  locale: Locale,
  draft: Draft,
  schools: readonly School[],
  opts: FormOptions = {},
): AdaptiveCardJson {
  const errors = opts.errors ?? {};
  const errorTexts = formErrorTexts(t, errors, ['schoolId', 'date', 'activityType', 'participants', 'text']);
  const isEdit = draft.updateId !== undefined;
  const uncertain = new Set<UpdateField>(draft.uncertain);
  const label = (field: UpdateField, key: MessageKey): string =>
    uncertain.has(field) ? `${t(key)} ${t('logboek.form.check')}` : t(key);
  const v = draft.values;
  const question =
    opts.question === 'future'
      ? t('logboek.date.future', { date: formatDate(v.date, locale) })
      : opts.question === 'past'
        ? t('logboek.date.past', { date: formatDate(v.date, locale), days: LONG_PAST_DAYS })
        : '';
  const saveData: Record<string, string> = { verb: 'logboek.save', draftId: draft.draftId };
  if (isEdit) {
    saveData.updateId = draft.updateId ?? '';
    saveData.etag = draft.etag ?? '';
    saveData.schoolId = v.schoolId;
  }
  if (opts.question && draft.confirmedDate) saveData.confirmedDate = draft.confirmedDate;
  return renderCard('logboek/update-form', {
    title: t(
      isEdit ? 'logboek.form.titleEdit' : opts.fromText ? 'logboek.form.titleCheck' : 'logboek.form.titleNew',
    ),
    intro: t(
      isEdit ? 'logboek.form.introEdit' : opts.fromText ? 'logboek.form.introCheck' : 'logboek.form.introNew',
    ),
    question,
    formError: errorTexts.formError,
    uncertainText: opts.fromText && uncertain.size > 0 ? t('logboek.form.uncertain') : '',
    notes: draft.notes.map((n) => ({ text: t(n.key, n.values) })),
    isEdit,
    schoolName: schools.find((s) => s.id === v.schoolId)?.name ?? v.schoolId,
    labels: {
      schoolId: label('schoolId', 'logboek.form.school'),
      date: label('date', 'logboek.form.date'),
      activityType: label('activityType', 'logboek.form.activityType'),
      mechanism: label('mechanism', 'logboek.form.mechanism'),
      participants: label('participants', 'logboek.form.participants'),
      phase: t('logboek.form.phase'),
      text: t('logboek.form.text'),
    },
    errorTexts: {
      schoolId: t('logboek.error.school'),
      date: t('logboek.error.date'),
      activityType: t('logboek.error.activityType'),
      participants: t('logboek.error.participants'),
      text: t('logboek.error.text'),
    },
    errors: errorTexts.errors,
    schoolPlaceholder: t('logboek.form.schoolPlaceholder'),
    schoolChoices: schools.map((s) => ({ title: s.name, value: s.id })),
    schoolId: v.schoolId,
    date: v.date,
    activityPlaceholder: t('logboek.form.activityPlaceholder'),
    activityChoices: ACTIVITY_TYPES.map((a) => ({ title: t(`logboek.activity.${a}`), value: a })),
    activityType: v.activityType,
    mechanismChoices: [
      { title: t('logboek.form.mechanismNone'), value: '' },
      ...MECHANISMS.map((m) => ({ title: t(`logboek.mechanism.${m}`), value: m })),
    ],
    mechanism: v.mechanism,
    participantsPlaceholder: t('logboek.form.participantsPlaceholder'),
    participants: v.participants,
    phaseChoices: [
      { title: t('logboek.form.phaseNone'), value: '' },
      ...PHASES.map((p) => ({ title: t(`logboek.phase.${p}`), value: p })),
    ],
    phase: v.phase,
    text: v.text,
    saveLabel: t(opts.question ? 'logboek.form.saveAnyway' : 'logboek.form.save'),
    cancelLabel: t('logboek.form.cancel'),
    saveData,
    cancelData: { verb: 'logboek.cancel', draftId: draft.draftId },
  });
}

/** "Update or question?" for a message that could be either. */
export function askCard(t: Translate, text: string): AdaptiveCardJson {
  return renderCard('logboek/ask', {
    title: t('logboek.ask.title'),
    intro: t('logboek.ask.text'),
    quote: excerpt(text, 300),
    updateLabel: t('logboek.ask.update'),
    questionLabel: t('logboek.ask.question'),
    updateData: { verb: 'logboek.fromText', text: text.slice(0, 2000) },
    questionData: { verb: 'logboek.notUpdate' },
  });
}

function valueText(t: Translate, locale: Locale, field: UpdateField, value: string | number | null): string {
  if (value === null || value === '') return t('logboek.history.empty');
  if (field === 'date' && typeof value === 'string') return formatDate(value, locale);
  if (field === 'activityType') return t(`logboek.activity.${value}` as MessageKey);
  if (field === 'mechanism') return t(`logboek.mechanismShort.${value}` as MessageKey);
  if (field === 'phase') return t(`logboek.phase.${value}` as MessageKey);
  if (field === 'text') return `“${excerpt(String(value), 40)}”`;
  return String(value);
}

export function historyLines(
  t: Translate,
  locale: Locale,
  history: readonly UpdateChange[],
  zone = 'Europe/Amsterdam',
): string[] {
  return history.slice(-HISTORY_LINES).map((h) => {
    const at = formatMoment(h.at, locale, zone);
    if (h.action === 'created') return t('logboek.history.created', { at, name: h.byName });
    if (h.action === 'deleted') return t('logboek.history.deleted', { at, name: h.byName });
    const changes = UPDATE_FIELDS.filter((f) => h.changes[f])
      .map((f) =>
        t('logboek.history.change', {
          field: t(`logboek.field.${f}`),
          from: valueText(t, locale, f, h.changes[f]!.from),
          to: valueText(t, locale, f, h.changes[f]!.to),
        }),
      )
      .join('; ');
    return t('logboek.history.edited', { at, name: h.byName, changes });
  });
}

function headingOf(t: Translate, locale: Locale, u: InterventionUpdate, schoolName: string): string {
  return `${formatDate(u.date, locale)} · ${schoolName} · ${t(`logboek.activity.${u.activityType}`)}`;
}

/** "mijn updates": the latest updates, each with edit, remove and its history. */
export function updatesListCard(
  t: Translate,
  locale: Locale,
  updates: readonly InterventionUpdate[],
  schools: readonly School[],
  opts: { all: boolean },
): AdaptiveCardJson {
  const name = new Map(schools.map((s) => [s.id, s.name]));
  return renderCard('logboek/updates-list', {
    title: t(opts.all ? 'logboek.list.titleAll' : 'logboek.list.title'),
    empty: t('logboek.list.empty'),
    items: updates.map((u) => ({
      id: u.id,
      schoolId: u.schoolId,
      heading: headingOf(t, locale, u, name.get(u.schoolId) ?? u.schoolId),
      details:
        [
          u.mechanism ? t(`logboek.mechanismShort.${u.mechanism}`) : '',
          u.participants !== null ? t('logboek.list.participants', { count: u.participants }) : '',
          u.phase ? t(`logboek.phase.${u.phase}`) : '',
          opts.all ? t('logboek.list.by', { name: u.coachName }) : '',
        ]
          .filter(Boolean)
          .join(' · ') || ' ',
      excerpt: excerpt(u.text),
      editLabel: t('logboek.list.edit'),
      deleteLabel: t('logboek.list.delete'),
      deleteConfirm: t('logboek.list.deleteConfirm'),
      deleteYes: t('logboek.list.deleteYes'),
      historyLabel: t('logboek.list.history'),
      history: historyLines(t, locale, u.history).map((line) => ({ line })),
    })),
  });
}

function lastText(t: Translate, s: SchoolStats): string {
  if (s.daysSinceLast === undefined) return t('logboek.overview.never');
  if (s.daysSinceLast === 0) return t('logboek.overview.today');
  if (s.daysSinceLast === 1) return t('logboek.overview.yesterday');
  return t('logboek.overview.daysAgo', { days: s.daysSinceLast });
}

/** The overview picture: updates per mechanism × phase and the targets per school year. */
export function overviewChart(t: Translate, s: SchoolStats): string {
  return pngDataUri(renderOverview(overviewPicture(t, s)));
}

/** `overzicht <school>`: targets, a chart by mechanism and phase, and the latest updates. */
export function overviewCard(
  t: Translate,
  locale: Locale,
  school: School,
  stats: SchoolStats,
  latest: readonly InterventionUpdate[],
): AdaptiveCardJson {
  const met = targetsMet(stats);
  const mechanismSummary = MECHANISMS.filter((m) => stats.byMechanism[m] > 0)
    .map((m) => `${t(`logboek.mechanismShort.${m}`)} ${stats.byMechanism[m]}`)
    .join(', ');
  return renderCard('logboek/overview', {
    title: t('logboek.overview.title', { school: school.name }),
    summary: t(stats.count === 1 ? 'logboek.overview.summaryOne' : 'logboek.overview.summary', {
      count: stats.count,
      last: lastText(t, stats),
    }),
    targetsTitle: t('logboek.overview.targets'),
    targets: [
      {
        icon: met.veranderlabs ? '✅' : '⏳',
        text: t('logboek.overview.veranderlabs', { count: stats.veranderlabs, target: TARGETS.veranderlabs }),
      },
      {
        icon: met.visits ? '✅' : '⏳',
        text: t('logboek.overview.visits', {
          count: stats.visitsThisYear,
          target: TARGETS.leadershipVisitsPerYear,
          year: stats.schoolYear,
        }),
      },
    ],
    chartUrl: stats.count > 0 ? overviewChart(t, stats) : '',
    chartAlt: t('logboek.overview.chartAlt', { summary: mechanismSummary }),
    noUpdates: stats.count === 0 ? t('logboek.overview.noUpdates') : '',
    latestTitle: t('logboek.overview.latest'),
    latest: latest.slice(0, 5).map((u) => ({
      heading: `${formatDate(u.date, locale)} · ${t(`logboek.activity.${u.activityType}`)}`,
      excerpt: excerpt(u.text, 140),
    })),
  });
}

/** `overzicht` without a school: every school the caller may see, longest inactive first. */
export function overviewAllCard(
  t: Translate,
  rows: readonly { school: School; stats: SchoolStats }[],
  opts: { all: boolean; quietDays: number },
): AdaptiveCardJson {
  return renderCard('logboek/overview-all', {
    title: t(opts.all ? 'logboek.overview.allTitle' : 'logboek.overview.allTitleCoach'),
    intro: t('logboek.overview.allIntro'),
    empty: t('logboek.overview.allEmpty'),
    rows: rows.map(({ school, stats }) => ({
      id: school.id,
      name: school.name,
      flag: stats.daysSinceLast === undefined || stats.daysSinceLast >= opts.quietDays ? '⚠️' : '🟢',
      last: lastText(t, stats),
      details: t('logboek.overview.row', {
        updates: stats.count,
        labs: stats.veranderlabs,
        labsTarget: TARGETS.veranderlabs,
        visits: stats.visitsThisYear,
        visitsTarget: TARGETS.leadershipVisitsPerYear,
      }),
      openLabel: t('logboek.overview.open'),
    })),
  });
}

export interface DigestView {
  week: string;
  quietDays: number;
  quietSchools: { name: string; stats: SchoolStats }[];
  quietCoaches: { name: string; schools: string[] }[];
  totals: { label: string; count: number }[];
  totalCount: number;
}

/** The weekly digest for beheerders: quiet schools and coaches first, then totals per mechanism. */
export function digestCard(t: Translate, d: DigestView): AdaptiveCardJson {
  return renderCard('logboek/digest', {
    title: t('logboek.digest.title', { week: d.week }),
    quietTitle: t('logboek.digest.quiet', { days: d.quietDays }),
    quietNone: t('logboek.digest.quietNone', { days: d.quietDays }),
    quiet: [
      ...d.quietSchools.map((s) => ({
        text: t('logboek.digest.quietSchool', { school: s.name, last: lastText(t, s.stats) }),
      })),
      ...d.quietCoaches.map((c) => ({
        text: t('logboek.digest.quietCoach', { name: c.name, schools: c.schools.join(', ') }),
      })),
    ],
    totalsTitle: t('logboek.digest.totals', { count: d.totalCount }),
    totalsNone: t('logboek.digest.totalsNone'),
    totals: d.totals.map((x) => ({ count: String(x.count), label: x.label })),
  });
}
