import { createHmac } from 'node:crypto';
import { MECHANISM_LABELS, type InterventionUpdate } from '../../domain/logboek';
import type { School } from '../../domain/school';
import { table, type Column, type Table } from '../../export/table-export';

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

const COLUMNS = EXPORT_COLUMNS.map((key): Column<ExportRow> => ({
  header: key,
  value: (r) => r[key],
  width: key === 'text' ? 80 : 20,
}));

/** The updates as one table ('updates'); write it with src/export/table-export (CSV with BOM, or XLSX). */
export function updatesTable(rows: readonly ExportRow[]): Table {
  return table('updates', COLUMNS, rows);
}
