import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import {
  FIELD_LIMITS,
  incompleteSteps,
  STEP_FIELDS,
  STEPS,
  TEXT_LIMITS,
  type Application,
  type ApplicationFields,
  type FieldId,
  type Question,
} from '../../domain/application';
import { roundPhase, type Round } from '../../domain/round';
import type { MessageKey } from '../../i18n';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, lengthRegex, type CardAction } from './form-card';

export type FieldErrors = Partial<Record<string, MessageKey>>;
export type Values = Record<string, string>;

export const ref = (app: Pick<Application, 'roundId' | 'schoolId'>) => ({
  roundId: app.roundId,
  schoolId: app.schoolId,
});

/** The message for a field, with its own limits filled in. */
export function errorText(f: Formatter, errors: FieldErrors, id: string): string {
  const key = errors[id];
  if (!key) return '';
  const limits = (FIELD_LIMITS as Record<string, { min: number; max: number }>)[id] ?? TEXT_LIMITS.note;
  return f.t(key, { min: limits.min, max: limits.max });
}

export const asText = (v: unknown, max: number): string =>
  typeof v === 'string'
    ? v.slice(0, max)
    : Array.isArray(v)
      ? v
          .filter((x) => typeof x === 'string')
          .join(',')
          .slice(0, max)
      : '';
/** How a stored value reads in a summary. */
export function displayValue(
  f: Formatter,
  id: FieldId,
  value: ApplicationFields[FieldId] | undefined,
): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return f.t('aanmelding.field.empty');
  }
  if (id === 'mechanisms' && Array.isArray(value)) {
    return value.map((m) => f.t(`aanmelding.mechanism.${m}` as MessageKey)).join(', ');
  }
  if (id === 'projectRoles' && Array.isArray(value)) {
    return value.map((r) => f.t(`aanmelding.projectRole.${r}` as MessageKey)).join(', ');
  }
  if (typeof value === 'boolean') return value ? f.t('aanmelding.field.yes') : f.t('aanmelding.field.empty');
  return String(value);
}

export interface Section {
  title: string;
  missing: string;
  editable: boolean;
  editTitle: string;
  editData: Record<string, unknown>;
  items: { label: string; value: string }[];
}

export function section(title: string, items: Section['items'], extra: Partial<Section> = {}): Section {
  return { title, missing: '', editable: false, editTitle: '', editData: {}, items, ...extra };
}

function fieldLabel(f: Formatter, id: FieldId): string {
  if (id === 'ownContribution') return f.t('aanmelding.field.ownContribution.label');
  return f.t(`aanmelding.field.${id}.label` as MessageKey);
}

/** One section per step, in order; with `editable` each gets a "Wijzigen" button. */
export function stepSections(f: Formatter, app: Application, editable: boolean, clip = Infinity): Section[] {
  const incomplete = new Set(incompleteSteps(app));
  return STEPS.map((step, i) =>
    section(
      `${i + 1}. ${f.t(`aanmelding.step.${step}.title`)}`,
      STEP_FIELDS[step].map((id) => ({
        label: fieldLabel(f, id),
        value: Formatter.clip(displayValue(f, id, app.fields[id]), clip),
      })),
      {
        missing: incomplete.has(step) ? f.t('aanmelding.review.missing') : '',
        editable,
        editTitle: f.t('aanmelding.review.edit'),
        editData: { verb: 'aanmelding.step.show', ...ref(app), step },
      },
    ),
  );
}

/** The questions of the expert group and the answers, newest last; long texts are clipped. */
export function questionSection(f: Formatter, questions: Question[]): Section[] {
  if (questions.length === 0) return [];
  const items = questions.slice(-4).flatMap((q) => [
    {
      label: f.t('aanmelding.review.question', { name: q.askedByName, at: f.dateTime(q.askedAt) }),
      value: Formatter.clip(q.question, 600),
    },
    q.answer !== undefined && q.answeredAt
      ? {
          label: f.t('aanmelding.review.answer', {
            name: q.answeredByName ?? '',
            at: f.dateTime(q.answeredAt),
          }),
          value: Formatter.clip(q.answer, 900),
        }
      : { label: f.t('aanmelding.review.answerLabel'), value: f.t('aanmelding.review.noAnswer') },
  ]);
  return [section(f.t('aanmelding.review.questions'), items)];
}

