import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { FaqEntry } from '../../../src/features/faq/faq-entry';
import { loadKnowledgeBaseFiles } from '../../../src/features/faq/faq-files';
import type { ReviewItem, ReviewQuestion, ReviewReason } from '../../../src/features/faq/faq-repository';
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
  const item = (id: string, questions: ReviewQuestion[], count: number): ReviewItem => ({
    id,
    status: 'open',
    key: ['kantin', 'open'],
    questions,
    count,
    firstAt: questions[questions.length - 1]?.at ?? '',
    lastAt: questions[0]?.at ?? '',
  });
  const q = (text: string, reason: ReviewReason, at: string, entryIds: string[] = []): ReviewQuestion => ({
    text,
    locale: 'nl',
    reason,
    entryIds,
    at,
  });
  const members = [
    item(
      `q-00000000000000000000000${n}`,
      [
        q('x'.repeat(500), 'thumbs-down', '2026-03-02T10:00:00Z', ['gkdi-werkbudget']),
        q('kantine open?', 'none-of-these', '2026-03-02T09:00:00Z'),
      ],
      5,
    ),
    item(
      `q-10000000000000000000000${n}-2`,
      [q('hoe laat gaat de kantine open', 'unanswered', '2026-03-02T08:00:00Z')],
      2,
    ),
  ];
  return {
    group: {
      id: members[0]!.id,
      members,
      questions: members.flatMap((m) => m.questions),
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
