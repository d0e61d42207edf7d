/** Text helpers shared by the extractors: one normal form, tokens with positions, typo distance. */

/** Lower case, accents removed, typographic quotes and dashes made plain; same length as the input. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-');
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words (letters, digits, apostrophes inside a word) with their offsets in the normalised text. */
export function tokens(normalised: string): Token[] {
  const out: Token[] = [];
  for (const m of normalised.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevRow2 = prev2;
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prevRow2[j - 2]! + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevRow2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A typo-tolerant word match: exact for short words, one edit from 5 letters, two from 9. */
export function fuzzyEquals(word: string, target: string): boolean {
  if (word === target) return true;
  const allowed = target.length >= 9 ? 2 : target.length >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(word, target, allowed) <= allowed;
}

const UNITS: Record<string, number> = {
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const WORDS: Record<string, number> = {
  ...UNITS,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

/** "24", "1.200", "twintig", "vijfentwintig"; "een" is left out: it is far more often the article. */
export function numberOf(word: string): number | undefined {
  if (/^\d{1,3}(\.\d{3})+$/.test(word)) return Number(word.replace(/\./g, ''));
  if (/^\d+$/.test(word)) return Number(word);
  if (word in WORDS) return WORDS[word];
  const m =
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
      word,
    );
  if (m) return (m[1] === 'een' ? 1 : UNITS[m[1]!]!) + WORDS[m[2]!]!;
  return undefined;
}
