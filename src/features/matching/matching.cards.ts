import { formErrorTexts } from '../../cards/form-errors';
import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import { MECHANISM_IDS, SCHOOL_TYPES, type MatchCandidate } from '../../domain/matching';
import type { MatchProfile, MatchRecord, MatchSettings, RoundDraft } from '../../domain/matching-records';
import type { School } from '../../domain/school';
import type { Locale, MessageKey, Translate } from '../../i18n';
import {
  explainPair,
  explainUnmatched,
  percent,
  phaseLabel,
  schoolTypeLabel,
  themeLabel,
} from './matching.explain';
import type { Proposal } from './matching.types';

const fact = (title: string, value: string) => ({ title, value: value || '–' });
const lines = (texts: string[]) => texts.map((text) => ({ text }));

function profileFacts(t: Translate, c: MatchCandidate, schoolName: string) {
  return [
    fact(t('matching.field.school'), schoolName),
    fact(t('matching.field.region'), c.region),
    fact(t('matching.field.schoolType'), schoolTypeLabel(t, c.schoolType)),
    fact(t('matching.field.phase'), `${c.phase} · ${phaseLabel(t, c.phase)}`),
    fact(t('matching.field.themes'), c.themes.map((id) => themeLabel(t, id)).join(', ')),
  ];
}

// ------------------------------------------------------------------ profile

export interface ProfileFormValues {
  roles: string;
  school: string;
  board: string;
  region: string;
  schoolType: string;
  themes: string;
  phase: string;
  capacity: number;
  available: string;
}

const asText = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** What the user typed (cut to sane lengths), so a refused form comes back filled in. */
export function profileFormValuesFrom(raw: unknown): ProfileFormValues {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const capacity = Number(r.capacity);
  return {
    roles: asText(r.roles, 40),
    school: asText(r.school, 80),
    board: asText(r.board, 120),
    region: asText(r.region, 120),
    schoolType: asText(r.schoolType, 10),
    themes: asText(r.themes, 400),
    phase: asText(r.phase, 10),
    capacity: Number.isInteger(capacity) && capacity >= 1 && capacity <= 5 ? capacity : 2,
    available: r.available === 'false' ? 'false' : 'true',
  };
}

export function profileFormValuesOf(p: MatchProfile): ProfileFormValues {
  return {
    roles: [p.asGezel ? 'gezel' : '', p.asLeermeester ? 'leermeester' : ''].filter(Boolean).join(','),
    school: p.school,
    board: p.board ?? '',
    region: p.region,
    schoolType: p.schoolType,
    themes: p.themes.join(','),
    phase: String(p.phase),
    capacity: p.capacity,
    available: p.available ? 'true' : 'false',
  };
}

export function profileFormCard(
  t: Translate,
  schools: School[],
  values: Partial<ProfileFormValues> = {},
  errors: Partial<Record<string, MessageKey>> = {},
): AdaptiveCardJson {
  const { formError, errors: errorTexts } = formErrorTexts(t, errors, [
    'roles',
    'school',
    'region',
    'themes',
    'capacity',
  ]);
  return renderCard('matching/profile-form', {
    title: t('matching.form.title'),
    intro: t('matching.form.intro'),
    formError,
    rolesLabel: t('matching.form.roles'),
    rolesError: t('matching.form.error.roles'),
    gezelChoice: t('matching.form.role.gezel'),
    leermeesterChoice: t('matching.form.role.leermeester'),
    roles: values.roles ?? 'gezel',
    schoolLabel: t('matching.field.school'),
    schoolError: t('matching.form.error.school'),
    school: values.school ?? schools[0]?.id ?? '',
    schoolChoices: schools.map((s) => ({ title: s.name, value: s.id })),
    boardLabel: t('matching.form.board'),
    boardPlaceholder: t('matching.form.fromSchool'),
    board: values.board ?? '',
    regionLabel: t('matching.field.region'),
    regionPlaceholder: t('matching.form.fromSchool'),
    region: values.region ?? '',
    schoolTypeLabel: t('matching.field.schoolType'),
    schoolTypeError: t('matching.form.error.schoolType'),
    schoolType: values.schoolType ?? 'mbo',
    schoolTypeChoices: SCHOOL_TYPES.map((s) => ({ title: t(`matching.schoolTypeLong.${s}`), value: s })),
    themesLabel: t('matching.form.themes'),
    themes: values.themes ?? '',
    themeChoices: MECHANISM_IDS.map((id) => ({ title: themeLabel(t, id), value: id })),
    phaseLabel: t('matching.form.phase'),
    phaseError: t('matching.form.error.phase'),
    phase: values.phase ?? '1',
    phaseChoices: ([1, 2, 3, 4, 5] as const).map((p) => ({
      title: `${p} · ${phaseLabel(t, p)}`,
      value: String(p),
    })),
    leermeesterOnly: t('matching.form.leermeesterOnly'),
    capacityLabel: t('matching.form.capacity'),
    capacityError: t('matching.form.error.capacity'),
    capacity: values.capacity ?? 2,
    availableLabel: t('matching.form.availableLabel'),
    availableTitle: t('matching.form.available'),
    available: values.available ?? 'true',
    submit: t('matching.form.submit'),
    errors: errorTexts,
  });
}

