import type { Application } from '@microsoft/teams-ai';
import { DateTime } from 'luxon';
import type { AppDeps, Feature, FeatureContext } from '../../bot/feature';
import { cardValue, saveOrResendForm, type TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { inputText } from '../../cards/form-errors';
import { requireRole } from '../../domain/access';
import { DomainError } from '../../domain/errors';
import {
  exportFormCard,
  exportFormValuesFrom,
  exportReadyCard,
  importFormCard,
  importPreviewCard,
} from './export.cards';
import { ExportService } from './export.service';
import {
  IMPORT_MAX_CHARS,
  ImportService,
  isImportKind,
  type ImportDraft,
  type ImportKind,
} from './import.service';

/** The export service a process uses for both ends: the link in the chat and GET /api/export/:token. */
export function createExportService(deps: AppDeps): ExportService {
  const { config } = deps;
  return new ExportService({
    containers: deps.containers,
    schools: deps.schools,
    access: deps.access,
    log: deps.log,
    now: deps.now,
    config: config.exports,
    baseUrl: () =>
      config.exports.publicUrl ?? deps.publicUrl?.() ?? `http://${config.http.host}:${config.http.port}`,
  });
}

const DRAFT = 'adminImport';

function draftOf(state: AppTurnState): ImportDraft | undefined {
  const d = state.conversation[DRAFT] as Partial<ImportDraft> | undefined;
  return d &&
    typeof d.id === 'string' &&
    isImportKind(d.kind) &&
    typeof d.text === 'string' &&
    typeof d.by === 'string'
    ? (d as ImportDraft)
    : undefined;
}

/** Exports as a download link, and round/profile imports pasted into a card (preview, then confirm). */
export const adminTransferFeature: Feature = {
  name: 'admin-transfer',
  register(app: Application<AppTurnState>, { deps, handle }: FeatureContext) {
    const exports = createExportService(deps);
    const imports = new ImportService(deps);
    const today = () => DateTime.fromJSDate(deps.now()).setZone(deps.config.timeZone);

    const exportForm = (kit: TurnKit, extra: Partial<Parameters<typeof exportFormCard>[1]> = {}) =>
      kit.caller().then(async (caller) =>
        kit.sendCard(
          exportFormCard(kit.t, {
            rounds: await exports.rounds(caller),
            minutes: deps.config.exports.linkMinutes,
            today: today(),
            ...extra,
          }),
        ),
      );
    const showExportForm = handle((kit) => exportForm(kit));
    app.message(/^\s*(export|exporteren)\s*[.!]?\s*$/i, showExportForm);
    app.adaptiveCards.actionSubmit('admin.export.form', showExportForm);

    app.adaptiveCards.actionSubmit(
      'admin.export.create',
      handle(async (kit) => {
        const raw = cardValue(kit.context);
        await saveOrResendForm(
          kit,
          deps.log,
          async () => {
            const link = await exports.createLink(await kit.caller(), raw);
            const until = DateTime.fromJSDate(link.expiresAt).setZone(deps.config.timeZone).toFormat('HH:mm');
            await kit.sendCard(exportReadyCard(kit.t, { url: link.url, fileName: link.fileName, until }));
          },
          ({ formError, fieldErrors }) =>
            // With the store down the rounds may not load; the form still comes back with the input.
            exportForm(kit, { values: exportFormValuesFrom(raw), errors: fieldErrors, formError }).catch(() =>
              kit.sendCard(
                exportFormCard(kit.t, {
                  rounds: [],
                  minutes: deps.config.exports.linkMinutes,
                  today: today(),
                  values: exportFormValuesFrom(raw),
                  errors: fieldErrors,
                  formError,
                }),
              ),
            ),
        );
      }),
    );

    const showImportForm = (kind: ImportKind) =>
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        await kit.sendCard(importFormCard(kit.t, kind));
      });
    app.message(
      /^\s*(importeer|importeren|import)\s+(ronde|rondes|round|rounds)\s*$/i,
      showImportForm('rounds'),
    );
    app.message(/^\s*(importeer|importeren|import)\s+(profielen|profiles)\s*$/i, showImportForm('profiles'));
    app.adaptiveCards.actionSubmit(
      'admin.import.form',
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        const kind = cardValue(kit.context).kind;
        if (!isImportKind(kind)) throw new DomainError('adminImport.error.kind');
        await kit.sendCard(importFormCard(kit.t, kind));
      }),
    );

    app.adaptiveCards.actionSubmit(
      'admin.import.preview',
      handle(async (kit, state) => {
        const raw = cardValue(kit.context);
        const kind = raw.kind;
        if (!isImportKind(kind)) throw new DomainError('adminImport.error.kind');
        await saveOrResendForm(
          kit,
          deps.log,
          async () => {
            const caller = await kit.caller();
            const draft = imports.draft(caller, raw);
            const outcome = await imports.preview(kit.t, caller, draft);
            if (!outcome.ok) {
              await kit.sendCard(
                importFormCard(kit.t, kind, { text: draft.text, problems: outcome.problems }),
              );
              return;
            }
            state.conversation[DRAFT] = draft;
            await kit.sendCard(importPreviewCard(kit.t, { draftId: draft.id, ...outcome }));
          },
          ({ formError, fieldErrors }) =>
            kit.sendCard(
              importFormCard(kit.t, kind, {
                text: inputText(raw.text, IMPORT_MAX_CHARS),
                errors: fieldErrors,
                formError,
              }),
            ),
        );
      }),
    );

    app.adaptiveCards.actionSubmit(
      'admin.import.confirm',
      handle(async (kit, state) => {
        const caller = await kit.caller();
        requireRole(caller, 'beheerder');
        const draft = draftOf(state);
        if (!draft || draft.id !== cardValue(kit.context).draftId || draft.by !== caller.aadObjectId) {
          await kit.say(kit.t('adminImport.nothingPending'));
          return;
        }
        // A store failure leaves the draft in place, so pressing Opslaan again works.
        const outcome = await imports.apply(kit.t, caller, draft);
        delete state.conversation[DRAFT];
        if (!outcome.ok) {
          await kit.sendCard(
            importFormCard(kit.t, draft.kind, { text: draft.text, problems: outcome.problems }),
          );
          return;
        }
        deps.log.info(
          {
            audit: 'import',
            by: caller.aadObjectId,
            kind: draft.kind,
            created: outcome.created,
            updated: outcome.updated,
          },
          'import saved',
        );
        await kit.say(kit.t('adminImport.saved', { created: outcome.created, updated: outcome.updated }));
      }),
    );

    app.adaptiveCards.actionSubmit(
      'admin.import.cancel',
      handle(async (kit, state) => {
        requireRole(await kit.caller(), 'beheerder');
        if (draftOf(state)?.id === cardValue(kit.context).draftId) delete state.conversation[DRAFT];
        await kit.say(kit.t('adminImport.cancelled'));
      }),
    );
  },
};
