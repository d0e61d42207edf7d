import { DateTime } from 'luxon';
import { z } from 'zod';
import { requireRole, type AccessService } from '../../domain/access';
import { DomainError, parseForm, ValidationError } from '../../domain/errors';
import type { SchoolRepository } from '../../domain/repositories';
import type { Caller } from '../../domain/user';
import { OneTimeTokens, readToken, signToken } from '../../export/download-token';
import { CONTENT_TYPES, toCsv, toXlsx } from '../../export/table-export';
import type { Logger } from '../../logger';
import { CosmosApplicationRepository, CosmosReviewRepository } from '../../storage/application-repository';
import type { ContainerName } from '../../storage/containers';
import { CosmosSchedulerRepository, CosmosUpdateRepository } from '../../storage/logboek-repository';
import { CosmosRoundRepository } from '../../storage/round-repository';
import type { Container } from '@azure/cosmos';
import { exportApplications } from '../aanmelding/application-export';
import { exportFaq } from '../faq/faq-export';
import { FaqRepository } from '../faq/faq-repository';
import { exportRows, updatesTable } from '../logboek/export';

/**
 * Exports a beheerder asks for in Teams: the form is checked here, the answer is a signed link, and the file
 * is made fresh when the link is opened (GET /api/export/:token), for the person who asked only.
 */

