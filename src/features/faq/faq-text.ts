import { newStemmer } from 'snowball-stemmers';
import type { FaqLocale, Programme } from './faq-entry';
import type { Synonyms } from './faq-files';

/**
 * Text analysis for retrieval, the same for questions and for the knowledge base: markup stripped, case
 * and accents folded, stop words dropped, Snowball stems, Dutch compounds split into known words, and a
 * concept token added for every synonym or abbreviation (so "bpv", "stage" and "beroepspraktijkvorming"
 * meet on "~bpv").
 */

/** Filler of a question ("kun je me vertellen wat …"): it says nothing about which entry is meant. */
const STOPWORDS: Record<FaqLocale, readonly string[]> = {
  nl: (
    'de het een en of van in op te aan met voor bij is zijn ben bent was waren wordt worden word er dat die dit ' +
    'deze wat hoe ik je jij u we wij ze zij hij mijn m jouw uw ons onze jullie mij me zich ook nog al dan als om ' +
    'uit door naar over maar wel kan kun kunt kunnen moet moeten mag mogen zal zullen zou zouden heb hebt heeft ' +
    'hebben had hadden ga gaat gaan iets eigenlijk even precies graag weet weten wil wilt willen ' +
    'vraag vraagje zo toch nou he eh hoi hallo hey hee goedemorgen goedemiddag goedenavond beste hi groet ' +
    'groetjes mvg alvast bedankt dank thanks kansenwijzer bot please pls svp aub vertel vertellen uitleggen ' +
    'leg uitleg iemand hier daar nu dus want omdat welke welk waar alle allemaal elke iedere ieder onder ' +
    'hun haar ons s t eens ergens gewoon echt heel erg houden houdt klopt hiervoor daarvoor daaronder daarbij ' +
    'via verstaan bedoelen bedoelt bedoeld tijdens'
  ).split(' '),
  en: (
    'the a an and or of in on to at with for by is are am was were be been being it this that these those what ' +
    'how i you he she we they my your our their me us do does did can could should would will shall may might ' +
    'must have has had there here which please pls hi hello hey thanks thank kansenwijzer bot tell explain ' +
    'about just really exactly question some any so as from into if then than also who'
  ).split(' '),
};
// Question words such as "wie", "waarom", "wanneer" and "hoeveel" stay: they decide between entries.

export const CONCEPT_PREFIX = '~';

interface PhraseRule {
  tokens: string[];
  concept: string;
}

/** Switches for measuring what each step is worth (bench/faq.ts); both on in production. */
export interface AnalyzerOptions {
  stemming: boolean;
  compounds: boolean;
}

export interface TermGroup {
  /** The word as typed (normalised); one unit of "how much of the question is understood". */
  word: string;
  /** Its stem, compound parts and concept tokens: the word counts as matched when any of them matches. */
  terms: string[];
  /** The word names a programme ("OA", "kennispunt"): it says which programme, not what about it. */
  programme?: boolean;
}

export interface AnalyzedQuestion {
  groups: TermGroup[];
  /** Programmes the question names ("OA", "GKDI", "transitieroute"…). */
  programmes: Set<Programme>;
}

