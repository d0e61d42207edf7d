import { numberOf, tokens } from './text';

export interface ParticipantsMatch {
  count: number;
  confidence: number;
}

/** Nouns for people (stems; plural and typos via prefix match). */
const PEOPLE = [
  'student',
  'stdnt',
  'stud',
  'leerling',
  'deelnem',
  'deelneemster',
  'docent',
  'leraar',
  'leraren',
  'mentor',
  'collega',
  'mensen',
  'personen',
  'persoon',
  'pers',
  'man',
  'werkgever',
  'ondernemer',
  'leidinggevende',
  'schoolleider',
  'teamleider',
  'directeur',
  'directieleden',
  'coach',
  'loopbaanbegeleider',
  "lob'er",
  'lober',
  'praktijkopleider',
  'begeleider',
  'ouder',
  'moeder',
  'vader',
  'meiden',
  'jongens',
  'jongeren',
  'eerstejaars',
  'tweedejaars',
  'derdejaars',
  'medewerker',
  'recruiter',
  'professional',
  'bezoeker',
  'aanwezige',
  'gast',
  'gasten',
  'vrijwilliger',
  'ambassadeur',
  'rolmodel',
  'trainee',
  'cursist',
  'adviseur',
  'beleidsadviseur',
];

/** Organisations: counted only when no people are ("HR van 6 leerbedrijven"). */
const ORGANISATIONS = ['bedrijf', 'bedrijven', 'organisatie', 'organisaties', 'instelling', 'instellingen'];

/** Groups: "3 groepen studenten" is not three people. */
const GROUPS = /^(groep|groepen|klas|klassen|teams?|workshops?|sessies?|rondes?|lessen)$/;

/** Words that make the number something else: "fase 2", "niveau 2", "veranderlab 1", "week 3". */
const NOT_A_COUNT_BEFORE = new Set([
  'fase',
  'niveau',
  'veranderlab',
  'week',
  'lab',
  'klas',
  'jaar',
  'bezoek',
  'nummer',
  'nr',
]);

/** A noun plus a plural ending: "docent-en", "collega-'s", "deelnem-ers"; not "gast-les" or "ouder-avond". */
const PLURAL = /^(s|n|en|'s|es|len|ers|sters?)$/;
const isPerson = (w: string): boolean =>
  PEOPLE.some((p) => w === p || (w.startsWith(p) && PLURAL.test(w.slice(p.length))));
const isOrganisation = (w: string): boolean =>
  ORGANISATIONS.some((o) => w === o || (w.endsWith(o) && w.length > o.length) || w === `${o}en`);

/**
 * How many people took part: the sum of the people counted ("6 leidinggevenden + 2 coaches" = 8),
 * or the count after "samen"/"totaal" when given. Numbers inside `excluded` spans (dates) are skipped.
 */
export function findParticipants(
  normalisedText: string,
  excluded: readonly { start: number; end: number }[] = [],
): ParticipantsMatch | undefined {
  // "1.200" stays one token; tokens() would split it at the dot.
  const text = normalisedText.replace(/(\d)\.(\d{3})\b/g, '$1$2');
  const toks = tokens(text);
  const isExcluded = (i: number): boolean =>
    excluded.some((e) => toks[i]!.start < e.end && toks[i]!.end > e.start);
  const people: number[] = [];
  const orgs: number[] = [];
  let total: number | undefined;
  for (let i = 0; i < toks.length; i++) {
    if (isExcluded(i)) continue;
    const n = numberOf(toks[i]!.word);
    if (n === undefined || n === 0) {
      // "docenten (11)": a count in brackets after the noun.
      const next = toks[i + 1];
      if (next && isPerson(toks[i]!.word) && /^\d+$/.test(next.word) && text[next.start - 1] === '(') {
        people.push(Number(next.word));
        i++;
      }
      continue;
    }
    // "fase 2", "veranderlab 1" — but not "veranderlab, 9 deelnemers".
    const prevTok = toks[i - 1];
    if (
      prevTok &&
      NOT_A_COUNT_BEFORE.has(prevTok.word) &&
      /^\s*$/.test(text.slice(prevTok.end, toks[i]!.start))
    )
      continue;
    // The noun may follow after up to two words: "16 jonge moeders", "8 hr mensen".
    for (let k = 1; k <= 3; k++) {
      const w = toks[i + k]?.word;
      if (w === undefined) break;
      if (isPerson(w)) {
        const prev = toks[i - 1]?.word ?? '';
        if (prev === 'samen' || prev === 'totaal') total = n;
        people.push(n);
        break;
      }
      if (isOrganisation(w)) {
        orgs.push(n);
        break;
      }
      if (numberOf(w) !== undefined || GROUPS.test(w)) break;
    }
  }
  if (total !== undefined) return { count: total, confidence: 0.9 };
  if (people.length === 1) return { count: people[0]!, confidence: 0.9 };
  if (people.length > 1) return { count: people.reduce((a, b) => a + b, 0), confidence: 0.7 };
  if (orgs.length > 0) return { count: orgs[0]!, confidence: 0.6 };
  return undefined;
}
