import { table, toCsv, toXlsx, type Column, type Table, type TableFormat } from '../../export/table-export';
import type { FaqRepository, ReviewItem, StoredEntry } from './faq-repository';

/** The knowledge base (both languages) and the open review queue, for the beheerder's spreadsheet. */

const list = (xs: readonly string[]): string => xs.join('; ');

const ENTRY_COLUMNS: Column<StoredEntry>[] = [
  { header: 'id', value: (s) => s.entry.id },
  { header: 'onderwerp', value: (s) => s.entry.topic },
  { header: 'soort', value: (s) => s.entry.kind },
  { header: 'programmas', value: (s) => list(s.entry.programmes) },
  { header: 'doelgroep', value: (s) => list(s.entry.audience) },
  { header: 'vraag_nl', value: (s) => s.entry.nl.question, width: 40 },
  { header: 'antwoord_nl', value: (s) => s.entry.nl.answer, width: 60 },
  { header: 'andere_vragen_nl', value: (s) => list(s.entry.nl.alternates), width: 40 },
  { header: 'vraag_en', value: (s) => s.entry.en.question, width: 40 },
  { header: 'antwoord_en', value: (s) => s.entry.en.answer, width: 60 },
  { header: 'bron', value: (s) => `${s.entry.source.doc}: ${s.entry.source.section}` },
  { header: 'aangepast_in_teams', value: (s) => s.edited },
  { header: 'bijgewerkt_op', value: (s) => s.updatedAt },
];

const REVIEW_COLUMNS: Column<ReviewItem>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'aantal_keer', value: (r) => r.count },
  { header: 'laatste_vraag', value: (r) => r.questions.at(-1)?.text ?? '', width: 50 },
  { header: 'alle_vragen', value: (r) => list(r.questions.map((q) => q.text)), width: 60 },
  { header: 'redenen', value: (r) => list([...new Set(r.questions.map((q) => q.reason))]) },
  { header: 'getoonde_antwoorden', value: (r) => list([...new Set(r.questions.flatMap((q) => q.entryIds))]) },
  { header: 'eerste_keer', value: (r) => r.firstAt },
  { header: 'laatste_keer', value: (r) => r.lastAt },
];

export const FAQ_TABLES = ['entries', 'reviews'] as const;
export type FaqTable = (typeof FAQ_TABLES)[number];

export interface FaqExport {
  entries: number;
  reviews: number;
  content: Buffer;
}

export function faqTables(entries: readonly StoredEntry[], reviews: readonly ReviewItem[]): Table[] {
  const sorted = [...entries].sort(
    (a, b) => a.entry.topic.localeCompare(b.entry.topic) || a.entry.id.localeCompare(b.entry.id),
  );
  return [
    table('Vragen en antwoorden', ENTRY_COLUMNS, sorted),
    table('Open vragen', REVIEW_COLUMNS, reviews),
  ];
}

/** XLSX holds both sheets; a CSV holds one table (`csvTable`, the entries by default). */
export async function exportFaq(
  repo: Pick<FaqRepository, 'listEntries' | 'listOpenReviews'>,
  format: TableFormat,
  csvTable: FaqTable = 'entries',
): Promise<FaqExport> {
  const [entries, reviews] = await Promise.all([repo.listEntries(), repo.listOpenReviews()]);
  const [entryTable, reviewTable] = faqTables(entries, reviews) as [Table, Table];
  const content =
    format === 'xlsx'
      ? await toXlsx([entryTable, reviewTable])
      : toCsv(csvTable === 'entries' ? entryTable : reviewTable);
  return { entries: entries.length, reviews: reviews.length, content };
}