export const EXPORT_KINDS = ['applications', 'logboek', 'faq'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
const FORMATS = ['xlsx', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export type ExportParams =
  | { kind: 'applications'; roundId: string; format: Format }
  | { kind: 'logboek'; from: string; to: string; format: Format; pseudonymise: boolean }
  | { kind: 'faq'; format: 'xlsx' | 'csv' };

const isoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid;

const formSchema = z
  .object({
    kind: z.enum(EXPORT_KINDS),
    format: z.enum(FORMATS),
    roundId: z.string().trim().max(60).optional().default(''),
    from: z.string().trim().max(10).optional().default(''),
    to: z.string().trim().max(10).optional().default(''),
    pseudonymise: z
      .union([z.boolean(), z.string().max(5)])
      .optional()
      .transform((v) => v === true || v === 'true'),
  })
  .superRefine((v, ctx) => {
    const problem = (field: string) => ctx.addIssue({ code: 'custom', path: [field] });
    if (v.kind === 'applications' && !v.roundId) problem('roundId');
    if (v.kind === 'logboek') {
      if (!isoDate(v.from)) problem('from');
      if (!isoDate(v.to) || (isoDate(v.from) && v.from > v.to)) problem('to');
    }
    if (v.kind === 'faq' && v.format === 'json') problem('format');
  });

export function parseExportForm(raw: unknown): ExportParams {
  const v = parseForm(formSchema, raw, {
    kind: 'adminExport.error.kind',
    format: 'adminExport.error.format',
    roundId: 'adminExport.error.round',
    from: 'adminExport.error.from',
    to: 'adminExport.error.to',
  });
  if (v.kind === 'applications') return { kind: v.kind, roundId: v.roundId, format: v.format };
  if (v.kind === 'logboek')
    return { kind: v.kind, from: v.from, to: v.to, format: v.format, pseudonymise: v.pseudonymise };
  return { kind: 'faq', format: v.format === 'json' ? 'xlsx' : v.format };
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export type DownloadResult =
  | ({ status: 200 } & ExportFile)
  | { status: 403 | 404 | 410 | 503; reason: 'forbidden' | 'unknown' | 'expired' | 'used' | 'unavailable' };

export interface ExportDeps {
  containers: Record<ContainerName, Container>;
  schools: SchoolRepository;
  access: AccessService;
  log: Logger;
  now: () => Date;
  config: { linkSecret?: string; linkMinutes: number };
  /** The base URL links start with, e.g. https://kansenwijzer.example.org */
  baseUrl: () => string;
}

export class ExportService {
  private secret?: Promise<string>;
  private readonly oneTime = new OneTimeTokens();

  constructor(private readonly deps: ExportDeps) {}

  private linkSecret(): Promise<string> {
    this.secret ??= this.deps.config.linkSecret
      ? Promise.resolve(this.deps.config.linkSecret)
      : new CosmosSchedulerRepository(this.deps.containers.scheduler).secret('export-links');
    // A failed read is tried again next time.
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }

  async rounds(caller: Caller): Promise<{ id: string; name: string }[]> {
    requireRole(caller, 'beheerder');
    const rounds = await new CosmosRoundRepository(this.deps.containers.applications).list();
    return rounds.map((r) => ({ id: r.id, name: r.name }));
  }

  /** Checks the form and signs a link for this beheerder; nothing is exported yet. */
  async createLink(
    caller: Caller,
    raw: unknown,
  ): Promise<{ url: string; fileName: string; params: ExportParams; expiresAt: Date }> {
    requireRole(caller, 'beheerder');
    const params = parseExportForm(raw);
    if (
      params.kind === 'applications' &&
      !(await new CosmosRoundRepository(this.deps.containers.applications).get(params.roundId))
    ) {
      throw new ValidationError({ roundId: 'adminExport.error.round' });
    }
    const expiresAt = new Date(this.deps.now().getTime() + this.deps.config.linkMinutes * 60_000);
    const token = signToken(await this.linkSecret(), {
      sub: caller.aadObjectId,
      exp: expiresAt.getTime(),
      params,
    });
    this.deps.log.info({ audit: 'export.link', by: caller.aadObjectId, params }, 'export link made');
    return {
      url: `${this.deps.baseUrl().replace(/\/+$/, '')}/api/export/${token}`,
      fileName: fileNameOf(params),
      params,
      expiresAt,
    };
  }

  /** Serves a link: valid, not expired, not used, and its beheerder still is one. */
  async download(token: string): Promise<DownloadResult> {
    const now = this.deps.now().getTime();
    const check = readToken<unknown>(await this.linkSecret(), token, now);
    if (!check.ok) {
      this.deps.log.warn({ audit: 'export.refused', reason: check.reason }, 'export link refused');
      return check.reason === 'expired'
        ? { status: 410, reason: 'expired' }
        : { status: 404, reason: 'unknown' };
    }
    const { sub, nonce, exp } = check.payload;
    let params: ExportParams;
    try {
      params = parseExportForm(check.payload.params);
    } catch {
      return { status: 404, reason: 'unknown' };
    }
    const caller = await this.deps.access.callerFor({ aadObjectId: sub, name: '', tenantId: '' });
    if (!caller.roles.has('beheerder')) {
      this.deps.log.warn(
        { audit: 'export.refused', by: sub, reason: 'not beheerder' },
        'export link refused',
      );
      return { status: 403, reason: 'forbidden' };
    }
    if (!this.oneTime.use(nonce, exp, now)) {
      this.deps.log.warn({ audit: 'export.refused', by: sub, reason: 'used' }, 'export link refused');
      return { status: 410, reason: 'used' };
    }
    try {
      const file = await this.build(params);
      this.deps.log.info(
        { audit: 'export.download', by: sub, params, bytes: file.content.length },
        'export downloaded',
      );
      return { status: 200, ...file };
    } catch (err) {
      // Not spent: the same link may be tried again while it lasts.
      this.oneTime.release(nonce);
      if (err instanceof DomainError) return { status: 404, reason: 'unknown' };
      this.deps.log.warn({ err, by: sub }, 'export failed');
      return { status: 503, reason: 'unavailable' };
    }
  }

  async build(params: ExportParams): Promise<ExportFile> {
    const { containers } = this.deps;
    const file = (content: Buffer, format: Format): ExportFile => ({
      fileName: fileNameOf(params),
      contentType: CONTENT_TYPES[format],
      content,
    });
    switch (params.kind) {
      case 'applications': {
        const c = containers.applications;
        const result = await exportApplications(
          {
            rounds: new CosmosRoundRepository(c),
            applications: new CosmosApplicationRepository(c),
            reviews: new CosmosReviewRepository(c),
          },
          params.roundId,
          params.format,
          this.deps.now(),
        );
        return file(result.content, params.format);
      }
      case 'logboek': {
        const [updates, schools] = await Promise.all([
          new CosmosUpdateRepository(containers.logboek).listAll({ from: params.from, to: params.to }),
          this.deps.schools.list({ fresh: true }),
        ]);
        const secret = params.pseudonymise
          ? await new CosmosSchedulerRepository(containers.scheduler).secret('export-pseudonyms')
          : undefined;
        const rows = exportRows(updates, schools, { pseudonymSecret: secret });
        const content =
          params.format === 'xlsx'
            ? await toXlsx([updatesTable(rows)])
            : params.format === 'csv'
              ? toCsv(updatesTable(rows))
              : Buffer.from(`${JSON.stringify(rows, null, 2)}\n`);
        return file(content, params.format);
      }
      case 'faq':
        return file(
          (await exportFaq(new FaqRepository(containers.faq), params.format)).content,
          params.format,
        );
    }
  }
}

export function fileNameOf(p: ExportParams): string {
  switch (p.kind) {
    case 'applications':
      return `aanmeldingen-${p.roundId.replace(/[^a-z0-9-]/gi, '_')}.${p.format}`;
    case 'logboek':
      return `logboek-${p.from}-tot-${p.to}${p.pseudonymise ? '-pseudoniem' : ''}.${p.format}`;
    case 'faq':
      return `faq.${p.format}`;
  }
}
