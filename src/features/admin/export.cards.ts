import { DateTime } from 'luxon';
import { formErrorTexts, inputText, type FieldErrors } from '../../cards/form-errors';
import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { MessageKey, Translate } from '../../i18n';
import { PROFILE_COLUMNS } from '../matching/matching-import';
import { schoolYearOf } from '../logboek/overview';
import { EXPORT_KINDS } from './export.service';
import { IMPORT_MAX_CHARS, PREVIEW_ROWS, type ImportItem, type ImportKind } from './import.service';

export interface ExportFormValues {
  kind: string;
  roundId: string;
  from: string;
  to: string;
  pseudonymise: string;
  format: string;
}

/** What the form sent, kept (cut to sane lengths) so a rejected form comes back filled in. */
export function exportFormValuesFrom(raw: Record<string, unknown>): ExportFormValues {
  return {
    kind: inputText(raw.kind, 20),
    roundId: inputText(raw.roundId, 60),
    from: inputText(raw.from, 10),
    to: inputText(raw.to, 10),
    pseudonymise: raw.pseudonymise === true || raw.pseudonymise === 'true' ? 'true' : 'false',
    format: inputText(raw.format, 5),
  };
}

export function exportFormCard(
  t: Translate,
  opts: {
    rounds: { id: string; name: string }[];
    minutes: number;
    today: DateTime;
    values?: Partial<ExportFormValues>;
    errors?: FieldErrors;
    formError?: MessageKey;
  },
): AdaptiveCardJson {
  const v = opts.values ?? {};
  return renderCard('admin/export-form', {
    title: t('adminExport.title'),
    intro: t('adminExport.intro', { minutes: opts.minutes }),
    ...formErrorTexts(t, opts.errors ?? {}, ['kind', 'roundId', 'from', 'to', 'format'], opts.formError),
    kindLabel: t('adminExport.kind.label'),
    kindError: t('adminExport.error.kind'),
    kindChoices: EXPORT_KINDS.map((k) => ({ title: t(`adminExport.kind.${k}`), value: k })),
    kind: v.kind ?? '',
    roundLabel: t('adminExport.round.label'),
    roundChoices: opts.rounds.map((r) => ({ title: r.name, value: r.id })),
    roundId: v.roundId ?? opts.rounds.at(-1)?.id ?? '',
    noRounds: t('adminExport.round.none'),
    fromLabel: t('adminExport.from.label'),
    toLabel: t('adminExport.to.label'),
    from: v.from ?? schoolYearOf(opts.today).start.toISODate(),
    to: v.to ?? opts.today.toISODate(),
    pseudonymiseLabel: t('adminExport.pseudonymise.label'),
    pseudonymise: v.pseudonymise ?? 'false',
    formatLabel: t('adminExport.format.label'),
    formatChoices: (['xlsx', 'csv', 'json'] as const).map((f) => ({
      title: t(`adminExport.format.${f}`),
      value: f,
    })),
    format: v.format ?? 'xlsx',
    createButton: t('adminExport.button.create'),
  });
}

export function exportReadyCard(
  t: Translate,
  link: { url: string; fileName: string; until: string },
): AdaptiveCardJson {
  return renderCard('admin/export-ready', {
    title: t('adminExport.ready.title'),
    text: t('adminExport.ready.text', { time: link.until }),
    link: t('adminExport.ready.link', { file: link.fileName, url: link.url }),
    url: link.url,
    downloadButton: t('adminExport.ready.button'),
    againButton: t('adminExport.ready.again'),
  });
}

export function importFormCard(
  t: Translate,
  kind: ImportKind,
  opts: { text?: string; problems?: string[]; errors?: FieldErrors; formError?: MessageKey } = {},
): AdaptiveCardJson {
  const problems = opts.problems ?? [];
  return renderCard('admin/import-form', {
    title: t(`adminImport.title.${kind}`),
    intro:
      kind === 'rounds'
        ? t('adminImport.intro.rounds')
        : t('adminImport.intro.profiles', { columns: PROFILE_COLUMNS.join(', ') }),
    ...formErrorTexts(
      t,
      opts.errors ?? {},
      ['text'],
      opts.formError ?? (problems.length > 0 ? 'adminImport.problems' : undefined),
    ),
    problems: problems.slice(0, 30).map((text) => ({ text })),
    textLabel: t('adminImport.text.label'),
    textError: t('adminImport.error.empty'),
    text: (opts.text ?? '').slice(0, IMPORT_MAX_CHARS),
    kind,
    previewButton: t('adminImport.button.preview'),
  });
}

export function importPreviewCard(
  t: Translate,
  preview: { draftId: string; created: number; updated: number; items: ImportItem[] },
): AdaptiveCardJson {
  const more = preview.items.length - PREVIEW_ROWS;
  return renderCard('admin/import-preview', {
    title: t('adminImport.preview.title'),
    summary: t('adminImport.preview.summary', { created: preview.created, updated: preview.updated }),
    items: preview.items.slice(0, PREVIEW_ROWS),
    more: more > 0 ? t('adminImport.preview.more', { count: more }) : '',
    draftId: preview.draftId,
    confirmButton: t('adminImport.button.confirm'),
    cancelButton: t('adminImport.button.cancel'),
  });
}
