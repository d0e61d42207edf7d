import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { defuse, table, toCsv, toXlsx, type Column } from '../../src/export/table-export';
import { faqTables, exportFaq } from '../../src/features/faq/faq-export';
import type { ReviewItem, StoredEntry } from '../../src/features/faq/faq-repository';

interface Row {
  school: string;
  note: string;
  count: number | null;
  done: boolean;
}

const COLUMNS: Column<Row>[] = [
  { header: 'school', value: (r) => r.school },
  { header: 'toelichting', value: (r) => r.note },
  { header: 'aantal', value: (r) => r.count },
  { header: 'klaar', value: (r) => r.done },
];

const ROWS: Row[] = [
  { school: 'Scalda – Vlissingen', note: 'Coördinatie met één café, ideeën "ja"', count: 3, done: true },
  { school: 'Zadkine', note: '=HYPERLINK("http://evil","klik")', count: null, done: false },
  { school: '+31 10 123', note: '-2+3', count: 0, done: false },
  { school: '@SUM(A1)', note: '\tindent\nnext', count: 12, done: true },
];

async function readBook(content: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  return book;
}

describe('table export (CSV and XLSX from one column list)', () => {
  it('When a table is written as CSV, then it starts with the UTF-8 BOM and keeps Dutch characters', () => {
    const csv = toCsv(table('t', COLUMNS, ROWS));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    assert.ok(text.startsWith('\uFEFFschool,toelichting,aantal,klaar\r\n'), text.slice(0, 60));
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows[0]!.school, 'Scalda – Vlissingen');
    assert.equal(rows[0]!.toelichting, 'Coördinatie met één café, ideeën "ja"');
    assert.equal(rows[0]!.klaar, 'ja');
    assert.equal(rows[1]!.klaar, 'nee');
    assert.equal(rows[1]!.aantal, '');
  });

  it('When a cell starts with = + - @ tab or CR, then the CSV cell gets a leading quote; others stay as they are', () => {
    const rows = parse(toCsv(table('t', COLUMNS, ROWS)), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    assert.equal(rows[1]!.toelichting, `'=HYPERLINK("http://evil","klik")`);
    assert.equal(rows[2]!.school, `'+31 10 123`);
    assert.equal(rows[2]!.toelichting, `'-2+3`);
    assert.equal(rows[3]!.school, `'@SUM(A1)`);
    assert.equal(rows[3]!.toelichting, `'\tindent\nnext`);
    assert.equal(rows[0]!.school, 'Scalda – Vlissingen');
    assert.equal(defuse('\rx'), `'\rx`);
    assert.equal(defuse('a=b'), 'a=b');
    assert.equal(defuse(-5), -5, 'a number is a number, not a formula');
  });

  it('When the same table is written as XLSX, then exceljs reads back the same header and rows, text never a formula', async () => {
    const book = await readBook(await toXlsx([table('Scholen', COLUMNS, ROWS), table('Leeg', COLUMNS, [])]));
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['Scholen', 'Leeg'],
    );
    const sheet = book.getWorksheet('Scholen')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(values(1), ['school', 'toelichting', 'aantal', 'klaar']);
    assert.equal(sheet.rowCount, 1 + ROWS.length);
    ROWS.forEach((r, i) => {
      const [school, note, count, done] = values(i + 2);
      assert.equal(school, r.school);
      assert.equal(note, r.note);
      assert.equal(count ?? null, r.count);
      assert.equal(done, r.done);
    });
    assert.equal(sheet.getRow(3).getCell(2).type, ExcelJS.ValueType.String, 'stored as text, not a formula');
    assert.equal(book.getWorksheet('Leeg')!.rowCount, 1);
  });

  it('When the FAQ is exported, then the workbook has the entries in both languages and the open questions', async () => {
    const entry = (id: string, topic: string, nlQ: string, edited: boolean): StoredEntry => ({
      entry: {
        id,
        topic,
        kind: 'faq',
        programmes: ['gkdi'],
        audience: ['medewerker'],
        source: { doc: 'gkdi', section: 'Aanmelden' },
        followUps: [],
        nl: {
          question: nlQ,
          alternates: ['wanneer sluit het'],
          keywords: [],
          answer: 'Tot 14 mei.',
          detail: '',
        },
        en: { question: 'When?', alternates: [], keywords: [], answer: 'Until 14 May.', detail: '' },
      },
      origin: 'file',
      edited,
      updatedAt: '2026-03-01T10:00:00.000Z',
      updatedBy: 'x',
    });
    const review: ReviewItem = {
      id: 'q-1',
      status: 'open',
      key: ['kantin'],
      questions: [
        { text: 'waar is de kantine', locale: 'nl', reason: 'unanswered', entryIds: [], at: '2026-03-01' },
        { text: '=kantine open?', locale: 'nl', reason: 'thumbs-down', entryIds: ['b'], at: '2026-03-02' },
      ],
      count: 2,
      firstAt: '2026-03-01',
      lastAt: '2026-03-02',
    };
    const entries = [
      entry('b', 'zz', 'Wanneer sluit de aanmelding?', true),
      entry('a', 'aa', 'Wat is één?', false),
    ];
    const repo = {
      listEntries: () => Promise.resolve(entries),
      listOpenReviews: () => Promise.resolve([review]),
    };
    const result = await exportFaq(repo, 'xlsx');
    assert.equal(result.entries, 2);
    assert.equal(result.reviews, 1);
    const book = await readBook(result.content);
    const sheet = book.getWorksheet('Vragen en antwoorden')!;
    assert.deepEqual(
      [2, 3].map((n) => sheet.getRow(n).getCell(1).value),
      ['a', 'b'],
      'sorted by topic',
    );
    assert.equal(sheet.getRow(2).getCell(6).value, 'Wat is één?');
    assert.equal(sheet.getRow(2).getCell(10).value, 'Until 14 May.');
    const queue = book.getWorksheet('Open vragen')!;
    assert.equal(queue.getRow(2).getCell(3).value, '=kantine open?');
    assert.equal(queue.getRow(2).getCell(2).value, 2);

    const csv = (await exportFaq(repo, 'csv', 'reviews')).content.toString('utf8');
    assert.match(csv, /^\uFEFFid,aantal_keer,laatste_vraag/);
    assert.match(csv, /,'=kantine open\?,/);
    assert.equal(faqTables(entries, [review])[0]!.rows.length, 2);
  });
});
