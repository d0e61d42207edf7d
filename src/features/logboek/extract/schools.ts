import { fuzzyEquals, normalise, tokens } from './text';

/** What the extractor needs to know of a school: its id, name and the names people use for it. */
export interface SchoolRef {
  id: string;
  name: string;
  shortNames: readonly string[];
}

export interface SchoolMatch {
  schoolId: string;
  confidence: number;
  start: number;
  end: number;
}

/** Words in school names that do not identify a school on their own. */
const GENERIC = new Set(['college', 'roc', 'mbo', 'school', 'scholengemeenschap', 'onderwijs', 'groep']);
const LINKING = new Set(['van', 'de', 'het', 'en', "'t", 'der', 'den', 'voor']);

interface Alias {
  words: string[];
  confidence: number;
}

function wordsOf(s: string): string[] {
  return tokens(normalise(s)).map((t) => t.word);
}

/**
 * Every way a coach might write this school: its name, the short names a beheerder entered, the
 * name without "College"/"ROC", and its initials ("Techniek College Rotterdam" → "TCR",
 * "ROC van Amsterdam" → "ROCvA").
 */
export function aliasesOf(school: SchoolRef): Alias[] {
  const out: Alias[] = [];
  const add = (words: string[], confidence: number) => {
    if (words.length === 0 || words.join('').length < 3) return;
    if (!out.some((a) => a.words.join(' ') === words.join(' '))) out.push({ words, confidence });
  };
  const nameWords = wordsOf(school.name);
  add(nameWords, 0.95);
  for (const s of school.shortNames) add(wordsOf(s), 0.9);

  const distinctive = nameWords.filter((w) => !GENERIC.has(w) && !LINKING.has(w));
  // "Graafschap College" → "graafschap"; not "ROC van Amsterdam" → "amsterdam" (a city is not a school).
  if (distinctive.length === 1 && distinctive[0]!.length >= 5 && !nameWords.some((w) => LINKING.has(w))) {
    add(distinctive, 0.85);
  }
  const parts = school.name
    .split(/\s+/)
    .map((raw) => ({ acronym: /^[A-Z]{2,}$/.test(raw), word: wordsOf(raw).join('') }))
    .filter((p) => p.word.length > 0);
  if (parts.length >= 2) {
    const initials = (ps: typeof parts) => ps.map((p) => (p.acronym ? p.word : p.word[0])).join('');
    add([initials(parts)], 0.85);
    add([initials(parts.filter((p) => !LINKING.has(p.word)))], 0.85);
  }
  return out;
}

/** "R'dam" for "Rotterdam", "A'dam" for "Amsterdam": first letter, apostrophe, the end of the word. */
function isElision(w: string, a: string): boolean {
  const m = /^(\p{L})'(\p{L}{2,})$/u.exec(w);
  return !!m && a.length > w.length && a.startsWith(m[1]!) && a.endsWith(m[2]!);
}

/** Where `alias` occurs in the text tokens; linking words in the text may be skipped ("ROC van A'dam"). */
function occurrences(textWords: string[], alias: Alias): { from: number; to: number; exact: boolean }[] {
  const found: { from: number; to: number; exact: boolean }[] = [];
  for (let i = 0; i < textWords.length; i++) {
    let j = i;
    let exact = true;
    let k = 0;
    while (k < alias.words.length && j < textWords.length) {
      const w = textWords[j]!;
      const a = alias.words[k]!;
      if (w === a) {
        k++;
        j++;
      } else if ((a.length >= 5 && fuzzyEquals(w, a)) || isElision(w, a)) {
        exact = false;
        k++;
        j++;
      } else if (k > 0 && LINKING.has(w)) {
        j++;
      } else {
        break;
      }
    }
    if (k === alias.words.length) found.push({ from: i, to: j - 1, exact });
  }
  return found;
}

/**
 * The school an update is about, among the coach's own schools. Several schools named: the first,
 * marked uncertain. None named and the coach has one school: that one, marked uncertain.
 */
export function findSchool(normalisedText: string, schools: readonly SchoolRef[]): SchoolMatch | undefined {
  const toks = tokens(normalisedText);
  const words = toks.map((t) => t.word);
  const hits: SchoolMatch[] = [];
  for (const school of schools) {
    for (const alias of aliasesOf(school)) {
      for (const occ of occurrences(words, alias)) {
        hits.push({
          schoolId: school.id,
          confidence: occ.exact ? alias.confidence : 0.7,
          start: toks[occ.from]!.start,
          end: toks[occ.to]!.end,
        });
      }
    }
  }
  if (hits.length === 0) {
    return schools.length === 1 ? { schoolId: schools[0]!.id, confidence: 0.5, start: 0, end: 0 } : undefined;
  }
  hits.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const best = hits[0]!;
  const others = new Set(hits.map((h) => h.schoolId));
  return others.size > 1 ? { ...best, confidence: Math.min(best.confidence, 0.5) } : best;
}
