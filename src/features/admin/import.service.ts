import type { Container } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { requireRole } from '../../domain/access';
import { ValidationError } from '../../domain/errors';
import type { SchoolRepository } from '../../domain/repositories';
import { roundFromDefinition, type RoundProblem } from '../../domain/round';
import type { Caller } from '../../domain/user';
import type { Translate } from '../../i18n';
import { CosmosReviewRepository } from '../../storage/application-repository';
import type { ContainerName } from '../../storage/containers';
import { CosmosRoundRepository } from '../../storage/round-repository';
import { RoundService } from '../aanmelding/round.service';
import { importProfiles } from '../matching/matching-import';
import { CosmosMatchingRepository } from '../matching/matching-repository';

/**
 * Imports a beheerder pastes into a card: rounds (the JSON the CLI's `rounds import` takes) and leermeester/
 * gezel profiles (the CSV or JSON of `matching import`). First a preview (every problem, nothing saved), then a
 * confirm that imports the same text; with any problem nothing is saved.
 */

export const IMPORT_KINDS = ['rounds', 'profiles'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** Pasted text above this is refused (a card input, not a file upload). */
export const IMPORT_MAX_CHARS = 20_000;
export const PREVIEW_ROWS = 15;

/** Kept in conversation state between preview and confirm. */
export interface ImportDraft {
  id: string;
  kind: ImportKind;
  text: string;
  by: string;
}

export interface ImportItem {
  label: string;
  detail: string;
}

export type ImportOutcome =
  { ok: true; created: number; updated: number; items: ImportItem[] } | { ok: false; problems: string[] };

export const isImportKind = (v: unknown): v is ImportKind =>
  typeof v === 'string' && (IMPORT_KINDS as readonly string[]).includes(v);

export interface ImportDeps {
  containers: Record<ContainerName, Container>;
  schools: SchoolRepository;
  now: () => Date;
}

export class ImportService {
  constructor(private readonly deps: ImportDeps) {}

  /** Checks kind and text; a draft to preview, or a ValidationError that keeps the text. */
  draft(caller: Caller, raw: Record<string, unknown>): ImportDraft {
    requireRole(caller, 'beheerder');
    if (!isImportKind(raw.kind)) throw new ValidationError({ kind: 'adminImport.error.kind' });
    const text = typeof raw.text === 'string' ? raw.text.replace(/^\uFEFF/, '').trim() : '';
    if (text === '') throw new ValidationError({ text: 'adminImport.error.empty' });
    if (text.length > IMPORT_MAX_CHARS) throw new ValidationError({ text: 'adminImport.error.tooLong' });
    return { id: randomUUID(), kind: raw.kind, text, by: caller.aadObjectId };
  }

  preview(t: Translate, caller: Caller, draft: ImportDraft): Promise<ImportOutcome> {
    return this.run(t, caller, draft, true);
  }

  apply(t: Translate, caller: Caller, draft: ImportDraft): Promise<ImportOutcome> {
    return this.run(t, caller, draft, false);
  }

  private async run(
    t: Translate,
    caller: Caller,
    draft: ImportDraft,
    dryRun: boolean,
  ): Promise<ImportOutcome> {
    requireRole(caller, 'beheerder');
    return draft.kind === 'rounds'
      ? this.rounds(t, caller, draft.text, dryRun)
      : this.profiles(t, draft.text, dryRun);
  }

  private async rounds(t: Translate, caller: Caller, text: string, dryRun: boolean): Promise<ImportOutcome> {
    let definition: unknown;
    try {
      definition = JSON.parse(text) as unknown;
    } catch {
      return { ok: false, problems: [t('adminImport.rounds.notJson')] };
    }
    const problems = (list: RoundProblem[]): ImportOutcome => ({
      ok: false,
      problems: list.map((p) => t('adminImport.rounds.problem', { field: p.path, detail: p.message })),
    });
    const repo = new CosmosRoundRepository(this.deps.containers.applications);
    const checked = roundFromDefinition(definition, caller.aadObjectId, this.deps.now());
    if ('problems' in checked) return problems(checked.problems);
    let round = checked.round;
    let created = !(await repo.get(round.id));
    if (!dryRun) {
      const service = new RoundService(
        repo,
        new CosmosReviewRepository(this.deps.containers.applications),
        this.deps.now,
      );
      const result = await service.importDefinition(definition, caller.aadObjectId);
      if ('problems' in result) return problems(result.problems);
      round = result.round;
      created = result.created;
    }
    return {
      ok: true,
      created: created ? 1 : 0,
      updated: created ? 0 : 1,
      items: [
        {
          label: `${round.name} (${round.id})`,
          detail: t('adminImport.rounds.detail', {
            opens: round.opensAt.slice(0, 10),
            closes: round.closesAt.slice(0, 10),
            places: round.places,
            criteria: round.criteria.length,
          }),
        },
      ],
    };
  }

  private async profiles(t: Translate, text: string, dryRun: boolean): Promise<ImportOutcome> {
    const format = /^[[{]/.test(text) ? 'json' : 'csv';
    const result = await importProfiles(
      t,
      text,
      format,
      {
        repo: new CosmosMatchingRepository(this.deps.containers.matching),
        schools: this.deps.schools,
        now: this.deps.now,
      },
      { dryRun },
    );
    if (!result.ok) return result;
    return {
      ok: true,
      created: result.created,
      updated: result.updated,
      items: result.profiles.map((p) => ({
        label: p.name,
        detail: t('adminImport.profiles.detail', { id: p.id, line: p.line }),
      })),
    };
  }
}