export function decisionSection(f: Formatter, app: Application): Section[] {
  if (!app.decision) return [];
  const d = app.decision;
  return [
    section(f.t('aanmelding.review.decision'), [
      {
        label: f.t('aanmelding.review.decisionBy', {
          status: f.t(`aanmelding.status.${d.outcome}`),
          at: f.dateTime(d.at),
          name: d.byName,
        }),
        value: d.reason,
      },
    ]),
  ];
}

export interface Banner {
  text: string;
  style: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

/** Teams refuses cards over 28 KB; texts are shortened step by step until the card fits well below. */
const CARD_BUDGET = 19 * 1024;
export function fitted(render: (clip: number) => AdaptiveCardJson): AdaptiveCardJson {
  let card = render(Infinity);
  for (const clip of [1500, 800, 400, 200]) {
    if (Buffer.byteLength(JSON.stringify(card), 'utf8') <= CARD_BUDGET) return card;
    card = render(clip);
  }
  return card;
}

export function applicationView(
  f: Formatter,
  round: Round,
  o: { title: string; statusLine: string; banners: Banner[]; sections: Section[]; actions: CardAction[] },
): AdaptiveCardJson {
  return renderCard('aanmelding/application', {
    roundName: round.name,
    title: o.title,
    statusLine: o.statusLine,
    banners: o.banners,
    sections: o.sections,
    actions: o.actions.map((a) => ({ title: a.title, style: a.style, data: a.data })),
  });
}

const others = (app: Application, me: string) =>
  app.participants.filter((p) => p.id !== me).map((p) => p.name);

/**
 * The applicant's own view: before submitting a review with an edit button per step and the submit
 * button; after submitting (or after the round closed) read-only.
 */
export function applicantCard(
  f: Formatter,
  round: Round,
  app: Application,
  o: { me: string; now: Date; notice?: Banner },
): AdaptiveCardJson {
  const open = roundPhase(round, o.now) === 'open';
  const editable = app.status === 'concept' && open;
  const missing = incompleteSteps(app);
  const banners: Banner[] = o.notice ? [o.notice] : [];
  if (app.status === 'concept' && !open) {
    banners.push({
      text: f.t(
        roundPhase(round, o.now) === 'closed'
          ? 'aanmelding.round.closedDraft'
          : 'aanmelding.round.notOpenYet',
        {
          round: round.name,
          opens: f.dateTime(round.opensAt),
          closes: f.dateTime(round.closesAt),
        },
      ),
      style: 'warning',
    });
  } else if (editable && missing.length > 0) {
    banners.push({
      text: f.t('aanmelding.review.incomplete', {
        steps: missing.map((s) => `${STEPS.indexOf(s) + 1}. ${f.t(`aanmelding.step.${s}.title`)}`).join(', '),
      }),
      style: 'attention',
    });
  } else if (editable) {
    banners.push({
      text: f.t('aanmelding.review.ready', { decision: f.date(round.decisionDate) }),
      style: 'good',
    });
  }
  const together = others(app, o.me);
  if (together.length > 0)
    banners.push({
      text: f.t('aanmelding.review.together', { names: together.join(', ') }),
      style: 'emphasis',
    });

  const actions: CardAction[] = [];
  if (editable && missing.length === 0) {
    actions.push(
      action(
        f.t('aanmelding.review.submit'),
        { verb: 'aanmelding.submit', ...ref(app), rev: app.rev },
        { style: 'positive' },
      ),
    );
  }
  if (app.status === 'concept') {
    actions.push(
      action(
        f.t('aanmelding.review.discard'),
        { verb: 'aanmelding.discard.ask', ...ref(app), rev: app.rev },
        { style: 'destructive' },
      ),
    );
  } else {
    actions.push(action(f.t('aanmelding.review.status'), { verb: 'aanmelding.status' }));
  }
  actions.push(action(f.t('aanmelding.review.history'), { verb: 'aanmelding.history', ...ref(app) }));

  return fitted((clip) =>
    applicationView(f, round, {
      title:
        app.status === 'concept' && editable
          ? f.t('aanmelding.review.title')
          : f.t('aanmelding.review.readonlyTitle', { school: app.schoolName }),
      statusLine: f.t('aanmelding.review.statusLine', {
        school: app.schoolName,
        status: f.t(`aanmelding.status.${app.status}`),
        at: f.dateTime(app.updatedAt),
        name: app.updatedByName,
      }),
      banners,
      sections: [
        ...stepSections(f, app, editable, clip),
        ...questionSection(f, app.questions),
        ...decisionSection(f, app),
      ],
      actions,
    }),
  );
}

export function submittedCard(f: Formatter, round: Round, app: Application): AdaptiveCardJson {
  const decision = f.date(round.decisionDate);
  return renderCard('aanmelding/submitted', {
    title: f.t('aanmelding.submitted.title'),
    intro: f.t('aanmelding.submitted.intro', { school: app.schoolName, round: round.name }),
    facts: [
      { title: f.t('aanmelding.submitted.reference'), value: app.reference ?? '' },
      { title: f.t('aanmelding.submitted.at'), value: f.dateTime(app.submittedAt ?? app.updatedAt) },
      { title: f.t('aanmelding.start.fact.decision'), value: decision },
    ],
    nextTitle: f.t('aanmelding.submitted.nextTitle'),
    next: [
      { text: f.t('aanmelding.submitted.next1') },
      { text: f.t('aanmelding.submitted.next2') },
      { text: f.t('aanmelding.submitted.next3', { decision, places: round.places }) },
      { text: f.t('aanmelding.submitted.next4') },
    ],
    statusButton: f.t('aanmelding.review.status'),
    viewButton: f.t('aanmelding.submitted.view'),
    viewData: { verb: 'aanmelding.review', ...ref(app) },
  });
}

export function takenCard(f: Formatter, app: Application, me: string): AdaptiveCardJson {
  const names = app.participants.map((p) => p.name).join(', ');
  const draft = app.status === 'concept';
  const joined = app.participants.some((p) => p.id === me);
  return renderCard('aanmelding/taken', {
    title: f.t('aanmelding.taken.title', { school: app.schoolName }),
    text: draft
      ? f.t('aanmelding.taken.draft', { school: app.schoolName, names })
      : f.t('aanmelding.taken.submitted', { school: app.schoolName, name: app.submittedByName ?? names }),
    facts: [
      { title: f.t('aanmelding.taken.fact.status'), value: f.t(`aanmelding.status.${app.status}`) },
      { title: f.t('aanmelding.taken.fact.updated'), value: f.dateTime(app.updatedAt) },
      { title: f.t('aanmelding.taken.fact.by'), value: app.updatedByName },
    ],
    hint: draft && !joined ? f.t('aanmelding.taken.hint') : '',
    actions:
      draft && !joined
        ? [
            action(
              f.t('aanmelding.taken.join'),
              { verb: 'aanmelding.join', ...ref(app) },
              { style: 'positive' },
            ),
          ]
        : [action(f.t('aanmelding.review.status'), { verb: 'aanmelding.status' })],
  });
}

export function discardCard(f: Formatter, app: Application): AdaptiveCardJson {
  return renderCard('aanmelding/discard', {
    title: f.t('aanmelding.discard.title'),
    text: f.t('aanmelding.discard.text', { school: app.schoolName }),
    confirm: f.t('aanmelding.discard.confirm'),
    confirmData: { verb: 'aanmelding.discard', ...ref(app), rev: app.rev },
    cancel: f.t('aanmelding.discard.cancel'),
    cancelData: { verb: 'aanmelding.discard.cancel', ...ref(app) },
  });
}

export function questionCard(
  f: Formatter,
  round: Round,
  app: Application,
  q: Question,
  o: { answer?: string; errors?: FieldErrors; formError?: string } = {},
): AdaptiveCardJson {
  const { min, max } = TEXT_LIMITS.answer;
  const errors = o.errors ?? {};
  return formCard({
    kicker: round.name,
    title: f.t('aanmelding.question.title', { school: app.schoolName }),
    progress: f.t('aanmelding.question.asked', { name: q.askedByName, at: f.dateTime(q.askedAt) }),
    intro: [{ text: q.question, style: 'emphasis' }],
    formError: o.formError ?? (errors.answer ? f.t('error.validation') : ''),
    fields: [
      field({
        kind: 'text',
        id: 'answer',
        label: f.t('aanmelding.question.answerLabel'),
        value: o.answer ?? '',
        required: true,
        multiline: true,
        max,
        regex: lengthRegex(min, max),
        errorMessage: f.t('aanmelding.error.answer', { min, max }),
        hint: f.t('aanmelding.question.hint', { min, max }),
        error: errors.answer ? f.t(errors.answer, { min, max }) : '',
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.question.submit'),
        { verb: 'aanmelding.answer', ...ref(app), questionId: q.id },
        { style: 'positive' },
      ),
    ],
  });
}
