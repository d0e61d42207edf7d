import { formErrorTexts } from '../../cards/form-errors';
import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { MatchSettings, RoundDraft } from '../../domain/matching-records';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { explainPair, explainUnmatched, percent } from './matching.explain';
import { fact, lines } from './matching.cards';

export const ROUND_PAGE_SIZE = 8;

export function roundCard(t: Translate, locale: Locale, round: RoundDraft, page: number): AdaptiveCardJson {
  const pages = Math.max(
    1,
    Math.ceil(Math.max(round.pairs.length, round.unmatched.length) / ROUND_PAGE_SIZE),
  );
  const p = Math.min(Math.max(0, Number.isInteger(page) ? page : 0), pages - 1);
  const slice = <T>(xs: T[]) => xs.slice(p * ROUND_PAGE_SIZE, (p + 1) * ROUND_PAGE_SIZE);
  const draft = round.status === 'draft';
  return renderCard('matching/round', {
    title: t('matching.round.title'),
    statusText: t(draft ? 'matching.round.draft' : 'matching.round.published'),
    statusColor: draft ? 'Default' : 'Good',
    totals: [
      fact(t('matching.round.gezellen'), String(round.stats.gezellen)),
      fact(
        t('matching.round.leermeesters'),
        `${round.stats.leermeesters} (${t('matching.round.places', { count: round.stats.places })})`,
      ),
      fact(t('matching.round.matched'), `${round.stats.matched} / ${round.stats.gezellen}`),
      fact(
        t('matching.round.average'),
        round.stats.matched === 0
          ? '–'
          : `${Math.round((100 * round.stats.totalScore) / round.stats.matched)}%`,
      ),
      fact(t('matching.round.removed'), String(round.removed.length)),
    ],
    pairsTitle: t('matching.round.pairsTitle'),
    pairs: slice(round.pairs).map((pair) => ({
      heading: `${pair.gezel.name} → ${pair.leermeester.name} (${percent(pair.fit.units)}%)${pair.gezel.priority ? ` · ${t('matching.round.priority')}` : ''}`,
      reasons: lines(explainPair(t, locale, pair.fit, pair.leermeester, pair.gezel, 'observer')),
      removable: draft,
      removeButton: t('matching.button.removePair'),
      roundId: round.id,
      version: round.version,
      gezelId: pair.gezel.id,
    })),
    noPairs: t('matching.round.noPairs'),
    unmatchedTitle: t('matching.round.unmatchedTitle', { count: round.unmatched.length }),
    unmatched: slice(round.unmatched).map((u) => ({
      text: `${u.gezel.name}: ${explainUnmatched(t, locale, u.reason)}`,
    })),
    pageText: t('matching.round.page', { page: p + 1, pages }),
    hasPrev: p > 0,
    prevPage: p - 1,
    prevButton: t('matching.button.prev'),
    hasNext: p < pages - 1,
    nextPage: p + 1,
    nextButton: t('matching.button.next'),
    canPublish: draft && round.pairs.length > 0,
    publishButton: t('matching.button.publish', { count: round.pairs.length }),
    roundId: round.id,
    version: round.version,
  });
}

export interface SettingsFormValues {
  theme: number;
  region: number;
  phase: number;
  schoolType: number;
  approvalRequired: string;
  checkInWeeks: number;
}

export function settingsValuesOf(s: MatchSettings): SettingsFormValues {
  return {
    ...s.weights,
    approvalRequired: s.approvalRequired ? 'true' : 'false',
    checkInWeeks: s.checkInWeeks,
  };
}

export function settingsValuesFrom(raw: unknown): SettingsFormValues {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const n = (v: unknown, fallback: number) => {
    const x = Number(v);
    return Number.isFinite(x) && Math.abs(x) < 1e6 ? x : fallback;
  };
  return {
    theme: n(r.theme, 50),
    region: n(r.region, 20),
    phase: n(r.phase, 20),
    schoolType: n(r.schoolType, 10),
    approvalRequired: r.approvalRequired === 'false' ? 'false' : 'true',
    checkInWeeks: n(r.checkInWeeks, 6),
  };
}

export function settingsCard(
  t: Translate,
  values: SettingsFormValues,
  errors: Partial<Record<string, MessageKey>> = {},
  problem?: MessageKey,
): AdaptiveCardJson {
  const { formError, errors: errorTexts } = formErrorTexts(t, errors, ['weights', 'checkInWeeks'], problem);
  return renderCard('matching/settings', {
    title: t('matching.settings.title'),
    intro: t('matching.settings.intro'),
    formError,
    themeLabel: t('matching.settings.theme'),
    regionLabel: t('matching.settings.region'),
    phaseLabel: t('matching.settings.phase'),
    schoolTypeLabel: t('matching.settings.schoolType'),
    approvalLabel: t('matching.settings.approvalLabel'),
    approvalTitle: t('matching.settings.approval'),
    weeksLabel: t('matching.settings.weeks'),
    submit: t('matching.settings.submit'),
    ...values,
    errors: errorTexts,
  });
}
