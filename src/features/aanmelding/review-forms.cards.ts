import { type AdaptiveCardJson } from '../../cards/render';
import { DECISIONS, TEXT_LIMITS, type Application } from '../../domain/application';
import { SCORE_MAX, SCORE_MIN, type Review } from '../../domain/review';
import { type Round } from '../../domain/round';
import type { MessageKey } from '../../i18n';
import { type FieldErrors } from './aanmelding.cards';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, lengthRegex, type FormField } from './form-card';
import { ref } from './review.cards';

export function scoreFormCard(
  f: Formatter,
  o: {
    round: Round;
    app: Application;
    values?: Record<string, string>;
    errors?: FieldErrors;
    formError?: string;
  },
): AdaptiveCardJson {
  const errors = o.errors ?? {};
  const values = o.values ?? {};
  const { min, max } = TEXT_LIMITS.note;
  const choices = [1, 2, 3, 4, 5].map((n) => ({
    title: f.t(`aanmelding.score.value.${n}` as MessageKey),
    value: String(n),
  }));
  const fields: FormField[] = o.round.criteria.flatMap((c, i) => [
    field({
      kind: 'heading',
      label: c.title,
      hint: c.description,
      separator: i > 0,
      spacing: i > 0 ? 'Medium' : 'Default',
    }),
    field({
      kind: 'choice',
      id: `score_${c.id}`,
      label: f.t('aanmelding.score.scoreLabel', { criterion: c.title }),
      value: values[`score_${c.id}`] ?? '',
      placeholder: f.t('aanmelding.score.choose'),
      required: true,
      choices,
      errorMessage: f.t('aanmelding.score.error.score'),
      error: errors[`score_${c.id}`] ? f.t('aanmelding.score.error.score') : '',
    }),
    field({
      kind: 'text',
      id: `note_${c.id}`,
      label: f.t('aanmelding.score.noteLabel', { criterion: c.title }),
      value: values[`note_${c.id}`] ?? '',
      placeholder: f.t('aanmelding.score.notePlaceholder'),
      required: true,
      multiline: true,
      max,
      regex: lengthRegex(min, max),
      errorMessage: f.t('aanmelding.score.error.note', { min, max }),
      error: errors[`note_${c.id}`] ? f.t('aanmelding.score.error.note', { min, max }) : '',
    }),
  ]);
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.score.title', { school: o.app.schoolName }),
    progress: `${o.app.reference ?? ''}`,
    intro: [{ text: f.t('aanmelding.score.intro', { min: SCORE_MIN, max: SCORE_MAX }) }],
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields,
    actions: [
      action(
        f.t('aanmelding.score.submit'),
        { verb: 'aanmelding.beoordeling.score.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}

/** The stored scores as form values, to change them. */
export function scoreValuesOf(review: Review | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of review?.scores ?? []) {
    out[`score_${s.criterionId}`] = String(s.score);
    out[`note_${s.criterionId}`] = s.note;
  }
  return out;
}

export function scoreValuesFrom(round: Round, raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of round.criteria) {
    const s = raw[`score_${c.id}`];
    const n = raw[`note_${c.id}`];
    out[`score_${c.id}`] = typeof s === 'string' || typeof s === 'number' ? String(s).slice(0, 2) : '';
    out[`note_${c.id}`] = typeof n === 'string' ? n.slice(0, TEXT_LIMITS.note.max) : '';
  }
  return out;
}

export function infoFormCard(
  f: Formatter,
  o: { round: Round; app: Application; question?: string; errors?: FieldErrors; formError?: string },
): AdaptiveCardJson {
  const { min, max } = TEXT_LIMITS.question;
  const errors = o.errors ?? {};
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.info.title', { school: o.app.schoolName }),
    intro: [{ text: f.t('aanmelding.info.intro') }],
    formError: o.formError ?? (errors.question ? f.t('error.validation') : ''),
    fields: [
      field({
        kind: 'text',
        id: 'question',
        label: f.t('aanmelding.info.label'),
        value: o.question ?? '',
        required: true,
        multiline: true,
        max,
        regex: lengthRegex(min, max),
        errorMessage: f.t('aanmelding.info.error.question', { min, max }),
        error: errors.question ? f.t('aanmelding.info.error.question', { min, max }) : '',
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.info.submit'),
        { verb: 'aanmelding.beoordeling.info.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}

export function decisionFormCard(
  f: Formatter,
  o: {
    round: Round;
    app: Application;
    selected: number;
    values?: { outcome: string; reason: string; overridePlaces: string };
    errors?: FieldErrors;
    formError?: string;
  },
): AdaptiveCardJson {
  const { min, max } = TEXT_LIMITS.reason;
  const errors = o.errors ?? {};
  const v = o.values ?? {
    outcome: o.app.decision?.outcome ?? '',
    reason: o.app.decision?.reason ?? '',
    overridePlaces: o.app.decision?.overridePlaces ? 'true' : 'false',
  };
  return formCard({
    kicker: o.round.name,
    title: f.t('aanmelding.decide.title', { school: o.app.schoolName }),
    intro: [{ text: f.t('aanmelding.decide.intro', { selected: o.selected, places: o.round.places }) }],
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields: [
      field({
        kind: 'choice',
        id: 'outcome',
        label: f.t('aanmelding.decide.outcome'),
        value: v.outcome,
        required: true,
        choiceStyle: 'expanded',
        choices: DECISIONS.map((d) => ({ title: f.t(`aanmelding.status.${d}`), value: d })),
        errorMessage: f.t('aanmelding.decide.error.outcome'),
        error: errors.outcome ? f.t('aanmelding.decide.error.outcome') : '',
      }),
      field({
        kind: 'text',
        id: 'reason',
        label: f.t('aanmelding.decide.reason'),
        value: v.reason,
        required: true,
        multiline: true,
        max,
        regex: lengthRegex(min, max),
        errorMessage: f.t('aanmelding.decide.error.reason', { min, max }),
        hint: f.t('aanmelding.decide.reasonHint', { min, max }),
        error: errors.reason ? f.t('aanmelding.decide.error.reason', { min, max }) : '',
      }),
      field({
        kind: 'toggle',
        id: 'overridePlaces',
        label: f.t('aanmelding.decide.override', { places: o.round.places }),
        toggleTitle: f.t('aanmelding.decide.overrideTitle'),
        value: v.overridePlaces === 'true' ? 'true' : 'false',
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.decide.submit'),
        { verb: 'aanmelding.beoordeling.decide.save', ...ref(o.app) },
        { style: 'positive' },
      ),
    ],
  });
}
