import type { Table } from '../../export/table-export';
import type { ReviewItem, StoredEntry } from './faq-repository';

/**
 * The FAQ as tables for programme staff: every entry (Dutch and English text, source, where the text comes
 * from) and the open review queue (what people asked that the bot could not answer).
 */
export function faqTables(entries: readonly StoredEntry[], reviews: readonly ReviewItem[]): Table[] {
  const sorted = [...entries].sort((a, b) => a.entry.id.localeCompare(b.entry.id));
  return [
    {
      name: 'vragen',
      headers: [
        'id',
        'soort',
        'programma',
        'vraag_nl',
        'antwoord_nl',
        'andere_vragen_nl',
        'vraag_en',
        'antwoord_en',
        'bron',
        'bron_sectie',
        'herkomst',
        'aangepast_in_teams',
        'bijgewerkt_op',
      ],
      rows: sorted.map(({ entry: e, origin, edited, updatedAt }) => [
        e.id,
        e.kind,
        e.programmes.join('; '),
        e.nl.question,
        e.nl.answer,
        e.nl.alternates.join('; '),
        e.en.question,
        e.en.answer,
        e.source.doc,
        e.source.section,
        origin === 'file' ? 'bestand' : 'teams',
        edited,
        updatedAt,
      ]),
      widths: [24, 10, 14, 40, 60, 40, 40, 60, 14, 30, 10, 10, 22],
    },
    {
      name: 'open vragen',
      headers: ['id', 'aantal', 'eerst', 'laatst', 'reden', 'vragen'],
      rows: [...reviews]
        .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
        .map((r) => [
          r.id,
          r.count,
          r.firstAt,
          r.lastAt,
          [...new Set(r.questions.map((q) => q.reason))].join('; '),
          r.questions.map((q) => q.text).join('\n'),
        ]),
      widths: [20, 8, 22, 22, 16, 80],
    },
  ];
}
