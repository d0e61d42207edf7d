/**
 * Stable identifiers of the programmes (shared/DOMAIN.md): the toolbox mechanisms and the phases of a
 * school's work. One list for every feature; they appear in stored data, exports and the CLI.
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

export const isMechanism = (v: unknown): v is Mechanism =>
  typeof v === 'string' && (MECHANISMS as readonly string[]).includes(v);
export const isPhase = (v: unknown): v is Phase =>
  typeof v === 'string' && (PHASES as readonly string[]).includes(v);
