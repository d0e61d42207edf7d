import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { FaqEntry } from '../../../src/features/faq/faq-entry';
import { loadKnowledgeBaseFiles } from '../../../src/features/faq/faq-files';
import { answerCard, entryFormCard, reviewQueueCard, suggestCard } from '../../../src/features/faq/faq.cards';
import type { ReviewView } from '../../../src/features/faq/faq.service';
import { translator, type Locale } from '../../../src/i18n';

const kb = loadKnowledgeBaseFiles();
const byId = (id: string): FaqEntry => {
  const e = kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

function review(n: number): ReviewView {
  return {
    item: {
      id: `00000000-0000-4000-8000-00000000000${n}`,
      status: 'open',
      key: ['kantin'],
      questions: [
        {
          text: 'hoe laat gaat de kantine open',
          locale: 'nl',
          reason: 'unanswered',
          entryIds: [],
          at: '2026-03-02T08:00:00Z',
        },
        {
          text: 'kantine open?',
          locale: 'nl',
          reason: 'none-of-these',
          entryIds: [],
          at: '2026-03-02T09:00:00Z',
        },
        {
          text: 'x'.repeat(500),
          locale: 'nl',
          reason: 'thumbs-down',
          entryIds: ['gkdi-werkbudget'],
          at: '2026-03-02T10:00:00Z',
        },
      ],
      count: 7,
      firstAt: '2026-03-02T08:00:00Z',
      lastAt: '2026-03-02T10:00:00Z',
    },
    candidates: kb.entries.filter((e) => e.kind === 'faq').slice(0, 6),
    disliked: [byId('gkdi-werkbudget')],
  };
}

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  const entry = byId('gkdi-werkbudget');
  const longest =
    [...kb.entries].sort((a, b) => b[locale].detail.length - a[locale].detail.length)[0] ?? entry;
  const sources = Object.entries(kb.sources).map(([id, s]) => ({ id, title: s[locale] }));
  return {
    'faq/answer': [
      answerCard(t, locale, entry, {
        sourceTitle: kb.sources[entry.source.doc]?.[locale] ?? '',
        followUps: entry.followUps.map(byId),
        asked: 'hoeveel geld krijgen we <b>echt</b>?',
        feedback: true,
      }),
      answerCard(t, locale, longest, {
        sourceTitle: 'x'.repeat(200),
        followUps: [],
        asked: 'y'.repeat(2000),
        feedback: false,
      }),
    ],
    'faq/suggest': [
      suggestCard(
        t,
        locale,
        [byId('gkdi-traject-aantal-scholen'), byId('oa-aantal-scholen')],
        'hoeveel scholen',
      ),
      suggestCard(t, locale, [], 'z'.repeat(2000)),
    ],
    'faq/review-queue': [
      reviewQueueCard(t, locale, [1, 2, 3, 4, 5, 6, 7].map(review), 'Europe/Amsterdam'),
      reviewQueueCard(t, locale, [], 'Europe/Amsterdam'),
    ],
    'faq/entry-form': [
      entryFormCard(t, sources, {
        reviewId: 'r1',
        question: 'hoe laat gaat de kantine open',
        alternates: 'kantine open?',
        answer: '',
        detail: '',
        programme: '',
        sourceDoc: '',
        section: '',
      }),
      entryFormCard(
        t,
        sources,
        {
          reviewId: 'r1',
          question: 'x',
          alternates: '',
          answer: '',
          detail: '',
          programme: 'gkdi',
          sourceDoc: 'nope',
          section: '',
        },
        {
          question: 'faq.form.questionError',
          answer: 'faq.form.answerError',
          sourceDoc: 'faq.form.sourceError',
          section: 'faq.form.sectionError',
        },
      ),
    ],
  };
}
