import { renderCard, type AdaptiveCardJson } from '../../cards/render';

/** One input (or heading) of the generic form template cards/aanmelding/form.json. */
export interface FormField {
  kind: 'heading' | 'text' | 'date' | 'time' | 'choice' | 'toggle';
  id: string;
  label: string;
  value: string;
  placeholder: string;
  required: boolean;
  multiline: boolean;
  max: number;
  regex: string;
  errorMessage: string;
  multiSelect: boolean;
  choiceStyle: 'compact' | 'expanded' | 'filtered';
  choices: { title: string; value: string }[];
  toggleTitle: string;
  hint: string;
  error: string;
  spacing: 'Default' | 'Small' | 'Medium' | 'Large';
  separator: boolean;
}

export interface CardAction {
  title: string;
  style: 'default' | 'positive' | 'destructive';
  /** 'none' for buttons that must not validate or send the inputs (back, cancel). */
  inputs: 'auto' | 'none';
  data: Record<string, unknown>;
}

export interface FormCard {
  kicker?: string;
  title: string;
  progress?: string;
  intro?: { text: string; style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent' }[];
  formError?: string;
  fields: FormField[];
  footer?: string;
  actions: CardAction[];
}

export function field(f: Partial<FormField> & Pick<FormField, 'kind' | 'label'>): FormField {
  return {
    id: '',
    value: '',
    placeholder: '',
    required: false,
    multiline: false,
    max: 0,
    regex: '',
    errorMessage: '',
    multiSelect: false,
    choiceStyle: 'compact',
    choices: [],
    toggleTitle: '',
    hint: '',
    error: '',
    spacing: 'Default',
    separator: false,
    ...f,
  };
}

export function action(
  title: string,
  data: Record<string, unknown>,
  opts: { style?: CardAction['style']; inputs?: CardAction['inputs'] } = {},
): CardAction {
  return { title, data, style: opts.style ?? 'default', inputs: opts.inputs ?? 'auto' };
}

export function formCard(card: FormCard): AdaptiveCardJson {
  return renderCard('aanmelding/form', {
    kicker: card.kicker ?? '',
    title: card.title,
    progress: card.progress ?? '',
    intro: (card.intro ?? []).map((i) => ({ text: i.text, style: i.style ?? 'default' })),
    formError: card.formError ?? '',
    fields: card.fields,
    footer: card.footer ?? '',
    actions: card.actions,
  });
}

/** A regex for the card's own check of a text's length (the server checks again). */
export const lengthRegex = (min: number, max: number): string => (min > 0 ? `^[\\s\\S]{${min},${max}}$` : '');
