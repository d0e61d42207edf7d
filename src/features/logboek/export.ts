import { createHmac } from 'node:crypto';
import ExcelJS from 'exceljs';
import { MECHANISM_LABELS, type InterventionUpdate } from '../../domain/logboek';
import type { School } from '../../domain/school';

/** One row per update, for the researchers. Column names are stable (snake_case, English). */
export const EXPORT_COLUMNS = [
  'update_id',
  'school_id',
  'school',
  'mechanism_id',
  'mechanism_label',
  'phase',
  'activity_type',
  'date',
  'participants',
  'coach',
  'text',
  'created_at',
  'edited_at',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string | number | null>;

/** The same coach gets the same pseudonym in every export from this store; the secret never leaves it. */
export function pseudonym(coachId: string, secret: string): string {
  return `coach-${createHmac('sha256', secret).update(coachId.toLowerCase()).digest('hex').slice(0, 10)}`;
}

export function exportRows(
  updates: readonly InterventionUpdate[],
  schools: readonly School[],
  opts: { pseudonymSecret?: string },
): ExportRow[] {
  const names = new Map(schools.map((s) => [s.id, s.name]));
  return [...updates]
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .map((u) => {
      const edited = u.history.filter((h) => h.action === 'edited').at(-1)?.at ?? null;
      return {
        update_id: u.id,
        school_id: u.schoolId,
        school: names.get(u.schoolId) ?? u.schoolId,
        mechanism_id: u.mechanism,
        mechanism_label: u.mechanism ? MECHANISM_LABELS[u.mechanism] : null,
        phase: u.phase,
        activity_type: u.activityType,
        date: u.date,
        participants: u.participants,
        coach: opts.pseudonymSecret ? pseudonym(u.coachId, opts.pseudonymSecret) : u.coachName,
        text: u.text,
        created_at: u.createdAt,
        edited_at: edited,
      };
    });
}

/** RFC 4180; a cell that starts like a formula is prefixed with ' so a spreadsheet shows it as text. */
export function toCsv(rows: readonly ExportRow[]): string {
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => cell(r[c])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}

export async function toXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kansenwijzer';
  const sheet = book.addWorksheet('updates');
  sheet.columns = EXPORT_COLUMNS.map((key) => ({ header: key, key, width: key === 'text' ? 80 : 20 }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