/** Strips markup and entities, folds accents and case. */
export function normalize(text: string): string {
  return text
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, ' ')
    .replace(/€/g, ' euro ')
    .replace(/(\d)[.,](\d{3})(?!\d)/g, '$1$2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

export class TextAnalyzer {
  private readonly stopwords: Set<string>;
  private readonly stemmer: { stem(word: string): string };
  private readonly stemCache = new Map<string, string>();
  private readonly splitCache = new Map<string, string[] | null>();
  /** Single-word synonyms: word → concept tokens. */
  private readonly wordConcepts = new Map<string, string[]>();
  /** Multi-word synonyms by their first token. */
  private readonly phrases = new Map<string, PhraseRule[]>();
  private readonly conceptProgramme = new Map<string, Programme>();
  private vocabulary = new Set<string>();

  constructor(
    readonly locale: FaqLocale,
    synonyms: Synonyms,
    private readonly options: AnalyzerOptions = { stemming: true, compounds: true },
  ) {
    this.stopwords = new Set(STOPWORDS[locale]);
    this.stemmer = options.stemming
      ? newStemmer(locale === 'nl' ? 'dutch' : 'english')
      : { stem: (w: string) => w };
    for (const c of synonyms[locale]) {
      const token = `${CONCEPT_PREFIX}${c.concept}`;
      if (c.programme) this.conceptProgramme.set(token, c.programme);
      for (const term of c.terms) {
        const tokens = tokenize(term);
        const first = tokens[0];
        if (!first) continue;
        if (tokens.length === 1) {
          this.wordConcepts.set(first, [...new Set([...(this.wordConcepts.get(first) ?? []), token])]);
        } else {
          this.phrases.set(first, [...(this.phrases.get(first) ?? []), { tokens, concept: token }]);
        }
      }
    }
  }

  /** Known words that compounds may be split into: every word of the knowledge base and of the synonyms. */
  learnVocabulary(texts: Iterable<string>): void {
    const vocab = new Set<string>();
    for (const text of texts) {
      for (const t of tokenize(text))
        if (t.length >= 4 && !this.stopwords.has(t) && !/^\d+$/.test(t)) vocab.add(t);
    }
    for (const w of this.wordConcepts.keys()) if (w.length >= 3) vocab.add(w);
    this.vocabulary = vocab;
    this.splitCache.clear();
  }

  stem(word: string): string {
    let s = this.stemCache.get(word);
    if (s === undefined) {
      s = /^\d+$/.test(word) ? word : this.stemmer.stem(word);
      if (this.stemCache.size < 50_000) this.stemCache.set(word, s);
    }
    return s;
  }

  /** "begeleidingstraject" → ["begeleiding", "traject"] when both parts are known words. */
  splitCompound(word: string): string[] | undefined {
    if (!this.options.compounds || word.length < 7) return undefined;
    let parts = this.splitCache.get(word);
    if (parts === undefined) {
      parts = this.split(word, 0) ?? null;
      if (this.splitCache.size < 50_000) this.splitCache.set(word, parts);
    }
    return parts ?? undefined;
  }

  private split(word: string, depth: number): string[] | undefined {
    if (word.length < 7 || depth > 1) return undefined;
    for (let i = word.length - 3; i >= 3; i--) {
      const head = word.slice(0, i);
      if (!this.vocabulary.has(head)) continue;
      for (const link of ['', 's', 'e', 'en']) {
        if (link && !word.startsWith(link, i)) continue;
        const tail = word.slice(i + link.length);
        if (tail.length < 3) continue;
        if (this.vocabulary.has(tail)) return [head, tail];
        const rest = this.split(tail, depth + 1);
        if (rest) return [head, ...rest];
      }
    }
    return undefined;
  }

  analyze(text: string): AnalyzedQuestion {
    const tokens = tokenize(text);
    // Phrase synonyms first, on the raw sequence (they may contain stop words like "van").
    const spanConcepts: string[][] = tokens.map(() => []);
    for (let i = 0; i < tokens.length; i++) {
      for (const rule of this.phrases.get(tokens[i] ?? '') ?? []) {
        if (rule.tokens.every((t, k) => tokens[i + k] === t)) {
          for (let k = 0; k < rule.tokens.length; k++) spanConcepts[i + k]?.push(rule.concept);
        }
      }
    }
    // Words typed apart that the knowledge base writes as one ("verander lab", "kick off").
    const joined: string[][] = tokens.map(() => []);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const word = `${tokens[i]}${tokens[i + 1]}`;
      if (!this.vocabulary.has(word)) continue;
      const terms = [this.stem(word), ...(this.wordConcepts.get(word) ?? [])];
      joined[i]?.push(...terms);
      joined[i + 1]?.push(...terms);
    }
    const groups: TermGroup[] = [];
    const programmes = new Set<Programme>();
    let orphanConcepts: string[] = [];
    tokens.forEach((word, i) => {
      const phraseConcepts = spanConcepts[i] ?? [];
      if (this.stopwords.has(word) || (word.length < 2 && !/^\d$/.test(word))) {
        // A phrase made only of stop words ("op tijd" is not, "tot wanneer" is not) still counts once.
        orphanConcepts.push(...phraseConcepts);
        return;
      }
      // A word that belongs to a joined pair is read only as that pair.
      const joinedTerms = joined[i] ?? [];
      const own = joinedTerms.length > 0 ? joinedTerms : [this.stem(word)];
      const terms = new Set<string>([...own, ...phraseConcepts, ...orphanConcepts]);
      orphanConcepts = [];
      for (const c of this.wordConcepts.get(word) ?? []) terms.add(c);
      for (const part of joinedTerms.length > 0 ? [] : (this.splitCompound(word) ?? [])) {
        terms.add(this.stem(part));
        for (const c of this.wordConcepts.get(part) ?? []) terms.add(c);
      }
      groups.push({ word, terms: [...terms] });
    });
    const leftover = [...new Set(orphanConcepts)];
    if (leftover.length > 0) groups.push({ word: leftover.join(' '), terms: leftover });
    for (const g of groups) {
      for (const t of g.terms) {
        const p = this.conceptProgramme.get(t);
        if (p) {
          programmes.add(p);
          g.programme = true;
        }
      }
    }
    return { groups, programmes };
  }

  /** All terms of a text, for indexing. */
  terms(text: string): string[] {
    return this.analyze(text).groups.flatMap((g) => g.terms);
  }

  /** Words and the bot's name only, for greetings ("hoi kansenwijzer!" → "hoi"). */
  smalltalkKey(text: string): string {
    return tokenize(text)
      .filter((t) => t !== 'kansenwijzer')
      .join(' ');
  }
}
