import {
  SCORE_UNITS,
  type HardRule,
  type MatchCandidate,
  type PairScore,
  type Phase,
  type SchoolType,
  type ThemeId,
} from '../../domain/matching';
import type { UnmatchedReason } from '../../domain/matching-solver';
import type { Locale, Translate } from '../../i18n';

/** "pair": said to the gezel or leermeester ("jullie …"); "observer": a beheerder or the CLI. */
export type Perspective = 'pair' | 'observer';

export const themeLabel = (t: Translate, id: ThemeId): string => t(`matching.theme.${id}`);
export const phaseLabel = (t: Translate, p: Phase): string => t(`matching.phase.${p}`);
export const schoolTypeLabel = (t: Translate, s: SchoolType): string => t(`matching.schoolType.${s}`);

/** Theme names inside a sentence: lower case; several are quoted so "A en B en C" stays readable. */
function themeList(t: Translate, locale: Locale, ids: ThemeId[]): string {
  const names = ids.map((id) => {
    const label = themeLabel(t, id);
    return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
  });
  if (names.length === 1) return names[0] ?? '';
  const quoted = names.map((n) => t('matching.why.quote', { text: n }));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(quoted);
}

/** A score as whole points out of 100 ("85%"); a share as "+25". */
export const percent = (units: number): number => Math.round((100 * units) / SCORE_UNITS);

/** One plain sentence per criterion, each with the points it added. */
export function explainPair(
  t: Translate,
  locale: Locale,
  fit: PairScore,
  leermeester: MatchCandidate,
  gezel: MatchCandidate,
  perspective: Perspective,
): string[] {
  const withPoints = (text: string, units: number) =>
    t('matching.why.points', { text, points: percent(units) });
  const theme =
    fit.theme.gezelThemes === 0
      ? t(perspective === 'pair' ? 'matching.why.themes.gezelNone' : 'matching.why.themes.gezelNoneObserver')
      : fit.theme.shared.length === 0
        ? t('matching.why.themes.none')
        : t(perspective === 'pair' ? 'matching.why.themes.shared' : 'matching.why.themes.sharedObserver', {
            themes: themeList(t, locale, fit.theme.shared),
            count: fit.theme.shared.length,
            total: fit.theme.gezelThemes,
          });
  const region = fit.region.same
    ? t('matching.why.region.same', { region: leermeester.region })
    : t('matching.why.region.other', { leermeester: leermeester.region, gezel: gezel.region });
  const phases = { leermeester: phaseLabel(t, leermeester.phase), gezel: phaseLabel(t, gezel.phase) };
  const phase =
    fit.phase.ahead === 1
      ? t('matching.why.phase.one', phases)
      : fit.phase.ahead === 2
        ? t('matching.why.phase.two', phases)
        : t('matching.why.phase.more', {
            ...phases,
            count: t(fit.phase.ahead === 3 ? 'matching.number.3' : 'matching.number.4'),
          });
  const type = fit.schoolType.same
    ? t('matching.why.schoolType.same', { type: schoolTypeLabel(t, leermeester.schoolType) })
    : t('matching.why.schoolType.other', {
        leermeester: schoolTypeLabel(t, leermeester.schoolType),
        gezel: schoolTypeLabel(t, gezel.schoolType),
      });
  return [
    withPoints(theme, fit.theme.units),
    withPoints(region, fit.region.units),
    withPoints(phase, fit.phase.units),
    withPoints(type, fit.schoolType.units),
  ];
}

const RULE_ORDER: HardRule[] = ['phaseNotAhead', 'sameSchool', 'sameBoard', 'excluded'];

export function explainUnmatched(t: Translate, locale: Locale, reason: UnmatchedReason): string {
  switch (reason.kind) {
    case 'noRoom':
      return t('matching.unmatched.noRoom');
    case 'placesUsed':
      return t(
        reason.candidates === 1 ? 'matching.unmatched.placesUsedOne' : 'matching.unmatched.placesUsed',
        {
          count: reason.candidates,
        },
      );
    case 'noneAllowed': {
      const parts = RULE_ORDER.filter((r) => reason.counts[r] > 0).map((r) =>
        t(`matching.rule.${r}`, { count: reason.counts[r] }),
      );
      return t('matching.unmatched.noneAllowed', {
        details: new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts),
      });
    }
  }
}
