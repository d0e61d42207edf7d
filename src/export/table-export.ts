import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * The one way to write a table to CSV or XLSX. A table's columns are declared once (header + how to read
 * the cell from a row); both formats come from that declaration, so a CSV and a workbook never disagree.
 */

export type Cell = string | number | boolean | null | undefined;

export interface Column<R> {
  header: string;
  value: (row: R) => Cell;
  /** Column width in the workbook (characters); without it the width follows the content. */
  width?: number;
}

/** A table with its cells worked out: what both writers take. */
export interface Table {
  name: string;
  headers: string[];
  rows: Cell[][];
  widths: (number | undefined)[];
}

export const TABLE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const CONTENT_TYPES: Record<TableFormat | 'json', string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export function table<R>(name: string, columns: readonly Column<R>[], rows: readonly R[]): Table {
  return {
    name,
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
    widths: columns.map((c) => c.width),
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheet programs run a CSV cell that starts with = + - @ (or tab/CR) as a formula; a quote makes it text. */
export function defuse(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 with a UTF-8 BOM (so spreadsheet programs read ë and é right); booleans as ja/nee. */
export function toCsv(t: Table): Buffer {
  return Buffer.from(
    stringify([t.headers, ...t.rows.map((r) => r.map(defuse))], {
      bom: true,
      record_delimiter: '\r\n',
      cast: { boolean: (b) => (b ? 'ja' : 'nee') },
    }),
  );
}

/** One sheet per table, bold frozen header. Strings stay text cells: exceljs never turns text into a formula. */
export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kansenwijzer';
  for (const t of tables) {
    const sheet = book.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.headers).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row.map((c) => (c === undefined ? null : c)));
    t.headers.forEach((header, i) => {
      const col = sheet.getColumn(i + 1);
      const longest = Math.max(header.length, ...t.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
      col.width = t.widths[i] ?? Math.min(60, Math.max(10, longest + 2));
      col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A single table in the chosen format (CSV holds one table; a workbook may hold more, see toXlsx). */
export async function writeTable(t: Table, format: TableFormat): Promise<Buffer> {
  return format === 'csv' ? toCsv(t) : toXlsx([t]);
}
