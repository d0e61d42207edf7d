/**
 * The intervention mechanisms of the toolbox 'Gelijke kansen naar de toekomst' (DOMAIN.md). The ids
 * are stable: they appear in stored data, exports and the CLI. Labels for people live in src/i18n.
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

export const isMechanism = (v: unknown): v is Mechanism =>
  typeof v === 'string' && (MECHANISMS as readonly string[]).includes(v);
