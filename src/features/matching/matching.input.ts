import {
  MAX_CAPACITY,
  MECHANISM_IDS,
  MIN_CAPACITY,
  isSchoolType,
  isThemeId,
  toPhase,
  WEIGHT_KEYS,
  weightsProblem,
  type GezelCandidate,
  type LeermeesterCandidate,
  type MatchCandidate,
  type ThemeId,
  type Weights,
} from '../../domain/matching';
import type { MessageKey } from '../../i18n';

/** One thing wrong with one field; `values` fill the message's placeholders. */
export interface InputProblem {
  field: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}

export const MAX_TEXT = 120;
/** Untrusted card data as an object ({} for anything else). */
export const record = (raw: unknown): Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
/** Untrusted card data as a trimmed string cut to `max` ('' for anything else). */
export const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');

function text(r: Record<string, unknown>, field: string): string | undefined {
  const v = r[field];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v.trim() : undefined;
}

/** Shows a bad value in a message without letting a huge or odd value flood it. */
export const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** Themes as a list, or a string split on , ; | (CSV cells, multi-select card values). */
export function themeList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') {
    return v
      .split(/[,;|]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  return v === undefined || v === null ? [] : [v];
}

function checkText(
  r: Record<string, unknown>,
  field: string,
  missing: MessageKey,
  problems: InputProblem[],
  required = true,
): string {
  const v = text(r, field);
  if (v === undefined || v === '') {
    if (required) problems.push({ field, key: missing });
    return '';
  }
  if (v.length > MAX_TEXT) problems.push({ field, key: 'matching.input.tooLong', values: { max: MAX_TEXT } });
  return v.slice(0, MAX_TEXT);
}

/**
 * Checks what the rule needs of a person (JSON object, CSV row or card submit) and reports every
 * problem at once. Unknown fields are ignored.
 */
export function checkCandidate(
  raw: unknown,
  kind: 'leermeester' | 'gezel',
): { candidate?: LeermeesterCandidate | GezelCandidate; problems: InputProblem[] } {
  const r = record(raw);
  const problems: InputProblem[] = [];
  const id = checkText(r, 'id', 'matching.input.idMissing', problems);
  const name = checkText(r, 'name', 'matching.input.tooLong', problems, false) || id;
  const school = checkText(r, 'school', 'matching.input.schoolMissing', problems);
  const board = checkText(r, 'board', 'matching.input.tooLong', problems, false);
  const region = checkText(r, 'region', 'matching.input.regionMissing', problems);

  const schoolType = text(r, 'schoolType')?.toLowerCase();
  if (!isSchoolType(schoolType)) {
    problems.push({
      field: 'schoolType',
      key: 'matching.input.schoolType',
      values: { value: shown(r.schoolType ?? '') },
    });
  }
  const rawThemes = themeList(r.themes);
  const themes: ThemeId[] = [];
  for (const t of rawThemes) {
    const id = typeof t === 'string' ? t.trim().toLowerCase() : t;
    if (isThemeId(id)) {
      if (!themes.includes(id)) themes.push(id);
    } else {
      problems.push({
        field: 'themes',
        key: 'matching.input.theme',
        values: { value: shown(t), known: MECHANISM_IDS.join(', ') },
      });
    }
  }
  if (rawThemes.length > 20) problems.push({ field: 'themes', key: 'matching.input.tooManyThemes' });
  const phase = toPhase(r.phase);
  if (!phase)
    problems.push({ field: 'phase', key: 'matching.input.phase', values: { value: shown(r.phase ?? '') } });

  let capacity = 0;
  if (kind === 'leermeester') {
    const c = typeof r.capacity === 'string' && r.capacity.trim() !== '' ? Number(r.capacity) : r.capacity;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < MIN_CAPACITY || c > MAX_CAPACITY) {
      problems.push({
        field: 'capacity',
        key: 'matching.input.capacity',
        values: { value: shown(r.capacity ?? ''), min: MIN_CAPACITY, max: MAX_CAPACITY },
      });
    } else capacity = c;
  }
  if (problems.length > 0 || !phase || !isSchoolType(schoolType)) return { problems };
  const base: MatchCandidate = {
    id,
    name,
    school,
    board: board || undefined,
    region,
    schoolType,
    themes,
    phase,
  };
  if (kind === 'leermeester') return { candidate: { ...base, capacity }, problems };
  const priority = r.priority === true || r.priority === 'true';
  return { candidate: priority ? { ...base, priority } : base, problems };
}

/** Weights as whole percentages (50) or fractions (0.5); all four, adding up to 100. */
export function checkWeights(raw: unknown): { weights?: Weights; problems: InputProblem[] } {
  const r = record(raw);
  const values = WEIGHT_KEYS.map((k) => r[k]);
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
    return { problems: [{ field: 'weights', key: 'matching.input.weightsShape' }] };
  }
  const nums = values as number[];
  const asFractions = nums.every((v) => v <= 1) && Math.abs(nums.reduce((a, b) => a + b, 0) - 1) < 1e-9;
  const pct = nums.map((v) => (asFractions ? Math.round(v * 100 * 1e6) / 1e6 : v));
  const weights: Weights = { theme: pct[0]!, region: pct[1]!, phase: pct[2]!, schoolType: pct[3]! };
  const problem = weightsProblem(weights);
  if (problem === 'notWhole') return { problems: [{ field: 'weights', key: 'matching.input.weightsWhole' }] };
  if (problem === 'sum') return { problems: [{ field: 'weights', key: 'matching.input.weightsSum' }] };
  return { weights, problems: [] };
}
