import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import {
  EMAIL_PATTERN,
  FIELD_LIMITS,
  incompleteSteps,
  openQuestions,
  PHONE_PATTERN,
  PROJECT_ROLES,
  statusSince,
  STEP_FIELDS,
  STEPS,
  TEXT_LIMITS,
  toRaw,
  type Application,
  type ApplicationFields,
  type FieldId,
  type Question,
  type StepId,
} from '../../domain/application';
import { MECHANISMS } from '../../domain/toolbox';
import { roundPhase, type Round } from '../../domain/round';
import type { School } from '../../domain/school';
import type { MessageKey } from '../../i18n';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, lengthRegex, type CardAction, type FormField } from './form-card';

export type FieldErrors = Partial<Record<string, MessageKey>>;
type Values = Record<string, string>;

const ref = (app: Pick<Application, 'roundId' | 'schoolId'>) => ({
  roundId: app.roundId,
  schoolId: app.schoolId,
});

/** The message for a field, with its own limits filled in. */
function errorText(f: Formatter, errors: FieldErrors, id: string): string {
  const key = errors[id];
  if (!key) return '';
  const limits = (FIELD_LIMITS as Record<string, { min: number; max: number }>)[id] ?? TEXT_LIMITS.note;
  return f.t(key, { min: limits.min, max: limits.max });
}

const asText = (v: unknown, max: number): string =>
  typeof v === 'string'
    ? v.slice(0, max)
    : Array.isArray(v)
      ? v
          .filter((x) => typeof x === 'string')
          .join(',')
          .slice(0, max)
      : '';

/** What the user typed in a step, trimmed to the field's maximum, so a refused step comes back filled in. */
export function stepValuesFrom(step: StepId, raw: Record<string, unknown>): Values {
  const values: Values = {};
  for (const id of STEP_FIELDS[step]) {
    values[id] =
      id === 'ownContribution'
        ? raw[id] === 'true'
          ? 'true'
          : 'false'
        : asText(raw[id], FIELD_LIMITS[id].max);
  }
  if (step === 'school') values.school = asText(raw.school, 60);
  return values;
}

/** Stored values in the shape the card inputs use. */
export function stepValuesOf(fields: Partial<ApplicationFields>, step: StepId): Values {
  const raw = toRaw(fields, step);
  const values: Values = {};
  for (const [k, v] of Object.entries(raw)) values[k] = typeof v === 'string' ? v : '';
  if (step === 'bijdrage' && values.ownContribution !== 'true') values.ownContribution = 'false';
  return values;
}

function textField(
  f: Formatter,
  id: FieldId,
  values: Values,
  errors: FieldErrors,
  opts: { multiline?: boolean; regex?: string; placeholder?: boolean; hint?: boolean } = {},
): FormField {
  const { min, max } = FIELD_LIMITS[id];
  const hintKey = `aanmelding.field.${id}.hint` as MessageKey;
  return field({
    kind: 'text',
    id,
    label: f.t(`aanmelding.field.${id}.label` as MessageKey),
    value: values[id] ?? '',
    placeholder: opts.placeholder ? f.t(`aanmelding.field.${id}.placeholder` as MessageKey) : '',
    required: min > 0,
    multiline: opts.multiline ?? false,
    max,
    regex: opts.regex ?? (opts.multiline ? lengthRegex(min, max) : ''),
    errorMessage: f.t(`aanmelding.error.${id}` as MessageKey, { min, max }),
    hint: opts.hint ? f.t(hintKey, { min, max }) : '',
    error: errorText(f, errors, id),
  });
}

