import type { AdaptiveCardJson } from '../../../src/cards/render';
import { eraseConfirmCard, myDataCard } from '../../../src/features/privacy/privacy.cards';
import { translator, type Locale } from '../../../src/i18n';

export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  const sections = [
    {
      title: t('privacy.profile.title'),
      lines: [
        t('privacy.profile.name', { name: 'Alice de Vries' }),
        t('privacy.profile.roles', { roles: 'coach' }),
      ],
    },
    { title: t('privacy.chat.title'), lines: [t('privacy.chat.noSteps')] },
  ];
  return {
    'privacy/my-data': [
      myDataCard(t, { sections, failed: [] }, 90),
      myDataCard(t, { sections: [], failed: [] }, 90),
      myDataCard(t, { sections, failed: ['authorship'] }, 90),
    ],
    'privacy/erase-confirm': [
      eraseConfirmCard(t, { parts: sections.map((s) => s.title), token: 'abc', bootstrapBeheerder: false }),
      eraseConfirmCard(t, { parts: ['x'], token: 'abc', bootstrapBeheerder: true }),
    ],
  };
}
