import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { Translate } from '../../i18n';

export const JOBS = ['aanmelding', 'logboek', 'matching', 'faq'] as const;
export type Job = (typeof JOBS)[number];

const ICONS: Record<Job, string> = { aanmelding: '📝', logboek: '📒', matching: '🤝', faq: '💬' };

const firstName = (name: string | undefined): string => (name ?? '').trim().split(/\s+/)[0] ?? '';

export function welcomeCard(t: Translate, opts: { name?: string; personal: boolean }): AdaptiveCardJson {
  return renderCard('core/welcome', {
    title: t('welcome.title'),
    tagline: t('app.tagline'),
    greeting: !opts.personal
      ? t('welcome.team')
      : firstName(opts.name)
        ? t('welcome.personal', { name: firstName(opts.name) })
        : t('welcome.personalNoName'),
    tryHelp: t('welcome.tryHelp'),
    helpButton: t('welcome.helpButton'),
  });
}

export function helpCard(
  t: Translate,
  opts: { available: ReadonlySet<Job>; isBeheerder: boolean },
): AdaptiveCardJson {
  const jobs = JOBS.map((job) => ({
    icon: ICONS[job],
    title: t(`help.job.${job}.title`),
    text: t(`help.job.${job}.text`),
    examples: t(`help.job.${job}.examples`),
    examplesLabel: t('help.examples'),
    soon: !opts.available.has(job),
    soonLabel: t('help.soon'),
  }));
  if (opts.isBeheerder) {
    jobs.push({
      icon: '⚙️',
      title: t('help.admin.title'),
      text: t('help.admin.text'),
      examples: t('help.admin.examples'),
      examplesLabel: t('help.examples'),
      soon: false,
      soonLabel: '',
    });
  }
  return renderCard('core/help', {
    title: t('help.title'),
    intro: t('help.intro'),
    jobs,
    footer: t('help.footer'),
  });
}
