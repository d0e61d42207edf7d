import type { AdaptiveCardJson } from '../../../src/cards/render';
import { scorePair } from '../../../src/domain/matching';
import type { MatchProfile, MatchRecord, RoundDraft } from '../../../src/domain/matching-records';
import type { School } from '../../../src/domain/school';
import {
  approvalCard,
  checkInCard,
  introCard,
  nextOptionCard,
  profileCard,
  profileFormCard,
  proposalsCard,
  requestCard,
} from '../../../src/features/matching/matching.cards';
import {
  roundCard,
  settingsCard,
  settingsValuesOf,
} from '../../../src/features/matching/matching-admin.cards';
import { translator, type Locale } from '../../../src/i18n';

const school: School = {
  id: 'albeda',
  name: 'Albeda',
  shortNames: [],
  region: 'Rijnmond',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'x',
};

export const sampleLeermeester: MatchProfile = {
  id: 'l0000000-0000-4000-8000-000000000001',
  name: 'Lotte Jansen',
  asLeermeester: true,
  asGezel: false,
  school: 'albeda',
  board: 'Stichting Albeda',
  region: 'Rijnmond',
  schoolType: 'mbo',
  themes: ['objectief-werven', 'omstander'],
  phase: 4,
  capacity: 2,
  available: true,
  paused: false,
  updatedAt: '2026-01-01T00:00:00Z',
};
export const sampleGezel: MatchProfile = {
  ...sampleLeermeester,
  id: 'g0000000-0000-4000-8000-000000000002',
  name: 'Gijs de Boer',
  asLeermeester: false,
  asGezel: true,
  school: 'zadkine',
  board: undefined,
  themes: ['objectief-werven'],
  phase: 2,
  priority: true,
};
const fit = scorePair(sampleLeermeester, sampleGezel);
const match: MatchRecord = {
  id: 'm1',
  gezelId: sampleGezel.id,
  leermeesterId: sampleLeermeester.id,
  gezel: sampleGezel,
  leermeester: sampleLeermeester,
  fit,
  status: 'requested',
  source: 'request',
  priority: true,
  createdAt: '2026-01-01T00:00:00Z',
};
const round: RoundDraft = {
  id: 'r1',
  version: 2,
  status: 'draft',
  createdBy: 'b',
  createdAt: '2026-01-01T00:00:00Z',
  removed: [{ gezel: 'x', leermeester: 'y' }],
  pairs: Array.from({ length: 9 }, (_, i) => ({
    gezel: { ...sampleGezel, id: `g${i}`, name: `Gezel ${i}` },
    leermeester: { ...sampleLeermeester },
    fit,
  })),
  unmatched: [
    { gezel: { ...sampleGezel, id: 'u1' }, reason: { kind: 'placesUsed', candidates: 2 } },
    {
      gezel: { ...sampleGezel, id: 'u2' },
      reason: { kind: 'noneAllowed', counts: { sameSchool: 1, sameBoard: 0, phaseNotAhead: 2, excluded: 0 } },
    },
  ],
  stats: { gezellen: 11, leermeesters: 3, places: 9, matched: 9, totalScore: 9 },
};

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  const proposals = [1, 2, 3].map((i) => ({
    leermeester: { ...sampleLeermeester, id: `l${i}`, name: `Leermeester ${i}` },
    fit,
  }));
  const schools = new Map([['albeda', 'Albeda']]);
  return {
    'matching/profile-form': [
      profileFormCard(t, [school]),
      profileFormCard(
        t,
        [school],
        { roles: '', capacity: 2 },
        { roles: 'matching.form.error.roles', capacity: 'matching.form.error.capacity' },
      ),
    ],
    'matching/profile': [
      profileCard(t, sampleLeermeester, 'Albeda', { text: 'x', withdrawMatchId: '' }),
      profileCard(t, { ...sampleGezel, paused: true }, 'Zadkine', { text: 'y', withdrawMatchId: 'm1' }),
    ],
    'matching/proposals': [
      proposalsCard(t, locale, { gezel: sampleGezel, proposals, offset: 0, total: 5, schools }),
      proposalsCard(t, locale, { gezel: sampleGezel, proposals: [], offset: 0, total: 0, schools }),
      nextOptionCard(t, locale, {
        message: 'm',
        reasonText: 'Geen tijd',
        leermeesterName: 'Lotte',
        gezel: sampleGezel,
        proposals,
        schools,
      }),
    ],
    'matching/request': [requestCard(t, locale, match, { schoolName: 'Zadkine' })],
    'matching/approval': [approvalCard(t, locale, { ...match, status: 'accepted' })],
    'matching/intro': [
      introCard(t, locale, match, 'gezel', 'Albeda'),
      introCard(t, locale, match, 'leermeester', 'Zadkine'),
    ],
    'matching/checkin': [checkInCard(t, match, 'Lotte Jansen')],
    'matching/round': [
      roundCard(t, locale, round, 0),
      roundCard(t, locale, round, 1),
      roundCard(t, locale, { ...round, status: 'published', pairs: [], unmatched: [] }, 0),
    ],
    'matching/settings': [
      settingsCard(
        t,
        settingsValuesOf({
          weights: { theme: 50, region: 20, phase: 20, schoolType: 10 },
          approvalRequired: true,
          checkInWeeks: 6,
        }),
      ),
      settingsCard(
        t,
        { theme: 90, region: 20, phase: 20, schoolType: 10, approvalRequired: 'false', checkInWeeks: 0 },
        { weights: 'matching.input.weightsSum', checkInWeeks: 'matching.settings.error.weeks' },
      ),
    ],
  };
}
