import { DateTime } from 'luxon';
import { fuzzyEquals, numberOf, tokens, type Token } from './text';

/**
 * Dutch dates as coaches write them, resolved against "today" in the configured time zone.
 * Hand-written because chrono-node's Dutch parser scored 69 % on our labelled set (it misses
 * "eergisteren", reads "afgelopen vrijdag" forward and "5-3" not at all); see docs/logboek.md.
 */

export interface DateMatch {
  /** YYYY-MM-DD */
  date: string;
  confidence: number;
  start: number;
  end: number;
  /** The text gave the year ("10-03-2026"), rather than it being inferred. */
  hasYear?: boolean;
}

const MONTHS: [string[], number][] = [
  [['januari', 'jan'], 1],
  [['februari', 'feb', 'febr', 'febuari'], 2],
  [['maart', 'mrt', 'mar'], 3],
  [['april', 'apr'], 4],
  [['mei'], 5],
  [['juni', 'jun'], 6],
  [['juli', 'jul'], 7],
  [['augustus', 'aug'], 8],
  [['september', 'sep', 'sept'], 9],
  [['oktober', 'okt', 'oct'], 10],
  [['november', 'nov'], 11],
  [['december', 'dec'], 12],
];

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const DAY_PARTS = ['ochtend', 'morgen', 'middag', 'avond', 'nacht'];

/** Days relative to today, with the word forms and typos people use. */
const RELATIVE_DAYS: [string[], number][] = [
  [['vandaag', 'vanochtend', 'vanmorgen', 'vanmiddag', 'vanavond', 'vannacht'], 0],
  [['gisteren', 'gister', 'gisteravond', 'gistermiddag', 'gisterochtend', 'gistermorgen'], -1],
  [['eergisteren', 'eergister'], -2],
  [['morgen'], 1],
  [['overmorgen'], 2],
];

function monthOf(word: string): number | undefined {
  for (const [names, month] of MONTHS) {
    if (names.includes(word)) return month;
    if (word.length >= 5 && fuzzyEquals(word, names[0]!)) return month;
  }
  return undefined;
}

/** 1 (Monday) … 7 (Sunday) for "dinsdag", "dinsdagmiddag", "dinsdg"; undefined otherwise. */
export function weekdayOf(word: string): number | undefined {
  for (let i = 0; i < WEEKDAYS.length; i++) {
    const name = WEEKDAYS[i]!;
    if (fuzzyEquals(word, name)) return i + 1;
    for (const part of DAY_PARTS) {
      if (word === name + part) return i + 1;
    }
  }
  return undefined;
}

function relativeDayOf(word: string): number | undefined {
  for (const [forms, offset] of RELATIVE_DAYS) {
    if (forms.includes(word)) return offset;
  }
  // Typos only where no other word is one edit away ("vandaag" would also catch "vandaan").
  if (fuzzyEquals(word, 'eergisteren')) return -2;
  if (fuzzyEquals(word, 'gisteren')) return -1;
  return undefined;
}

const iso = (d: DateTime): string => d.toISODate() ?? '';

/** A day-month without a year is the nearest one that is not more than a month ahead. */
function withYear(today: DateTime, month: number, day: number, year?: number): DateTime | undefined {
  if (year !== undefined) {
    const y = year < 100 ? 2000 + year : year;
    const d = DateTime.fromObject({ year: y, month, day }, { zone: today.zone });
    return d.isValid ? d : undefined;
  }
  const d = DateTime.fromObject({ year: today.year, month, day }, { zone: today.zone });
  if (!d.isValid) return undefined;
  return d > today.plus({ days: 30 }) ? d.minus({ years: 1 }) : d;
}

function absoluteDates(text: string, today: DateTime): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (d: DateTime | undefined, m: RegExpMatchArray, confidence: number, hasYear = false) => {
    if (d && m.index !== undefined) {
      out.push({ date: iso(d), confidence, start: m.index, end: m.index + m[0].length, hasYear });
    }
  };
  for (const m of text.matchAll(/\b(20\d{2})-(\d{1,2})-(\d{1,2})\b/g)) {
    push(withYear(today, Number(m[2]), Number(m[3]), Number(m[1])), m, 0.95, true);
  }
  for (const m of text.matchAll(/(?<![\d-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d-])/g)) {
    push(withYear(today, Number(m[2]), Number(m[1]), Number(m[3])), m, 0.95, true);
  }
  // "5-3", "9/3": day first, as in Dutch. Not a range like "9-12 jaar" (month must exist).
  for (const m of text.matchAll(
    /(?<![\d\-/.])(\d{1,2})[-/](\d{1,2})(?![\d\-/.]|\s*(?:jaar|jarig|uur|%|studenten|deelnemers))/g,
  )) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1) push(withYear(today, month, day), m, 0.8);
  }
  for (const m of text.matchAll(/\b(\d{1,2})(?:e|ste|de)?\s+([a-z]{3,10})\.?(?:\s+(20\d{2}))?\b/g)) {
    const month = monthOf(m[2]!);
    if (month === undefined) continue;
    push(withYear(today, month, Number(m[1]), m[3] ? Number(m[3]) : undefined), m, 0.95, !!m[3]);
  }
  return out;
}

