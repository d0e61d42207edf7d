import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { PersonalDataSection } from '../../domain/personal-data';
import type { Translate } from '../../i18n';

export function myDataCard(
  t: Translate,
  data: { sections: PersonalDataSection[]; failed: string[] },
  retentionDays: number,
): AdaptiveCardJson {
  return renderCard('privacy/my-data', {
    title: t('privacy.mine.title'),
    intro: t('privacy.mine.intro'),
    nothing: t('privacy.mine.nothing'),
    sections: data.sections.map((s) => ({ title: s.title, lines: s.lines })),
    failed: data.failed.length > 0 ? t('privacy.mine.failed') : '',
    retention: t('privacy.mine.retention', { days: retentionDays }),
    eraseButton: t('privacy.mine.eraseButton'),
  });
}

export function eraseConfirmCard(
  t: Translate,
  opts: { parts: string[]; token: string; bootstrapBeheerder: boolean },
): AdaptiveCardJson {
  return renderCard('privacy/erase-confirm', {
    title: t('privacy.erase.title'),
    intro: t('privacy.erase.intro'),
    parts: opts.parts,
    warning: t('privacy.erase.warning'),
    bootstrap: opts.bootstrapBeheerder ? t('privacy.erase.bootstrap') : '',
    confirm: t('privacy.erase.confirm'),
    cancel: t('privacy.erase.cancel'),
    token: opts.token,
  });
}
