import { DateTime } from 'luxon';
import { formErrorTexts, inputText, type FieldErrors } from '../../cards/form-errors';
import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { MessageKey, Translate } from '../../i18n';
import { PROGRAMMES, type FaqEntry, type FaqLocale } from './faq-entry';
import type { ReviewItem } from './faq-repository';
import type { ReviewView } from './faq.service';

/** Button titles and data carry at most this much of a typed question. */
const ASKED_MAX = 300;
/** Items per review card: keeps the card well under Teams' size limit. */
export const REVIEW_ITEMS_PER_CARD = 5;

const short = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function answerCard(
  t: Translate,
  locale: FaqLocale,
  entry: FaqEntry,
  opts: { sourceTitle: string; followUps: FaqEntry[]; asked: string; feedback: boolean },
): AdaptiveCardJson {
  const l = entry[locale];
  return renderCard('faq/answer', {
    question: l.question,
    answer: l.answer,
    detail: l.detail,
    source: t('faq.answer.source', { title: opts.sourceTitle, section: entry.source.section }),
    followUpsLabel: t('faq.answer.followUps'),
    followUps: opts.followUps.map((f) => ({ title: short(f[locale].question, 120), entryId: f.id })),
    helpfulLabel: t('faq.answer.helpful'),
    upLabel: t('faq.answer.up'),
    downLabel: t('faq.answer.down'),
    entryId: entry.id,
    asked: short(opts.asked, ASKED_MAX),
    feedback: opts.feedback,
  });
}

export function suggestCard(
  t: Translate,
  locale: FaqLocale,
  choices: FaqEntry[],
  asked: string,
): AdaptiveCardJson {
  return renderCard('faq/suggest', {
    title: t('faq.suggest.title'),
    intro: t('faq.suggest.intro'),
    choices: choices.slice(0, 3).map((c) => ({ title: short(c[locale].question, 120), entryId: c.id })),
    noneLabel: t('faq.suggest.none'),
    asked: short(asked, ASKED_MAX),
    shown: choices
      .slice(0, 3)
      .map((c) => c.id)
      .join(','),
  });
}

const REASON_KEYS: Record<ReviewItem['questions'][number]['reason'], MessageKey> = {
  unanswered: 'faq.review.reason.unanswered',
  'none-of-these': 'faq.review.reason.none-of-these',
  'thumbs-down': 'faq.review.reason.thumbs-down',
};

export function reviewQueueCard(
  t: Translate,
  locale: FaqLocale,
  views: ReviewView[],
  timeZone: string,
): AdaptiveCardJson {
  const shown = views.slice(0, REVIEW_ITEMS_PER_CARD);
  const rest = views.length - shown.length;
  return renderCard('faq/review-queue', {
    title: t('faq.review.title'),
    intro: views.length > 0 ? t('faq.review.intro', { count: views.length }) : '',
    empty: t('faq.review.empty'),
    more: rest > 0 ? t('faq.review.more', { count: rest }) : '',
    refreshLabel: t('faq.review.refresh'),
    items: shown.map(({ group, candidates, disliked }) => {
      // Newest first: the latest question heads the entry, three others below it.
      const texts = [...new Set(group.questions.map((q) => q.text))];
      const latest = texts[0] ?? '';
      const others = texts.slice(1, 4);
      const reasons = [...new Set(group.questions.map((q) => t(REASON_KEYS[q.reason])))].join(', ');
      const date = DateTime.fromISO(group.lastAt, { zone: timeZone })
        .setLocale(locale === 'en' ? 'en-GB' : 'nl-NL')
        .toFormat('d LLL HH:mm');
      return {
        reviewId: group.id,
        question: `“${short(latest, 200)}”`,
        meta: t('faq.review.meta', { count: group.count, date, reasons }),
        alsoAsked:
          others.length > 0
            ? t('faq.review.alsoAsked', { questions: others.map((o) => `“${short(o, 80)}”`).join(' · ') })
            : '',
        disliked:
          disliked.length > 0
            ? t('faq.review.disliked', { question: disliked.map((d) => d[locale].question).join(' · ') })
            : '',
        linkLabel: t('faq.review.link'),
        linkChoiceLabel: t('faq.review.linkChoice'),
        linkTypedLabel: t('faq.review.linkTyped'),
        linkSubmitLabel: t('faq.review.linkSubmit'),
        newLabel: t('faq.review.new'),
        dismissLabel: t('faq.review.dismiss'),
        choiceInputId: `entry_${group.id}`,
        typedInputId: `typed_${group.id}`,
        candidates: candidates.map((c) => ({
          title: short(`${c[locale].question} (${c.id})`, 140),
          value: c.id,
        })),
      };
    }),
  });
}

const recordOf = (raw: unknown): Record<string, unknown> =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};

/** The per-item input ids of the review card back into one link request. */
export function linkValuesFrom(raw: unknown): { reviewId: string; entryId: string; entryIdTyped: string } {
  const r = recordOf(raw);
  const reviewId = inputText(r.reviewId, 60);
  return {
    reviewId,
    entryId: inputText(r[`entry_${reviewId}`], 80),
    entryIdTyped: inputText(r[`typed_${reviewId}`], 80),
  };
}

export interface EntryFormValues {
  reviewId: string;
  question: string;
  alternates: string;
  answer: string;
  detail: string;
  programme: string;
  sourceDoc: string;
  section: string;
}

/** Keeps what the beheerder typed so a rejected form comes back filled in. */
export function entryFormValuesFrom(raw: unknown): EntryFormValues {
  const r = recordOf(raw);
  return {
    reviewId: inputText(r.reviewId, 60),
    question: inputText(r.question, 200),
    alternates: inputText(r.alternates, 4000),
    answer: inputText(r.answer, 600),
    detail: inputText(r.detail, 3000),
    programme: inputText(r.programme, 40),
    sourceDoc: inputText(r.sourceDoc, 60),
    section: inputText(r.section, 200),
  };
}

export function entryFormCard(
  t: Translate,
  sources: { id: string; title: string }[],
  values: EntryFormValues,
  errors: FieldErrors = {},
  problem?: MessageKey,
): AdaptiveCardJson {
  const { formError, errors: errorTexts } = formErrorTexts(
    t,
    errors,
    ['question', 'answer', 'sourceDoc', 'section'],
    problem,
  );
  return renderCard('faq/entry-form', {
    title: t('faq.form.title'),
    intro: t('faq.form.intro'),
    formError,
    questionLabel: t('faq.form.question'),
    questionError: t('faq.form.questionError'),
    alternatesLabel: t('faq.form.alternates'),
    answerLabel: t('faq.form.answer'),
    answerError: t('faq.form.answerError'),
    detailLabel: t('faq.form.detail'),
    programmeLabel: t('faq.form.programme'),
    programmeError: t('faq.form.programmeError'),
    sourceLabel: t('faq.form.source'),
    sourceError: t('faq.form.sourceError'),
    sectionLabel: t('faq.form.section'),
    sectionError: t('faq.form.sectionError'),
    submitLabel: t('faq.form.submit'),
    programmeChoices: PROGRAMMES.map((p) => ({ title: t(`faq.programme.${p}`), value: p })),
    sourceChoices: sources.map((s) => ({ title: short(s.title, 120), value: s.id })),
    values,
    errors: errorTexts,
  });
}
