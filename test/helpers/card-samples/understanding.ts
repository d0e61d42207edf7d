import type { AdaptiveCardJson } from '../../../src/cards/render';
import { suggestJobsCard } from '../../../src/features/understanding/understanding.cards';
import { translator, type Locale } from '../../../src/i18n';

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  return {
    'understanding/suggest': [
      suggestJobsCard(t, [{ title: t('understanding.intent.aanmelding.start'), command: 'aanmelden' }]),
      suggestJobsCard(t, [
        { title: t('understanding.intent.aanmelding.status'), command: 'status' },
        { title: t('understanding.intent.logboek.overview'), command: 'overzicht' },
      ]),
    ],
  };
}
