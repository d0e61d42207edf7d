import type { MessageKey, Translate } from '../i18n';

export type FieldErrors = Partial<Record<string, MessageKey>>;

/**
 * The texts a form card shows after a rejected submit: a summary line and one message per listed
 * field ('' when fine), so every `${errors.x}` in the template resolves.
 */
export function formErrorTexts(
  t: Translate,
  errors: FieldErrors,
  fields: readonly string[],
  /** Replaces the summary line, e.g. when the store was down and the input came back to retry. */
  formError?: MessageKey,
): { formError: string; errors: Record<string, string> } {
  const texts: Record<string, string> = {};
  for (const field of fields) {
    const key = errors[field];
    texts[field] = key ? t(key) : '';
  }
  const summary = formError ? t(formError) : Object.keys(errors).length > 0 ? t('error.validation') : '';
  return { formError: summary, errors: texts };
}

/** What a card input sent, if it is text, cut to `max` (card data is untrusted); '' otherwise. */
export const inputText = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
