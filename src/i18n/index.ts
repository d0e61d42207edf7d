import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export type Locale = 'nl' | 'en';

const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** `en-*` gets English; everything else (and nothing) gets the configured default, Dutch unless set. */
export function resolveLocale(activityLocale: string | undefined, fallback: Locale = 'nl'): Locale {
  const lang = (activityLocale ?? '').toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'nl') return 'nl';
  return fallback;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, values) => {
    const template = catalog[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
    );
  };
}
