import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { renderTables, toCsv, toXlsx, type Table } from '../../src/export/table-export';

const table: Table = {
  name: 'aanmeldingen',
  headers: ['school', 'vraagstuk', 'bedrag', 'ingediend'],
  rows: [
    ['ROC Zuiderzee', '=HYPERLINK("https://evil.example","klik")', 25000, true],
    ['Scholengemeenschap Één', '@SUM(A1:A2) en "citaat", met komma', -3, false],
    ['Café Noorderlicht', '+31 6 1234', null, undefined],
  ],
};

describe('table export', () => {
  it('When a table is written as CSV, then it starts with a BOM and a spreadsheet reads every cell as text it can trust', () => {
    const csv = toCsv(table);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const records = parse(csv.toString('utf8'), { bom: true }) as string[][];
    assert.deepEqual(records[0], ['school', 'vraagstuk', 'bedrag', 'ingediend']);
    assert.deepEqual(records[1], [
      'ROC Zuiderzee',
      `'=HYPERLINK("https://evil.example","klik")`,
      '25000',
      'ja',
    ]);
    assert.deepEqual(records[2], [
      'Scholengemeenschap Één',
      `'@SUM(A1:A2) en "citaat", met komma`,
      '-3',
      'nee',
    ]);
    assert.deepEqual(records[3], ['Café Noorderlicht', `'+31 6 1234`, '', '']);
  });

  it('When tables are written as XLSX, then each is a sheet with the same rows and text that looks like a formula is a plain text cell', async () => {
    const second: Table = {
      name: 'een heel lange naam voor een werkblad in excel',
      headers: ['a'],
      rows: [['-1']],
    };
    const book = new ExcelJS.Workbook();
    const xlsx = await toXlsx([table, second]);
    await book.xlsx.load(
      xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer,
    );
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['aanmeldingen', 'een heel lange naam voor een we'],
    );
    const sheet = book.worksheets[0]!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
      'school',
      'vraagstuk',
      'bedrag',
      'ingediend',
    ]);
    assert.equal(sheet.getCell('B2').value, '=HYPERLINK("https://evil.example","klik")');
    assert.equal(sheet.getCell('B2').type, ExcelJS.ValueType.String);
    assert.equal(sheet.getCell('B2').formula, undefined);
    assert.equal(sheet.getCell('A3').value, 'Scholengemeenschap Één');
    assert.equal(sheet.getCell('C2').value, 25000);
    assert.equal(sheet.getCell('D3').value, false);
    assert.equal(book.worksheets[1]!.getCell('A2').value, '-1');
  });

  it('When JSON is asked, then each row is an object keyed by the headers', async () => {
    const rows = JSON.parse((await renderTables('json', [table])).toString('utf8')) as Record<
      string,
      unknown
    >[];
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[2], {
      school: 'Café Noorderlicht',
      vraagstuk: '+31 6 1234',
      bedrag: null,
      ingediend: null,
    });
  });
});