function stepFields(
  f: Formatter,
  round: Round,
  step: StepId,
  values: Values,
  errors: FieldErrors,
  schools: School[] | undefined,
): FormField[] {
  const own = f.euro(round.budget.ownContributionMin);
  switch (step) {
    case 'school':
      return [
        ...(schools
          ? [
              field({
                kind: 'choice',
                id: 'school',
                label: f.t('aanmelding.field.school.label'),
                value: values.school ?? '',
                placeholder: f.t('aanmelding.field.school.placeholder'),
                required: true,
                choiceStyle: 'filtered',
                choices: schools.map((s) => ({ title: s.name, value: s.id })),
                errorMessage: f.t('aanmelding.error.school'),
                hint: f.t('aanmelding.field.school.hint'),
                error: errors.school ? f.t(errors.school) : '',
              }),
            ]
          : []),
        textField(f, 'contactName', values, errors),
        textField(f, 'contactRole', values, errors, { placeholder: true }),
        textField(f, 'contactEmail', values, errors, { placeholder: true, regex: EMAIL_PATTERN }),
        textField(f, 'contactPhone', values, errors, { placeholder: true, regex: PHONE_PATTERN }),
        textField(f, 'locations', values, errors, { hint: true }),
      ];
    case 'vraagstuk':
      return [
        textField(f, 'vraagstuk', values, errors, { multiline: true, hint: true }),
        field({
          kind: 'choice',
          id: 'mechanisms',
          label: f.t('aanmelding.field.mechanisms.label'),
          value: values.mechanisms ?? '',
          multiSelect: true,
          choiceStyle: 'expanded',
          choices: MECHANISMS.map((m) => ({ title: f.t(`aanmelding.mechanism.${m}`), value: m })),
          errorMessage: f.t('aanmelding.error.mechanisms'),
          hint: f.t('aanmelding.field.mechanisms.hint'),
          error: errorText(f, errors, 'mechanisms'),
        }),
      ];
    case 'stappen':
      return [textField(f, 'stepsTaken', values, errors, { multiline: true, hint: true })];
    case 'projectgroep':
      return [
        field({
          kind: 'choice',
          id: 'projectRoles',
          label: f.t('aanmelding.field.projectRoles.label'),
          value: values.projectRoles ?? '',
          required: true,
          multiSelect: true,
          choiceStyle: 'expanded',
          choices: PROJECT_ROLES.map((r) => ({ title: f.t(`aanmelding.projectRole.${r}`), value: r })),
          errorMessage: f.t('aanmelding.error.projectRoles', { min: FIELD_LIMITS.projectRoles.min }),
          hint: f.t('aanmelding.field.projectRoles.hint', { min: FIELD_LIMITS.projectRoles.min }),
          error: errorText(f, errors, 'projectRoles'),
        }),
        textField(f, 'projectNames', values, errors, { multiline: true, placeholder: true }),
      ];
    case 'bijdrage':
      return [
        field({
          kind: 'toggle',
          id: 'ownContribution',
          label: f.t('aanmelding.field.ownContribution.label'),
          toggleTitle: f.t('aanmelding.field.ownContribution.title', { own }),
          value: values.ownContribution === 'true' ? 'true' : 'false',
          required: true,
          errorMessage: f.t('aanmelding.error.ownContribution'),
          error: errorText(f, errors, 'ownContribution'),
        }),
        textField(f, 'ownContributionNote', values, errors, { multiline: true }),
      ];
    case 'overig':
      return [textField(f, 'otherNotes', values, errors, { multiline: true })];
  }
}

export interface StepCardOptions {
  round: Round;
  step: StepId;
  /** Absent while the school is not chosen yet (the first step of a new application). */
  app?: Application;
  values?: Values;
  errors?: FieldErrors;
  schools?: School[];
  formError?: string;
}

export function stepCard(f: Formatter, o: StepCardOptions): AdaptiveCardJson {
  const index = STEPS.indexOf(o.step);
  const values = o.values ?? (o.app ? stepValuesOf(o.app.fields, o.step) : {});
  const errors = o.errors ?? {};
  const complete = o.app ? incompleteSteps(o.app).filter((s) => s !== o.step).length === 0 : false;
  const data = {
    verb: 'aanmelding.step.save',
    roundId: o.round.id,
    schoolId: o.app?.schoolId ?? '',
    step: o.step,
  };
  const previous = STEPS[index - 1];
  const actions: CardAction[] = [
    action(
      f.t(complete || index === STEPS.length - 1 ? 'aanmelding.step.saveLast' : 'aanmelding.step.save'),
      data,
      {
        style: 'positive',
      },
    ),
  ];
  if (o.app && previous) {
    actions.push(
      action(
        f.t('aanmelding.step.back'),
        { verb: 'aanmelding.step.show', ...ref(o.app), step: previous },
        { inputs: 'none' },
      ),
    );
  }
  if (o.app && complete) {
    actions.push(
      action(
        f.t('aanmelding.step.toReview'),
        { verb: 'aanmelding.review', ...ref(o.app) },
        { inputs: 'none' },
      ),
    );
  }
  const intro = [
    ...(o.app ? [{ text: f.t('aanmelding.step.schoolLine', { school: o.app.schoolName }) }] : []),
    {
      text: f.t(`aanmelding.step.${o.step}.intro`, {
        perYear: f.euro(o.round.budget.perSchoolYear),
        own: f.euro(o.round.budget.ownContributionMin),
      }),
    },
  ];
  return formCard({
    kicker: o.round.name,
    title: f.t(`aanmelding.step.${o.step}.title`),
    progress: f.t('aanmelding.step.progress', { n: index + 1, total: STEPS.length }),
    intro,
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields: stepFields(f, o.round, o.step, values, errors, o.app ? undefined : o.schools),
    footer: f.t('aanmelding.step.savedNote'),
    actions,
  });
}

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

