import { parse, CsvError } from 'csv-parse/sync';
import type { MatchingRepository, MatchProfile } from '../../domain/matching-records';
import type { SchoolRepository } from '../../domain/repositories';
import type { Translate } from '../../i18n';
import { detectDelimiter } from '../admin/school-import';
import { checkCandidate, shown } from './matching.input';

export const PROFILE_COLUMNS = [
  'id',
  'name',
  'role',
  'school',
  'board',
  'region',
  'schoolType',
  'themes',
  'phase',
  'capacity',
  'available',
] as const;

const MAX_ROWS = 5000;
const ID = /^[^/\\?#\s]{1,80}$/;

export type ProfileImportResult =
  | { ok: true; created: number; updated: number; profiles: { line: number; id: string; name: string }[] }
  | { ok: false; problems: string[] };

interface Row {
  line: number;
  raw: Record<string, unknown>;
}

function csvRows(t: Translate, text: string): { rows: Row[]; problems: string[] } {
  const problems: string[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = err instanceof CsvError ? (err as CsvError & { lines?: number }).lines : undefined;
    return { rows: [], problems: [t('matching.import.csvBroken', { line: line ?? '?' })] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [t('matching.import.empty')] };
  const columns = header.record.map((c) => c.trim());
  const unknown = columns.filter((c) => !(PROFILE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0 || !columns.includes('id')) {
    problems.push(
      t('matching.import.header', { unknown: unknown.join(', ') || '-', known: PROFILE_COLUMNS.join(', ') }),
    );
    return { rows: [], problems };
  }
  const rows = body.map(({ record, info }) => {
    if (record.length !== columns.length) {
      problems.push(
        t('matching.import.line', {
          line: info.lines,
          message: t('matching.import.columns', { count: record.length, expected: columns.length }),
        }),
      );
    }
    return { line: info.lines, raw: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) };
  });
  return { rows, problems };
}

function jsonRows(t: Translate, text: string): { rows: Row[]; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { rows: [], problems: [t('matching.import.jsonBroken')] };
  }
  const list = Array.isArray(value) ? value : (value as { profiles?: unknown } | null)?.profiles;
  if (!Array.isArray(list)) return { rows: [], problems: [t('matching.import.jsonShape')] };
  // "line" is the position in the list (1-based) for JSON.
  return {
    rows: list.map((raw, i) => ({
      line: i + 1,
      raw: typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {},
    })),
    problems: [],
  };
}

/** A cell as text; objects and lists (JSON) are not text. */
const cell = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const ROLE_WORDS: Record<string, { asLeermeester: boolean; asGezel: boolean }> = {
  leermeester: { asLeermeester: true, asGezel: false },
  gezel: { asLeermeester: false, asGezel: true },
  beide: { asLeermeester: true, asGezel: true },
  both: { asLeermeester: true, asGezel: true },
};

/**
 * Imports profiles (CSV or JSON). Every row is checked first and every problem is reported by line;
 * with any problem nothing is written. If a write fails halfway, the rows already written are put
 * back as they were, so nothing half-imported is left.
 */
export async function importProfiles(
  t: Translate,
  text: string,
  format: 'csv' | 'json',
  deps: { repo: MatchingRepository; schools: SchoolRepository; now: () => Date },
  opts: { dryRun?: boolean } = {},
): Promise<ProfileImportResult> {
  const { rows, problems } = format === 'json' ? jsonRows(t, text) : csvRows(t, text);
  if (rows.length > MAX_ROWS)
    return { ok: false, problems: [t('matching.import.tooMany', { max: MAX_ROWS })] };
  const schools = new Map((await deps.schools.list()).map((s) => [s.id, s]));
  const planned: { line: number; profile: MatchProfile }[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw } of rows) {
    const at = (message: string) => problems.push(t('matching.import.line', { line, message }));
    const role = ROLE_WORDS[cell(raw.role).trim().toLowerCase()];
    if (!role) at(t('matching.import.role', { value: shown(raw.role ?? '') }));
    const id = cell(raw.id).trim().toLowerCase();
    if (!ID.test(id)) at(t('matching.import.id', { value: shown(raw.id ?? '') }));
    const school = schools.get(cell(raw.school).trim());
    const filled = { ...raw, board: raw.board || school?.board, region: raw.region || school?.region };
    const { candidate, problems: found } = checkCandidate(
      role?.asLeermeester ? filled : { ...filled, capacity: 1 },
      'leermeester',
    );
    for (const p of found) at(`${p.field}: ${t(p.key, p.values)}`);
    if (raw.school && !school) at(t('matching.import.unknownSchool', { value: shown(raw.school) }));
    const first = seen.get(id);
    if (first !== undefined) at(t('matching.import.duplicate', { id, first }));
    seen.set(id, line);
    const available = cell(raw.available).trim().toLowerCase();
    if (!['', 'ja', 'nee', 'true', 'false', 'yes', 'no'].includes(available)) {
      at(t('matching.import.available', { value: shown(raw.available) }));
    }
    if (!candidate || !role) continue;
    planned.push({
      line,
      profile: {
        ...candidate,
        id,
        name: candidate.name === candidate.id ? id : candidate.name,
        ...role,
        capacity: role.asLeermeester ? (candidate as { capacity: number }).capacity : 1,
        available: role.asLeermeester && !['nee', 'false', 'no'].includes(available),
        paused: false,
        updatedAt: deps.now().toISOString(),
      },
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const previous = new Map<string, MatchProfile | undefined>();
  for (const { profile } of planned) previous.set(profile.id, await deps.repo.getProfile(profile.id));
  const profiles = planned.map(({ line, profile }) => ({ line, id: profile.id, name: profile.name }));
  const created = planned.filter(({ profile }) => !previous.get(profile.id)).length;
  if (opts.dryRun) return { ok: true, created, updated: planned.length - created, profiles };

  const written: string[] = [];
  try {
    for (const { profile } of planned) {
      const before = previous.get(profile.id);
      // Keep what the bot owns: pause state and priority after a check-in.
      await deps.repo.saveProfile({
        ...profile,
        paused: before?.paused ?? false,
        priority: before?.priority,
        etag: before?.etag,
      });
      written.push(profile.id);
    }
  } catch (err) {
    for (const id of written.reverse())
      await deps.repo.restoreProfile(id, previous.get(id)).catch(() => undefined);
    throw err;
  }
  return { ok: true, created, updated: planned.length - created, profiles };
}
