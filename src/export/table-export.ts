import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * The one way Kansenwijzer writes tables for people outside the bot (researchers, the expert group,
 * programme staff): CSV with a BOM, XLSX with one sheet per table, and JSON. Every export builds `Table`s
 * and hands them here, so the spreadsheet safety rules live in one place.
 */
export type Cell = string | number | boolean | null | undefined;

export interface Table {
  /** Sheet name in XLSX (Excel allows at most 31 characters). */
  name: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Column widths in characters; a missing one comes from the longest of the first 200 values. */
  widths?: readonly (number | undefined)[];
}

export const TABLE_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const CONTENT_TYPES: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** In CSV, spreadsheet programs run cells that start with = + - @ (or tab/CR) as formulas; a quote makes them text. */
export function safeForSpreadsheet(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const plain = (cell: Cell): string | number | boolean | null => (cell === undefined ? null : cell);

/** RFC 4180 with a UTF-8 BOM, so spreadsheet programs read the accents right; booleans as ja/nee. */
export function toCsv(table: Table): Buffer {
  return Buffer.from(
    stringify([[...table.headers], ...table.rows.map((r) => r.map((c) => plain(safeForSpreadsheet(c))))], {
      bom: true,
      record_delimiter: '\r\n',
      cast: { boolean: (b) => (b ? 'ja' : 'nee') },
    }),
  );
}

export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kansenwijzer';
  for (const t of tables) {
    const sheet = book.addWorksheet(t.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...t.headers]).font = { bold: true };
    // Strings go in as string cells: exceljs never makes a formula of text, so the data stays as typed.
    for (const row of t.rows) sheet.addRow(row.map(plain));
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(
        t.headers[i]?.length ?? 8,
        ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
      );
      col.width = t.widths?.[i] ?? Math.min(60, Math.max(10, longest + 2));
      col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Rows as objects keyed by header, for JSON exports. */
export function toJson(table: Table): Buffer {
  const objects = table.rows.map((r) =>
    Object.fromEntries(table.headers.map((h, i) => [h, plain(r[i])] as const)),
  );
  return Buffer.from(`${JSON.stringify(objects, null, 2)}\n`);
}

/** One table in the asked format (XLSX may carry more sheets after the first). */
export async function renderTables(format: TableFormat, tables: readonly Table[]): Promise<Buffer> {
  const [first] = tables;
  if (!first) throw new Error('renderTables needs at least one table');
  if (format === 'csv') return toCsv(first);
  if (format === 'json') return toJson(first);
  return toXlsx(tables);
}

/** A table from records and a column list, for exports whose rows are objects. */
export function tableOf<K extends string>(
  name: string,
  columns: readonly K[],
  records: readonly Record<K, Cell>[],
  widths?: Partial<Record<K, number>>,
): Table {
  return {
    name,
    headers: columns,
    rows: records.map((r) => columns.map((c) => r[c])),
    widths: widths ? columns.map((c) => widths[c]) : undefined,
  };
}
