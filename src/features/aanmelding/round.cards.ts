import { type AdaptiveCardJson } from '../../cards/render';
import { roundPhase, type Round } from '../../domain/round';
import type { MessageKey } from '../../i18n';
import { type FieldErrors } from './aanmelding.cards';
import { Formatter } from './aanmelding.format';
import { action, field, formCard, type FormField } from './form-card';
import { type RoundFormValues } from './round.service';
import { line, listCard } from './review.cards';

export function roundListCard(f: Formatter, rounds: Round[], now: Date): AdaptiveCardJson {
  return listCard({
    title: f.t('aanmelding.rounds.title'),
    empty: f.t('aanmelding.rounds.empty'),
    rows: rounds.slice(0, 12).map((r) => ({
      title: `${r.name} (${r.id})`,
      lines: [
        line(r.programme),
        line(
          f.t('aanmelding.rounds.line', {
            phase: f.t(`aanmelding.rounds.phase.${roundPhase(r, now)}`),
            opens: f.dateTime(r.opensAt),
            closes: f.dateTime(r.closesAt),
            decision: f.date(r.decisionDate),
            places: r.places,
          }),
        ),
      ],
      actions: [
        { title: f.t('aanmelding.rounds.edit'), data: { verb: 'aanmelding.ronde.form', roundId: r.id } },
      ],
    })),
    actions: [action(f.t('aanmelding.rounds.add'), { verb: 'aanmelding.ronde.form' })],
  });
}

export function roundFormCard(
  f: Formatter,
  o: { values?: Partial<RoundFormValues>; errors?: FieldErrors; formError?: string },
): AdaptiveCardJson {
  const v = o.values ?? {};
  const errors = o.errors ?? {};
  const isNew = !v.roundId;
  const err = (id: keyof RoundFormValues) => {
    const key = errors[id];
    return key ? f.t(key) : '';
  };
  const label = (id: keyof RoundFormValues) => f.t(`aanmelding.rounds.field.${id}` as MessageKey);
  const text = (id: keyof RoundFormValues, max: number, extra: Partial<FormField> = {}) =>
    field({ kind: 'text', id, label: label(id), value: v[id] ?? '', max, error: err(id), ...extra });
  return formCard({
    title: f.t('aanmelding.rounds.formTitle'),
    progress: isNew ? '' : v.roundId,
    formError: o.formError ?? (Object.keys(errors).length > 0 ? f.t('error.validation') : ''),
    fields: [
      ...(isNew
        ? [
            text('id', 60, {
              regex: '^[a-z0-9][a-z0-9-]{2,59}$',
              errorMessage: f.t('aanmelding.rounds.error.id'),
            }),
          ]
        : []),
      text('programme', 120, { required: true }),
      text('name', 160, { required: true }),
      text('description', 2000, { multiline: true }),
      field({
        kind: 'date',
        id: 'opensDate',
        label: label('opensDate'),
        value: v.opensDate ?? '',
        required: true,
        error: err('opensDate'),
      }),
      field({
        kind: 'time',
        id: 'opensTime',
        label: label('opensTime'),
        value: v.opensTime ?? '',
        required: true,
      }),
      field({
        kind: 'date',
        id: 'closesDate',
        label: label('closesDate'),
        value: v.closesDate ?? '',
        required: true,
        error: err('closesDate'),
      }),
      field({
        kind: 'time',
        id: 'closesTime',
        label: label('closesTime'),
        value: v.closesTime ?? '',
        required: true,
        hint: f.t('aanmelding.rounds.hint.times'),
      }),
      field({
        kind: 'date',
        id: 'decisionDate',
        label: label('decisionDate'),
        value: v.decisionDate ?? '',
        required: true,
        error: err('decisionDate'),
      }),
      text('places', 3, {
        required: true,
        regex: '^[0-9]{1,3}$',
        errorMessage: f.t('aanmelding.rounds.error.places'),
      }),
      text('perSchoolYear', 9, {
        required: true,
        regex: '^[0-9]{1,8}$',
        errorMessage: f.t('aanmelding.rounds.error.amount'),
      }),
      text('ownContributionMin', 9, {
        required: true,
        regex: '^[0-9]{1,8}$',
        errorMessage: f.t('aanmelding.rounds.error.amount'),
      }),
      text('referencePrefix', 10, {
        regex: '^[A-Za-z0-9]{0,10}$',
        errorMessage: f.t('aanmelding.rounds.error.prefix'),
      }),
      text('criteria', 8000, {
        required: true,
        multiline: true,
        hint: f.t('aanmelding.rounds.hint.criteria'),
      }),
    ],
    actions: [
      action(
        f.t('aanmelding.rounds.submit'),
        { verb: 'aanmelding.ronde.save', roundId: v.roundId ?? '', updatedAt: v.updatedAt ?? '' },
        { style: 'positive' },
      ),
    ],
  });
}
