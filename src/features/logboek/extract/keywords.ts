import type { ActivityType, Mechanism, Phase } from '../../../domain/logboek';

/** Cues are regular expressions over the normalised text (lower case, no accents). */
type Cue = [RegExp, number];

/**
 * What coaches write when an activity works on a mechanism. Weight 2 = names the mechanism or a
 * typical intervention; 1 = a hint that needs company.
 */
const MECHANISM_CUES: Record<Mechanism, Cue[]> = {
  empowerment: [
    [/empower/, 2],
    [
      /zelfvertrouwen|zelfbeeld|zelfeffectiv|eigen kracht|weerbaar|in jezelf geloven|geloof in jezelf|veerkracht/,
      2,
    ],
    [/effectivit|effectief jezelf|jezelf presenteren|mindset|talent|doorzett/, 1],
  ],
  zoekgedrag: [
    [/zoekgedrag/, 2],
    [/soll?ic{1,2}i?t|solicit/, 2],
    [
      /linkedin|vacature|\bcv\b|cv schrijven|stage zoeken|zoeken naar (een )?(stage|baan|werk)|baan zoeken|werk zoeken/,
      2,
    ],
    [/sollicitatiebrief|\bbrief\b/, 1],
  ],
  'student-kent-werkgever': [
    [/bedrijfsbezoek|snuffelstage|meeloop|excursie|werkervaring|werkbezoek/, 2],
    [/op bezoek (geweest )?bij|liepen .{0,30}\bmee\b|bezoek bij (een|het) \w*bedrijf/, 2],
    [/gastles door (een |de )?(ondernemer|werkgever|hr|medewerker|\w*manager)/, 2],
    [/\bnetwerken\b|ondernemer|bouwbedrijf|transportbedrijf|bedrijven bezocht/, 1],
  ],
  'werkgever-kent-student': [
    [
      /werkgever\w* (leren|leerden) .{0,30}kennen|leren .{0,20}studenten kennen|kennis (laten )?maken met (onze |de )?student/,
      2,
    ],
    [/speeddate|pitch|matchmiddag|matchmaking|werkgeversontbijt|portfolio|presenteerden/, 2],
    [
      /kennis\w* (gemaakt |maakten |maken )?met .{0,20}student|studenten te leren kennen|werkgevers? .{0,20}(aan|op|naar) (de |onze )?(opleiding|school|les)\b/,
      2,
    ],
    [/netwerklunch|werkgevers? op (school|bezoek)|leerbedrijvenavond|werkgeversavond/, 1],
  ],
  'objectief-werven': [
    [/objectie(f|ve)|werving en selectie|anoniem/, 2],
    [/\bwerven\b|werving|selecter|selectie|recruit/, 1],
    [/\bhr\b|stagematching|beoordelen bij/, 1],
  ],
  omstander: [
    [/omstander|bystander/, 2],
    [
      /ingrijpen|grijp\w* .{0,15}\bin\b|gesprek aan(gaan|gaat)|kwetsende opmerking|aanspreken|discriminerende (grap|opmerking)|discriminatie melden/,
      2,
    ],
  ],
  'sociale-normen': [
    [/sociale normen|groepsnorm|normen en waarden/, 2],
    [/\bnormen\b|gedragscode|verwachtingen/, 1],
  ],
  bewustwording: [
    [/bewustwording|vooroordel|onbewuste|\bbias|stereotyp|privilege/, 2],
    [/\bbewust\b|discriminatie/, 1],
  ],
};

export interface KeywordMatch<T> {
  value: T;
  confidence: number;
}

function score(text: string, cues: Cue[]): number {
  return cues.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0);
}

export function findMechanism(text: string): KeywordMatch<Mechanism> | undefined {
  const ranked = (Object.entries(MECHANISM_CUES) as [Mechanism, Cue[]][])
    .map(([m, cues]) => ({ m, s: score(text, cues) }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s);
  const [best, second] = ranked;
  if (!best) return undefined;
  const margin = best.s - (second?.s ?? 0);
  const confidence = margin === 0 ? 0.4 : best.s >= 2 && margin >= 2 ? 0.9 : best.s >= 2 ? 0.7 : 0.5;
  return { value: best.m, confidence };
}

/** In order of precedence when two cues start at the same place ("reflectiegesprek" is a visit). */
const ACTIVITY_CUES: [ActivityType, RegExp][] = [
  ['veranderlab', /veranderlab/],
  ['intake', /intake|vraagarticulatie|routekaart|orientatiegesprek|kennismakingsgesprek/],
  [
    'schoolbezoek',
    /schoolbezoek|leiderschapsbezoek|leidinggevendenbezoek|reflectiebezoek|reflectiegesprek|directiebezoek/,
  ],
  [
    'bedrijfsbezoek',
    /bedrijfsbezoek|excursie|meeloop|snuffelstage|werkbezoek|op bezoek (geweest )?bij|liepen .{0,30}\bmee\b/,
  ],
  ['gastles', /gastles|gastcollege|gastspreker/],
  [
    'training',
    /training|workshop|scholing|cursus|sessie|masterclass|studiedag|getraind|geoefend|oefensessie/,
  ],
  [
    'netwerkbijeenkomst',
    /netwerk\w*bijeenkomst|netwerklunch|leernetwerk|speeddate|pitch|matchmiddag|werkgeversontbijt|regiobijeenkomst|bijeenkomst|(leerbedrijven|werkgevers|bedrijven|netwerk)avond/,
  ],
  ['overleg', /overleg|projectgroep|werkgroep|gesprek|vergadering|meeting|afstemming/],
  ['schoolbezoek', /reflectie|bezoek aan (de )?(directie|school)/],
  ['anders', /ouder\w*(avond|bijeenkomst)|open dag|campagne gestart/],
];

/** The activity named first; a cue at the same place is decided by the order above. */
export function findActivityType(text: string): KeywordMatch<ActivityType> | undefined {
  let best: { type: ActivityType; at: number; rank: number } | undefined;
  ACTIVITY_CUES.forEach(([type, re], rank) => {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at || (m.index === best.at && rank < best.rank))) {
      best = { type, at: m.index, rank };
    }
  });
  if (!best) return undefined;
  const found = best;
  const others = new Set(ACTIVITY_CUES.filter(([, re]) => re.test(text)).map(([t]) => t));
  return { value: found.type, confidence: others.size > 1 ? 0.7 : 0.9 };
}

/** A phase only when the coach names it: "fase 2", "ontwerpfase", "op naar ontwikkelen", "borging". */
const PHASE_CUES: [Phase, RegExp][] = [
  ['orienteren', /fase:?\s*(1|een)\b|orientatiefase|orienterende fase|(fase|nu|naar|in de):?\s*orient/],
  ['ontwerpen', /fase:?\s*(2|twee)\b|ontwerpfase|(fase|nu|naar|richting|zitten in( de)?):?\s*ontwerp/],
  ['ontwikkelen', /fase:?\s*(3|drie)\b|ontwikkelfase|(fase|nu|naar|richting|zitten in( de)?):?\s*ontwikkel/],
  ['ontvouwen', /fase:?\s*(4|vier)\b|ontvouw|uitrolfase|implementatiefase/],
  ['borgen', /fase:?\s*(5|vijf)\b|\bborg(en|ing|ingsfase)\b/],
];

export function findPhase(text: string): KeywordMatch<Phase> | undefined {
  const hits = PHASE_CUES.filter(([, re]) => re.test(text)).map(([p]) => p);
  if (hits.length === 0) return undefined;
  return { value: hits[hits.length - 1]!, confidence: hits.length === 1 ? 0.85 : 0.5 };
}