export function profileCard(
  t: Translate,
  profile: MatchProfile,
  schoolName: string,
  status: { text: string; withdrawMatchId: string },
): AdaptiveCardJson {
  const roles = [
    profile.asGezel ? t('matching.form.role.gezel') : '',
    profile.asLeermeester ? t('matching.form.role.leermeester') : '',
  ].filter(Boolean);
  const facts = [fact(t('matching.field.roles'), roles.join(', ')), ...profileFacts(t, profile, schoolName)];
  if (profile.board) facts.splice(2, 0, fact(t('matching.form.board'), profile.board));
  if (profile.asLeermeester) {
    facts.push(fact(t('matching.field.capacity'), String(profile.capacity)));
    facts.push(fact(t('matching.field.available'), t(profile.available ? 'matching.yes' : 'matching.no')));
  }
  return renderCard('matching/profile', {
    title: t('matching.profile.title', { name: profile.name }),
    pausedText: profile.paused ? t('matching.profile.pausedText') : '',
    facts,
    statusTitle: t('matching.profile.statusTitle'),
    statusText: status.text,
    withdrawMatchId: status.withdrawMatchId,
    withdrawButton: t('matching.button.withdraw'),
    showSearch: profile.asGezel && !profile.paused && status.withdrawMatchId === '',
    searchButton: t('matching.button.search'),
    editButton: t('matching.button.edit'),
    pauseButton: t(profile.paused ? 'matching.button.resume' : 'matching.button.pause'),
    pauseVerb: profile.paused ? 'matching.profile.resume' : 'matching.profile.pause',
  });
}

// ------------------------------------------------------------------ proposals

function proposalItems(
  t: Translate,
  locale: Locale,
  gezel: MatchProfile,
  proposals: Proposal[],
  schools: Map<string, string>,
) {
  return proposals.map((p) => ({
    heading: `${p.leermeester.name} · ${schools.get(p.leermeester.school) ?? p.leermeester.school}`,
    details: [
      p.leermeester.region,
      schoolTypeLabel(t, p.leermeester.schoolType),
      `${t('matching.field.phase')} ${p.leermeester.phase} (${phaseLabel(t, p.leermeester.phase)})`,
    ].join(' · '),
    scoreText: t('matching.score', { score: percent(p.fit.units) }),
    reasons: lines(explainPair(t, locale, p.fit, p.leermeester, gezel, 'pair')),
    chooseButton: t('matching.button.choose', {
      name: p.leermeester.name.split(' ')[0] ?? p.leermeester.name,
    }),
    leermeesterId: p.leermeester.id,
  }));
}

export function proposalsCard(
  t: Translate,
  locale: Locale,
  opts: {
    gezel: MatchProfile;
    proposals: Proposal[];
    offset: number;
    total: number;
    schools: Map<string, string>;
    message?: string;
    reasonText?: string;
  },
): AdaptiveCardJson {
  const nextOffset = opts.offset + opts.proposals.length;
  return renderCard('matching/proposals', {
    title: t('matching.proposals.title'),
    message: opts.message ?? '',
    reasonText: opts.reasonText ?? '',
    intro:
      opts.total === 0
        ? ''
        : t('matching.proposals.intro', { from: opts.offset + 1, to: nextOffset, total: opts.total }),
    items: proposalItems(t, locale, opts.gezel, opts.proposals, opts.schools),
    empty: t(opts.offset > 0 ? 'matching.proposals.noMore' : 'matching.proposals.none'),
    hasMore: nextOffset < opts.total,
    moreButton: t('matching.button.more'),
    nextOffset,
    profileButton: t('matching.button.profile'),
  });
}