const STATUS_COLOR: Record<Application['status'], string> = {
  concept: 'Default',
  ingediend: 'Accent',
  'aanvulling-gevraagd': 'Warning',
  'in-beoordeling': 'Accent',
  geselecteerd: 'Good',
  'niet-geselecteerd': 'Default',
};

function timeline(f: Formatter, round: Round, app: Application, clip: number) {
  const past = app.statusHistory.map((h, i, all) => ({
    mark: i === all.length - 1 ? '●' : '✓',
    label: f.t(`aanmelding.status.${h.status}`),
    detail: [f.dateTime(h.at), h.reason ? Formatter.clip(h.reason, clip) : ''].filter(Boolean).join(' · '),
    weight: i === all.length - 1 ? 'Bolder' : 'Default',
    future: false,
  }));
  const future: typeof past = [];
  const upcoming = (label: string, detail = '') => ({
    mark: '○',
    label,
    detail,
    weight: 'Default',
    future: true,
  });
  if (app.status === 'concept') future.push(upcoming(f.t('aanmelding.status.ingediend')));
  if (app.status === 'concept' || app.status === 'ingediend')
    future.push(upcoming(f.t('aanmelding.status.in-beoordeling')));
  if (app.status !== 'geselecteerd' && app.status !== 'niet-geselecteerd') {
    future.push(
      upcoming(
        f.t('aanmelding.statusCard.decision'),
        f.t('aanmelding.statusCard.decisionBy', { date: f.date(round.decisionDate) }),
      ),
    );
  }
  return [...past, ...future];
}

function explanation(f: Formatter, round: Round, app: Application, now: Date): string {
  const done = app.completedSteps.length;
  const values = {
    done,
    total: STEPS.length,
    closes: f.dateTime(round.closesAt),
    reference: app.reference ?? '',
    decision: f.date(round.decisionDate),
  };
  if (app.status === 'concept') {
    return f.t(
      roundPhase(round, now) === 'closed' ? 'aanmelding.explain.conceptClosed' : 'aanmelding.explain.concept',
      values,
    );
  }
  const base = f.t(`aanmelding.explain.${app.status}`, values);
  if (app.status === 'niet-geselecteerd' && app.followUpRequested) {
    return `${base} ${f.t('aanmelding.explain.followUpRequested', { at: f.dateTime(app.followUpRequested.at) })}`;
  }
  return base;
}

function statusActions(f: Formatter, round: Round, app: Application, now: Date): CardAction[] {
  const out: CardAction[] = [];
  if (app.status === 'concept' && roundPhase(round, now) === 'open') {
    out.push(
      action(
        f.t('aanmelding.statusCard.continue'),
        { verb: 'aanmelding.continue', ...ref(app) },
        { style: 'positive' },
      ),
    );
  }
  const open = openQuestions(app)[0];
  if (app.status === 'aanvulling-gevraagd' && open) {
    out.push(
      action(
        f.t('aanmelding.statusCard.answer'),
        { verb: 'aanmelding.question', ...ref(app), questionId: open.id },
        { style: 'positive' },
      ),
    );
  }
  if (app.status === 'niet-geselecteerd' && !app.followUpRequested) {
    out.push(
      action(
        f.t('aanmelding.statusCard.followUp'),
        { verb: 'aanmelding.followup', ...ref(app) },
        { style: 'positive' },
      ),
    );
  }
  out.push(action(f.t('aanmelding.statusCard.view'), { verb: 'aanmelding.review', ...ref(app) }));
  return out;
}

