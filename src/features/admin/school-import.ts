import { parse, CsvError, type Info } from 'csv-parse/sync';
import { ValidationError } from '../../domain/errors';
import { SCHOOL_ID_PATTERN, schoolIdFromName, type School } from '../../domain/school';
import type { AdminService, SchoolFormInput } from './admin.service';

/** The one rule set for a school's fields is the admin form's; the import only adds what a file can get wrong. */
export type SchoolInputParser = Pick<AdminService, 'parseSchoolInput'>;

export interface ImportProblem {
  /** 1-based line in the file; absent for problems of the file as a whole. */
  line?: number;
  message: string;
}

export interface SchoolCsvRow {
  line: number;
  /** Validated; `schoolId` is the id column's value or '' (then the id comes from the name). */
  input: SchoolFormInput;
  /** The id this row will have unless it matches an existing school by name (see planSchoolImport). */
  id: string;
}

export type SchoolCsvResult = { ok: true; rows: SchoolCsvRow[] } | { ok: false; problems: ImportProblem[] };

export interface PlannedSchool {
  line: number;
  action: 'create' | 'update';
  /** Ready for AdminService.upsertSchool: `schoolId` is always set. */
  input: SchoolFormInput;
}

export type SchoolImportPlan =
  { ok: true; schools: PlannedSchool[] } | { ok: false; problems: ImportProblem[] };

export const SCHOOL_COLUMNS = ['name', 'short_names', 'brin', 'region', 'board', 'id'] as const;
type Column = (typeof SCHOOL_COLUMNS)[number];

const MAX_SHORT_NAME = 60;
const MAX_SHORT_NAMES = 20;

export function formatProblem(problem: ImportProblem): string {
  return problem.line === undefined ? problem.message : `line ${problem.line}: ${problem.message}`;
}

/** `;` (what Excel writes with a Dutch locale) or `,`: whichever occurs more often outside quotes in the header. */
export function detectDelimiter(text: string): ';' | ',' {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)
      .find((line) => line.trim() !== '') ?? '';
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function normalizeHeader(name: string): string {
  return name.trim().toLowerCase();
}

function isColumn(name: string): name is Column {
  return (SCHOOL_COLUMNS as readonly string[]).includes(name);
}

function headerProblems(header: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') problems.push({ line: 1, message: 'a column has no name' });
    else if (!isColumn(name)) {
      problems.push({ line: 1, message: `unknown column "${name}" (known: ${SCHOOL_COLUMNS.join(', ')})` });
    } else if (seen.has(name)) problems.push({ line: 1, message: `column "${name}" appears twice` });
    seen.add(name);
  }
  if (!seen.has('name')) problems.push({ line: 1, message: 'column "name" is missing' });
  return problems;
}

/** What csv-parse returns per record with `info` and `raw` on (its typings say `any`). */
interface ParsedRecord {
  record: Partial<Record<string, string>>;
  raw: string;
  info: Info & { error?: { record?: unknown } };
}

/** The line a record starts on: csv-parse reports the line it ends on, and a quoted field may span lines. */
function startLine({ raw, info }: ParsedRecord): number {
  // raw also holds the blank lines skipped before the record.
  const own = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return info.lines - (own.match(/\n/g)?.length ?? 0);
}