/** After a "no", "full" or "rejected": the kind message with the next best options. */
export function nextOptionCard(
  t: Translate,
  locale: Locale,
  opts: {
    message: string;
    reasonText: string;
    leermeesterName: string;
    gezel?: MatchProfile;
    proposals: Proposal[];
    schools?: Map<string, string>;
  },
): AdaptiveCardJson {
  const reasonText = opts.reasonText
    ? t('matching.next.theirWords', { reason: opts.reasonText, name: opts.leermeesterName })
    : '';
  if (!opts.gezel) {
    return proposalsCard(t, locale, {
      gezel: { ...emptyProfile },
      proposals: [],
      offset: 0,
      total: 0,
      schools: new Map(),
      message: opts.message,
      reasonText,
    });
  }
  return proposalsCard(t, locale, {
    gezel: opts.gezel,
    proposals: opts.proposals,
    offset: 0,
    total: opts.proposals.length,
    schools: opts.schools ?? new Map<string, string>(),
    message: opts.message,
    reasonText,
  });
}

const emptyProfile: MatchProfile = {
  id: '',
  name: '',
  asGezel: true,
  asLeermeester: false,
  school: '',
  region: '',
  schoolType: 'mbo',
  themes: [],
  phase: 1,
  capacity: 1,
  available: false,
  paused: false,
  updatedAt: '',
};

// ------------------------------------------------------------------ request, approval, intro, check-in

export function requestCard(
  t: Translate,
  locale: Locale,
  match: MatchRecord,
  opts: { schoolName: string },
): AdaptiveCardJson {
  return renderCard('matching/request', {
    title: t('matching.request.title'),
    intro: t(match.source === 'round' ? 'matching.request.introRound' : 'matching.request.intro', {
      name: match.gezel.name,
    }),
    priorityText: match.priority ? t('matching.request.priority') : '',
    facts: [
      fact(t('matching.field.name'), match.gezel.name),
      ...profileFacts(t, match.gezel, opts.schoolName),
    ],
    whyTitle: t('matching.request.whyTitle'),
    scoreText: t('matching.score', { score: percent(match.fit.units) }),
    reasons: lines(explainPair(t, locale, match.fit, match.leermeester, match.gezel, 'pair')),
    reasonLabel: t('matching.request.reasonLabel'),
    reasonPlaceholder: t('matching.request.reasonPlaceholder'),
    acceptButton: t('matching.button.accept'),
    declineButton: t('matching.button.decline'),
    matchId: match.id,
  });
}

export function approvalCard(t: Translate, locale: Locale, match: MatchRecord): AdaptiveCardJson {
  return renderCard('matching/approval', {
    title: t('matching.approval.title'),
    intro: t('matching.approval.intro', { gezel: match.gezel.name, leermeester: match.leermeester.name }),
    facts: [
      fact(t('matching.word.gezelCap'), `${match.gezel.name} (${match.gezel.region})`),
      fact(t('matching.word.leermeesterCap'), `${match.leermeester.name} (${match.leermeester.region})`),
      fact(
        t('matching.field.source'),
        t(match.source === 'round' ? 'matching.source.round' : 'matching.source.request'),
      ),
    ],
    scoreText: t('matching.score', { score: percent(match.fit.units) }),
    reasons: lines(explainPair(t, locale, match.fit, match.leermeester, match.gezel, 'observer')),
    approveButton: t('matching.button.approve'),
    rejectButton: t('matching.button.reject'),
    matchId: match.id,
  });
}

export function introCard(
  t: Translate,
  locale: Locale,
  match: MatchRecord,
  to: 'gezel' | 'leermeester',
  otherSchoolName: string,
): AdaptiveCardJson {
  const other = to === 'gezel' ? match.leermeester : match.gezel;
  return renderCard('matching/intro', {
    title: t('matching.intro.title'),
    intro: t(to === 'gezel' ? 'matching.intro.toGezel' : 'matching.intro.toLeermeester', {
      name: other.name,
    }),
    facts: [fact(t('matching.field.name'), other.name), ...profileFacts(t, other, otherSchoolName)],
    whyTitle: t('matching.request.whyTitle'),
    reasons: lines(explainPair(t, locale, match.fit, match.leermeester, match.gezel, 'pair')),
    firstStepTitle: t('matching.intro.firstStepTitle'),
    firstStep: t(to === 'gezel' ? 'matching.intro.firstStepGezel' : 'matching.intro.firstStepLeermeester', {
      name: other.name.split(' ')[0] ?? other.name,
    }),
    checkInText: t('matching.intro.checkIn'),
  });
}

export function checkInCard(t: Translate, match: MatchRecord, otherName: string): AdaptiveCardJson {
  return renderCard('matching/checkin', {
    title: t('matching.checkIn.title'),
    intro: t('matching.checkIn.intro', { name: otherName }),
    noText: t('matching.checkIn.noText'),
    yesButton: t('matching.button.yes'),
    noButton: t('matching.button.no'),
    matchId: match.id,
  });
}

// ------------------------------------------------------------------ rounds and settings

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
): AdaptiveCardJson {
  const { formError, errors: errorTexts } = formErrorTexts(t, errors, ['weights', 'checkInWeeks']);
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
