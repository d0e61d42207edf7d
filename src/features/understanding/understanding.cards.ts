import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { Translate } from '../../i18n';

export interface JobChoice {
  title: string;
  /** Run as if the person typed it when they pick it, so the job's own command route runs. */
  command: string;
}

/** "Bedoel je: Aanmelding starten?" with a button per job; none of them is started without a click. */
export function suggestJobsCard(t: Translate, choices: readonly JobChoice[]): AdaptiveCardJson {
  const [only] = choices;
  return renderCard('understanding/suggest', {
    question:
      choices.length === 1 && only
        ? t('understanding.unsure.one', { job: only.title })
        : t('understanding.unsure.many'),
    hint: t('understanding.unsure.hint'),
    choices: choices.map((c) => ({ title: c.title, command: c.command })),
  });
}
