/**
 * The intervention logbook: what coaches did with their schools, as the researchers need it.
 * Identifiers here are stable (DOMAIN.md): they appear in stored data, exports and the CLI.
 */

export const MECHANISMS = [
  'empowerment',
  'zoekgedrag',
  'student-kent-werkgever',
  'werkgever-kent-student',
  'objectief-werven',
  'omstander',
  'sociale-normen',
  'bewustwording',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** Official labels (toolbox 'Gelijke kansen naar de toekomst'); exports carry them next to the id. */
export const MECHANISM_LABELS: Record<Mechanism, string> = {
  empowerment: 'Effectiviteit en empowerment',
  zoekgedrag: 'Ondersteuning bij basis-zoekgedrag naar werk',
  'student-kent-werkgever': 'Student leert de werkgever kennen (werkervaring en netwerk)',
  'werkgever-kent-student': 'Werkgever leert de student kennen',
  'objectief-werven': 'Objectief werven en selecteren',
  omstander: "Het gesprek aangaan als 'omstander'",
  'sociale-normen': 'Sociale normen',
  bewustwording: 'Bewustwording',
};

export const PHASES = ['orienteren', 'ontwerpen', 'ontwikkelen', 'ontvouwen', 'borgen'] as const;
export type Phase = (typeof PHASES)[number];

export const ACTIVITY_TYPES = [
  'training',
  'gastles',
  'bedrijfsbezoek',
  'veranderlab',
  'schoolbezoek',
  'netwerkbijeenkomst',
  'intake',
  'overleg',
  'anders',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Programme targets (OnderwijsAlliantie plan): two veranderlabs per school, three leadership visits a year. */
export const TARGETS = { veranderlabs: 2, leadershipVisitsPerYear: 3 } as const;

export const isMechanism = (v: unknown): v is Mechanism =>
  typeof v === 'string' && (MECHANISMS as readonly string[]).includes(v);
export const isPhase = (v: unknown): v is Phase =>
  typeof v === 'string' && (PHASES as readonly string[]).includes(v);
export const isActivityType = (v: unknown): v is ActivityType =>
  typeof v === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(v);
