import { DateTime } from 'luxon';
import type { AdaptiveCardJson } from '../../../src/cards/render';
import {
  exportFormCard,
  exportReadyCard,
  importFormCard,
  importPreviewCard,
} from '../../../src/features/admin/export.cards';
import { translator, type Locale } from '../../../src/i18n';

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  const today = DateTime.fromISO('2026-03-11', { zone: 'Europe/Amsterdam' });
  const rounds = [{ id: 'begeleidingstraject-2021', name: 'Begeleidingstraject GKDI 2021' }];
  return {
    'admin/export-form': [
      exportFormCard(t, { rounds, minutes: 15, today }),
      exportFormCard(t, {
        rounds: [],
        minutes: 15,
        today,
        values: { kind: 'logboek', from: '2026-03-10', to: '2026-03-01', format: 'csv' },
        errors: { to: 'adminExport.error.to' },
      }),
    ],
    'admin/export-ready': [
      exportReadyCard(t, {
        url: 'https://kansenwijzer.example.org/api/export/abc.def',
        fileName: 'faq.xlsx',
        until: '14:35',
      }),
    ],
    'admin/import-form': [
      importFormCard(t, 'rounds'),
      importFormCard(t, 'profiles', {
        text: 'id,name,role\nx,Ans,leermeester',
        problems: ['Regel 2: de kolom school ontbreekt.'],
      }),
      importFormCard(t, 'profiles', { errors: { text: 'adminImport.error.empty' } }),
    ],
    'admin/import-preview': [
      importPreviewCard(t, {
        draftId: 'd1',
        created: 1,
        updated: 0,
        items: [{ label: 'Ans de Boer', detail: 'ans (regel 2)' }],
      }),
    ],
  };
}
