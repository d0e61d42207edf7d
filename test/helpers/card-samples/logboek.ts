import { DateTime } from 'luxon';
import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { InterventionUpdate } from '../../../src/domain/logboek';
import type { School } from '../../../src/domain/school';
import {
  askCard,
  digestCard,
  overviewAllCard,
  overviewCard,
  updateFormCard,
  updatesListCard,
} from '../../../src/features/logboek/logboek.cards';
import type { Draft } from '../../../src/features/logboek/logboek-draft';
import { statsOf } from '../../../src/features/logboek/overview';
import { translator, type Locale } from '../../../src/i18n';

const schools: School[] = [
  { id: 'albeda', name: 'Albeda', shortNames: [], updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'x' },
  { id: 'zadkine', name: 'Zadkine', shortNames: [], updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'x' },
];

const draft: Draft = {
  draftId: '3f1c2b4a-1111-4c4c-8888-000000000001',
  values: {
    schoolId: 'albeda',
    date: '2026-03-10',
    activityType: 'bedrijfsbezoek',
    mechanism: 'student-kent-werkgever',
    participants: '24',
    phase: '',
    text: 'gisteren 24 studenten van Albeda op bedrijfsbezoek bij een bouwbedrijf',
  },
  uncertain: ['mechanism'],
  notes: [{ key: 'logboek.note.noDate' }],
};

/** A realistic update with a long history, to keep an eye on the card size. */
export function sampleUpdate(i: number, schoolId = 'albeda'): InterventionUpdate {
  return {
    id: `3f1c2b4a-1111-4c4c-8888-${String(i).padStart(12, '0')}`,
    schoolId,
    coachId: 'a0000000-0000-4000-8000-000000000002',
    coachName: 'Alice de Vries',
    date: `2026-03-${String((i % 9) + 1).padStart(2, '0')}`,
    activityType: i % 3 === 0 ? 'veranderlab' : 'training',
    mechanism: i % 2 === 0 ? 'bewustwording' : null,
    participants: 20 + i,
    phase: i % 4 === 0 ? 'ontwerpen' : null,
    text: 'Training over vooroordelen bij stagetoewijzing met het hele docententeam. '.repeat(4),
    createdAt: '2026-03-10T09:00:00Z',
    updatedAt: '2026-03-10T09:00:00Z',
    deleted: false,
    history: [
      { at: '2026-03-10T09:00:00Z', by: 'a', byName: 'Alice de Vries', action: 'created', changes: {} },
      ...Array.from({ length: 8 }, (_, k) => ({
        at: '2026-03-10T10:00:00Z',
        by: 'a',
        byName: 'Alice de Vries',
        action: 'edited' as const,
        changes: {
          date: { from: '2026-03-09', to: '2026-03-10' },
          participants: { from: 20 + k, to: 21 + k },
        },
      })),
    ],
  };
}

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  const today = DateTime.fromISO('2026-03-11', { zone: 'Europe/Amsterdam' });
  const updates = Array.from({ length: 8 }, (_, i) => sampleUpdate(i));
  const stats = statsOf('albeda', updates, today);
  return {
    'logboek/update-form': [
      updateFormCard(t, locale, draft, schools, { fromText: true }),
      updateFormCard(t, locale, { ...draft, uncertain: [], notes: [] }, schools),
      updateFormCard(t, locale, { ...draft, updateId: draft.draftId, etag: '"e1"' }, schools),
      updateFormCard(t, locale, { ...draft, confirmedDate: '2026-03-10' }, schools, { question: 'future' }),
      updateFormCard(t, locale, draft, schools, {
        errors: { participants: 'logboek.error.participants', schoolId: 'logboek.error.notYourSchool' },
      }),
    ],
    'logboek/ask': [askCard(t, 'veranderlab TCR')],
    'logboek/updates-list': [
      updatesListCard(t, locale, updates, schools, { all: true }),
      updatesListCard(t, locale, [], schools, { all: false }),
    ],
    'logboek/overview': [
      overviewCard(t, locale, schools[0]!, stats, updates.slice(0, 5)),
      overviewCard(t, locale, schools[1]!, statsOf('zadkine', [], today), []),
    ],
    'logboek/overview-all': [
      overviewAllCard(
        t,
        schools.map((school) => ({
          school,
          stats: statsOf(school.id, school.id === 'albeda' ? updates : [], today),
        })),
        { all: true, quietDays: 14 },
      ),
      overviewAllCard(t, [], { all: false, quietDays: 14 }),
    ],
    'logboek/digest': [
      digestCard(t, {
        week: '2026-W11',
        quietDays: 14,
        quietSchools: [{ name: 'Zadkine', stats: statsOf('zadkine', [], today) }],
        quietCoaches: [{ name: 'Alice de Vries', schools: ['Zadkine'] }],
        totals: [{ label: 'Bewustwording', count: 3 }],
        totalCount: 3,
      }),
      digestCard(t, {
        week: '2026-W11',
        quietDays: 14,
        quietSchools: [],
        quietCoaches: [],
        totals: [],
        totalCount: 0,
      }),
    ],
  };
}
