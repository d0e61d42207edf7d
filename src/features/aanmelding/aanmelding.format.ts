import { DateTime } from 'luxon';
import { translator, type Locale, type Translate } from '../../i18n';

const INTL: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Texts, dates, amounts and scores in one person's language, with dates in the round's time zone. */
export class Formatter {
  readonly t: Translate;

  constructor(
    readonly locale: Locale,
    readonly zone = 'Europe/Amsterdam',
  ) {
    this.t = translator(locale);
  }

  /** "14 mei 2021, 23:59" */
  dateTime(iso: string): string {
    return DateTime.fromISO(iso, { zone: 'utc' })
      .setZone(this.zone)
      .setLocale(INTL[this.locale])
      .toFormat(this.locale === 'nl' ? "d MMMM yyyy', 'HH:mm" : "d MMMM yyyy', 'HH:mm");
  }

  /** "28 mei 2021" for a calendar date (yyyy-mm-dd) or an instant. */
  date(value: string): string {
    const dt = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? DateTime.fromISO(value, { zone: this.zone })
      : DateTime.fromISO(value, { zone: 'utc' }).setZone(this.zone);
    return dt.setLocale(INTL[this.locale]).toFormat('d MMMM yyyy');
  }

  /** "€ 25.000" / "€25,000" */
  euro(amount: number): string {
    return new Intl.NumberFormat(INTL[this.locale], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(amount);
  }

  /** "3,6" / "3.6" */
  score(value: number | undefined): string {
    if (value === undefined) return '–';
    return new Intl.NumberFormat(INTL[this.locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  }

  /** Cuts long text for a card, on a word boundary where possible. */
  static clip(text: string, max: number): string {
    if (text.length <= max) return text;
    const cut = text.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()} …`;
  }
}