function relativeDates(text: string, today: DateTime): DateMatch[] {
  const toks = tokens(text);
  const out: DateMatch[] = [];
  const word = (i: number): string => toks[i]?.word ?? '';
  const span = (from: Token, to: Token, date: DateTime, confidence: number): DateMatch => ({
    date: iso(date),
    confidence,
    start: from.start,
    end: to.end,
  });

  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const rel = relativeDayOf(tok.word);
    if (rel !== undefined) {
      // "morgen" directly after "van" is "van morgen" (this morning).
      const offset = rel === 1 && word(i - 1) === 'van' ? 0 : rel;
      out.push(span(tok, tok, today.plus({ days: offset }), offset > 0 ? 0.7 : 0.9));
      continue;
    }

    const wd = weekdayOf(tok.word);
    if (wd !== undefined) {
      const before = word(i - 1);
      const before2 = `${word(i - 2)} ${word(i - 1)}`;
      const after = word(i + 1);
      const after2 = `${word(i + 1)} ${word(i + 2)}`;
      let start = tok;
      let end = tok;
      let date: DateTime;
      let confidence = 0.9;
      const weekStart = today.startOf('week');
      if (before2 === 'vorige week' || after2 === 'vorige week' || before2 === 'afgelopen week') {
        date = weekStart.minus({ weeks: 1 }).plus({ days: wd - 1 });
        if (before2.endsWith('week')) start = toks[i - 2]!;
        else end = toks[i + 2]!;
      } else if (before2 === 'deze week' || after2 === 'deze week') {
        date = weekStart.plus({ days: wd - 1 });
      } else if (['komende', 'volgende', 'aanstaande'].includes(before) || after === 'as') {
        const ahead = (wd - today.weekday + 7) % 7 || 7;
        date = today.plus({ days: ahead });
      } else if (['afgelopen', 'vorige', 'jl', 'jongstleden', 'laatst'].includes(before) || after === 'jl') {
        const back = (today.weekday - wd + 7) % 7 || 7;
        date = today.minus({ days: back });
        if (before === 'afgelopen' || before === 'vorige') start = toks[i - 1]!;
      } else {
        // A bare weekday in an update is the most recent one (today included).
        date = today.minus({ days: (today.weekday - wd + 7) % 7 });
        confidence = 0.75;
      }
      out.push(span(start, end, date, confidence));
      continue;
    }

    // "3 dagen geleden", "twee weken geleden", "een week geleden"
    if (word(i + 2) === 'geleden' && /^(dag|dagen|week|weken)$/.test(word(i + 1))) {
      const n = tok.word === 'een' ? 1 : numberOf(tok.word);
      if (n !== undefined && n <= 60) {
        const days = word(i + 1).startsWith('dag') ? n : n * 7;
        out.push(span(tok, toks[i + 2]!, today.minus({ days }), days > 7 ? 0.6 : 0.85));
      }
      continue;
    }
    // "vorige week" / "afgelopen week" without a day: some day that week, to be checked.
    if (
      (tok.word === 'vorige' || tok.word === 'afgelopen') &&
      word(i + 1) === 'week' &&
      weekdayOf(word(i + 2)) === undefined
    ) {
      out.push(span(tok, toks[i + 1]!, today.startOf('week').minus({ weeks: 1 }), 0.4));
    }
  }
  return out;
}

/**
 * The date an update is about, or undefined. An absolute date wins over a relative one; among
 * equals the first. `text` must be normalised (see normalise()).
 */
export function findDate(text: string, today: DateTime): { match?: DateMatch; spans: DateMatch[] } {
  const spans = [...absoluteDates(text, today), ...relativeDates(text, today)].sort(
    (a, b) => a.start - b.start,
  );
  const best = [...spans].sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0];
  return { match: best, spans };
}

/**
 * A date ahead, as in "pauzeer tot 1 april": without a year, the next such day (today or later).
 * Relative words count too ("morgen", "komende vrijdag"). `text` must be normalised.
 */
export function findFutureDate(text: string, today: DateTime): string | undefined {
  const [abs] = absoluteDates(text, today);
  if (abs) {
    const d = DateTime.fromISO(abs.date, { zone: today.zone });
    return iso(!abs.hasYear && d < today ? d.plus({ years: 1 }) : d);
  }
  return relativeDates(text, today)[0]?.date;
}
