import { type AdaptiveCardJson } from '../../cards/render';
import {
  EMAIL_PATTERN,
  FIELD_LIMITS,
  incompleteSteps,
  PHONE_PATTERN,
  PROJECT_ROLES,
  STEP_FIELDS,
  STEPS,
  toRaw,
  type Application,
  type ApplicationFields,
  type FieldId,
  type StepId,
} from '../../domain/application';
import { MECHANISMS } from '../../domain/toolbox';
import { type Round } from '../../domain/round';
import type { School } from '../../domain/school';
import type { MessageKey } from '../../i18n';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, lengthRegex, type CardAction, type FormField } from './form-card';
import { FieldErrors, Values, ref, errorText, asText } from './aanmelding.cards';

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

export function textField(
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

export function stepFields(
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