function splitShortNames(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function fieldMessage(field: string, raw: Record<Column, string>): string {
  switch (field) {
    case 'name':
      return raw.name === '' ? 'name is missing' : `name "${raw.name}" must be 2 to 120 characters`;
    case 'brin':
      return `brin "${raw.brin}" is not a BRIN code (2 digits + 2 letters)`;
    case 'region':
      return 'region is longer than 80 characters';
    case 'board':
      return 'board is longer than 120 characters';
    case 'shortNames':
      return 'short_names is longer than 500 characters';
    case 'schoolId':
      return raw.id.length > 60 ? 'id is longer than 60 characters' : '';
    default:
      return `${field} is not valid`;
  }
}

function rowProblems(raw: Record<Column, string>, validate: SchoolInputParser): string[] | SchoolFormInput {
  const problems: string[] = [];
  for (const column of SCHOOL_COLUMNS) {
    if (/[\n\t]/.test(raw[column])) problems.push(`${column} contains a line break or tab`);
  }
  const shortNames = splitShortNames(raw.short_names);
  for (const name of shortNames) {
    if (name.length > MAX_SHORT_NAME) {
      problems.push(`short name "${name.slice(0, 20)}…" is longer than ${MAX_SHORT_NAME} characters`);
    }
  }
  if (shortNames.length > MAX_SHORT_NAMES) {
    problems.push(`${shortNames.length} short names; at most ${MAX_SHORT_NAMES} are allowed`);
  }
  if (raw.id !== '' && !SCHOOL_ID_PATTERN.test(raw.id)) {
    problems.push(
      `id "${raw.id}" may only contain lowercase letters, digits and single dashes (like "roc-mondriaan")`,
    );
  }
  let input: SchoolFormInput | undefined;
  try {
    input = validate.parseSchoolInput({
      schoolId: raw.id,
      name: raw.name,
      shortNames: shortNames.join(','),
      brin: raw.brin,
      region: raw.region,
      board: raw.board,
    });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    // An id that is not a slug was reported above already.
    for (const field of Object.keys(err.fieldErrors)) {
      const message = fieldMessage(field, raw);
      if (message) problems.push(message);
    }
  }
  return problems.length > 0 || !input ? problems : input;
}

/**
 * Reads a schools CSV (header row; `,` or `;`; optional BOM) and validates every row. Either every row is fine
 * or the result lists every problem with its line, so an import is all or nothing.
 */
export function parseSchoolCsv(text: string, validate: SchoolInputParser): SchoolCsvResult {
  let header: string[] = [];
  let records: ParsedRecord[];
  try {
    // One kind of line break: csv-parse counts lines differently for \r\n inside quotes.
    const parsed: unknown = parse(text.replace(/\r\n?/g, '\n'), {
      columns: (names: string[]) => (header = names.map(normalizeHeader)),
      bom: true,
      trim: true,
      delimiter: detectDelimiter(text),
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
      raw: true,
    });
    records = parsed as ParsedRecord[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line: unknown = err.lines;
    return {
      ok: false,
      problems: [{ line: typeof line === 'number' ? line : undefined, message: err.message }],
    };
  }
  if (header.length === 0) return { ok: false, problems: [{ message: 'the file is empty (no header row)' }] };
  const fromHeader = headerProblems(header);
  if (fromHeader.length > 0) return { ok: false, problems: fromHeader };
  if (records.length === 0)
    return { ok: false, problems: [{ message: 'the file has a header but no schools' }] };

  const problems: ImportProblem[] = [];
  const rows: SchoolCsvRow[] = [];
  const lineOfName = new Map<string, number>();
  const lineOfId = new Map<string, number>();
  for (const parsed of records) {
    const { record, info } = parsed;
    const line = startLine(parsed);
    if (info.error) {
      const fields = info.error.record;
      const found = Array.isArray(fields) ? fields.length : Object.keys(record).length;
      const hint = found > header.length ? '; does a value with a comma or semicolon miss its "quotes"?' : '';
      const fieldCount = found === 1 ? '1 field' : `${found} fields`;
      problems.push({ line, message: `${fieldCount} where the header has ${header.length}${hint}` });
      continue;
    }
    const raw = Object.fromEntries(SCHOOL_COLUMNS.map((c) => [c, record[c] ?? ''])) as Record<Column, string>;
    const result = rowProblems(raw, validate);
    const rowMessages = Array.isArray(result) ? result : [];
    // Duplicates are checked on the raw values, so a broken row still reveals a second copy further down.
    const id = raw.id || schoolIdFromName(raw.name);
    const nameKey = raw.name.toLocaleLowerCase('nl');
    const sameName = lineOfName.get(nameKey);
    const sameId = lineOfId.get(id);
    if (raw.name !== '' && id === '') {
      rowMessages.push(`name "${raw.name}" gives no usable id; fill in the id column`);
    } else if (raw.name !== '' && sameName !== undefined) {
      rowMessages.push(`name "${raw.name}" is also on line ${sameName}`);
    } else if (id !== '' && sameId !== undefined) {
      rowMessages.push(`id "${id}"${raw.id ? '' : ' (made from the name)'} is also used on line ${sameId}`);
    }
    if (raw.name !== '' && sameName === undefined) lineOfName.set(nameKey, line);
    if (id !== '' && sameId === undefined) lineOfId.set(id, line);
    if (Array.isArray(result) || rowMessages.length > 0) {
      for (const message of rowMessages) problems.push({ line, message });
      continue;
    }
    rows.push({ line, input: result, id });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/**
 * Decides per row whether it creates or updates a school. A row without an id updates the stored school with the
 * same name (whatever its id), so a re-import never duplicates a school that was added in Teams; a row with an id
 * may not take a name another stored school already has.
 */
export function planSchoolImport(
  rows: readonly SchoolCsvRow[],
  existing: readonly Pick<School, 'id' | 'name'>[],
): SchoolImportPlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byName = new Map(existing.map((s) => [s.name.toLocaleLowerCase('nl'), s]));
  const problems: ImportProblem[] = [];
  const schools: PlannedSchool[] = [];
  const lineOfTarget = new Map<string, number>();
  for (const row of rows) {
    const sameName = byName.get(row.input.name.toLocaleLowerCase('nl'));
    let target = row.id;
    if (!row.input.schoolId && sameName) target = sameName.id;
    else if (row.input.schoolId && sameName && sameName.id !== row.input.schoolId) {
      problems.push({
        line: row.line,
        message: `name "${row.input.name}" already belongs to stored school "${sameName.id}"; use that id or another name`,
      });
      continue;
    }
    const earlier = lineOfTarget.get(target);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        message: `updates the same stored school "${target}" as line ${earlier}`,
      });
      continue;
    }
    lineOfTarget.set(target, row.line);
    schools.push({
      line: row.line,
      action: byId.has(target) ? 'update' : 'create',
      input: { ...row.input, schoolId: target },
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schools };
}

export interface ImportedSchool {
  line: number;
  id: string;
  name: string;
  action: 'create' | 'update';
}

export type SchoolImportResult =
  | { ok: true; dryRun: boolean; schools: ImportedSchool[]; created: number; updated: number }
  | { ok: false; problems: ImportProblem[] };

/** A write failed part-way; re-running the same import is safe (it updates what is there). */
export class SchoolImportStoppedError extends Error {
  constructor(
    readonly line: number,
    readonly written: number,
    readonly total: number,
    override readonly cause: unknown,
  ) {
    super(`import stopped at line ${line}: ${written} of ${total} schools were written`);
    this.name = 'SchoolImportStoppedError';
  }
}

/** Validates the whole file, then plans against the stored schools, then (unless dryRun) writes every school. */
export async function importSchools(
  text: string,
  admin: Pick<AdminService, 'parseSchoolInput' | 'listSchools' | 'upsertSchool'>,
  options: { dryRun: boolean; actor: string },
): Promise<SchoolImportResult> {
  const parsed = parseSchoolCsv(text, admin);
  if (!parsed.ok) return parsed;
  const plan = planSchoolImport(parsed.rows, await admin.listSchools());
  if (!plan.ok) return plan;
  const schools = plan.schools.map((s): ImportedSchool => ({
    line: s.line,
    id: s.input.schoolId,
    name: s.input.name,
    action: s.action,
  }));
  if (!options.dryRun) {
    for (const [index, planned] of plan.schools.entries()) {
      try {
        await admin.upsertSchool(planned.input, options.actor);
      } catch (err) {
        throw new SchoolImportStoppedError(planned.line, index, plan.schools.length, err);
      }
    }
  }
  return {
    ok: true,
    dryRun: options.dryRun,
    schools,
    created: schools.filter((s) => s.action === 'create').length,
    updated: schools.filter((s) => s.action === 'update').length,
  };
}