export function statusCard(
  f: Formatter,
  items: { app: Application; round: Round }[],
  now: Date,
): AdaptiveCardJson {
  return fitted((clip) =>
    renderCard('aanmelding/status', {
      title: f.t('aanmelding.statusCard.title'),
      empty: f.t('aanmelding.statusCard.empty'),
      applications: items.slice(0, 5).map(({ app, round }) => ({
        roundName: round.name,
        school: app.schoolName,
        statusText: [
          f.t('aanmelding.statusCard.current', {
            status: f.t(`aanmelding.status.${app.status}`),
            at: f.dateTime(statusSince(app) ?? app.updatedAt),
          }),
          app.reference ? f.t('aanmelding.statusCard.reference', { reference: app.reference }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
        statusColor: STATUS_COLOR[app.status],
        explanation: explanation(f, round, app, now),
        steps: timeline(f, round, app, clip).slice(-8),
        actions: statusActions(f, round, app, now).map((a) => ({
          title: a.title,
          style: a.style,
          data: a.data,
        })),
      })),
      footer: f.t('aanmelding.statusCard.footer'),
    }),
  );
}

export interface StartCardOptions {
  open: Round[];
  upcoming: Round[];
  lastClosed?: Round;
  mine: { app: Application; round: Round }[];
  now: Date;
}

function roundFacts(f: Formatter, round: Round, now: Date) {
  const phase = roundPhase(round, now);
  const facts = [
    phase === 'upcoming'
      ? { title: f.t('aanmelding.start.fact.opens'), value: f.dateTime(round.opensAt) }
      : {
          title: f.t(phase === 'open' ? 'aanmelding.start.fact.closes' : 'aanmelding.start.fact.closed'),
          value: f.dateTime(round.closesAt),
        },
    { title: f.t('aanmelding.start.fact.decision'), value: f.date(round.decisionDate) },
    {
      title: f.t('aanmelding.start.fact.places'),
      value: f.t('aanmelding.start.fact.placesValue', { places: round.places }),
    },
    {
      title: f.t('aanmelding.start.fact.budget'),
      value: f.t('aanmelding.start.fact.budgetValue', {
        perYear: f.euro(round.budget.perSchoolYear),
        own: f.euro(round.budget.ownContributionMin),
      }),
    },
  ];
  if (phase === 'upcoming')
    facts.splice(1, 0, { title: f.t('aanmelding.start.fact.closes'), value: f.dateTime(round.closesAt) });
  return facts;
}

/** What `aanmelden` shows: the caller's own applications, the open rounds, and when the next one opens. */
export function startCard(f: Formatter, o: StartCardOptions): AdaptiveCardJson {
  const drafts = o.mine.filter(
    ({ app, round }) => app.status === 'concept' && roundPhase(round, o.now) === 'open',
  );
  const rounds = [
    ...o.open,
    ...o.upcoming.slice(0, 2),
    ...(o.open.length === 0 && o.upcoming.length === 0 && o.lastClosed ? [o.lastClosed] : []),
  ];
  return renderCard('aanmelding/start', {
    title: f.t('aanmelding.start.title'),
    intro: f.t(
      o.open.length === 0
        ? // "Below you see…" only when something is below; otherwise what to do next.
          rounds.length > 0
          ? 'aanmelding.start.introNone'
          : 'aanmelding.start.introEmpty'
        : drafts.length > 0
          ? 'aanmelding.start.introMine'
          : 'aanmelding.start.intro',
    ),
    mine: o.mine.slice(0, 4).map(({ app, round }) =>
      app.status === 'concept'
        ? {
            title: f.t('aanmelding.start.mineDraft', { school: app.schoolName }),
            detail: f.t('aanmelding.start.mineDraftDetail', {
              round: round.name,
              done: app.completedSteps.length,
              total: STEPS.length,
              at: f.dateTime(app.updatedAt),
            }),
            buttonTitle: f.t(
              roundPhase(round, o.now) === 'open' ? 'aanmelding.start.continue' : 'aanmelding.start.view',
            ),
            buttonData: {
              verb: roundPhase(round, o.now) === 'open' ? 'aanmelding.continue' : 'aanmelding.review',
              ...ref(app),
            },
          }
        : {
            title: f.t('aanmelding.start.mineOther', {
              school: app.schoolName,
              status: f.t(`aanmelding.status.${app.status}`),
            }),
            detail: f.t('aanmelding.start.mineOtherDetail', { round: round.name }),
            buttonTitle: f.t('aanmelding.review.status'),
            buttonData: { verb: 'aanmelding.status' },
          },
    ),
    rounds: rounds.map((round) => ({
      programme: round.programme,
      name: round.name,
      description: Formatter.clip(round.description, 800),
      facts: roundFacts(f, round, o.now),
      buttonTitle: roundPhase(round, o.now) === 'open' ? f.t('aanmelding.start.button') : '',
      buttonData: { verb: 'aanmelding.start', roundId: round.id },
    })),
    footer: f.t('aanmelding.start.footer'),
  });
}
