import { ConflictError } from '../../domain/errors';
import type { Logger } from '../../logger';
import { DEFAULT_TUNING, FaqEngine, type Tuning } from './faq-engine';
import type { FaqEntry, KnowledgeBase, SourceDoc } from './faq-entry';
import type { Synonyms } from './faq-files';
import { entryHash, type FaqRepository, type StoredEntry } from './faq-repository';

export interface FileKnowledge {
  kb: KnowledgeBase;
  synonyms: Synonyms;
}

export interface FaqKnowledgeDeps {
  repo: FaqRepository;
  /** The knowledge base as kept in the repository's files. */
  files: () => FileKnowledge;
  log: Logger;
  now: () => Date;
  tuning?: Tuning;
  /** How often to look (one point read) whether another instance changed the knowledge base. */
  checkEveryMs?: number;
}

export interface SyncReport {
  created: number;
  updated: number;
  removed: number;
  /** Edited in Teams and not exported yet: kept, they win over the files. */
  keptEdits: number;
}

/**
 * The knowledge base in memory. At start the files are synced into Cosmos (edits made in Teams win until
 * exported), then every entry is read once and indexed. Questions are answered from memory only; after an
 * edit the index is rebuilt in this process at once, and other instances notice the version bump.
 */
export class FaqKnowledge {
  private engine?: FaqEngine;
  private loading?: Promise<FaqEngine>;
  private version = 0;
  private lastCheck = 0;
  private checking = false;
  private synonyms?: Synonyms;
  private sources: Record<string, SourceDoc> = {};
  /** Set while answering from the files because the store did not answer at start. */
  private degradedSince?: number;

  constructor(private readonly deps: FaqKnowledgeDeps) {}

  /** Starts loading (idempotent); a failed start is retried by the next call. */
  start(): Promise<FaqEngine> {
    this.loading ??= this.syncAndLoad().catch((err: unknown) => {
      this.loading = undefined;
      throw err;
    });
    return this.loading;
  }

  /** The engine to answer with; waits for the first load. */
  async current(): Promise<FaqEngine> {
    const engine = this.engine ?? (await this.start());
    this.checkForUpdates();
    return engine;
  }

  sourceTitle(doc: string, locale: 'nl' | 'en'): string {
    return this.sources[doc]?.[locale] ?? doc;
  }

  get sourceDocs(): Record<string, SourceDoc> {
    return this.sources;
  }

  get degraded(): boolean {
    return this.degradedSince !== undefined;
  }

  /** Re-reads every entry from the store and swaps in a new index (after an edit). */
  async reload(): Promise<FaqEngine> {
    const [stored, version] = await Promise.all([this.deps.repo.listEntries(), this.deps.repo.version()]);
    this.version = version;
    return this.build(stored);
  }

  private async syncAndLoad(): Promise<FaqEngine> {
    const files = this.deps.files();
    this.synonyms = files.synonyms;
    this.sources = files.kb.sources;
    try {
      const report = await syncFilesToStore(this.deps.repo, files.kb.entries, this.deps.now());
      this.deps.log.info(report, 'FAQ knowledge base synced from files');
      this.degradedSince = undefined;
      return await this.reload();
    } catch (err) {
      // Without the store the files still answer questions; edits from Teams come back once it does.
      this.deps.log.warn({ err }, 'FAQ store unavailable: answering from the files until it is back');
      this.degradedSince = this.deps.now().getTime();
      return this.build(
        files.kb.entries.map((entry) => ({
          entry,
          origin: 'file',
          edited: false,
          updatedAt: '',
          updatedBy: 'files',
        })),
      );
    }
  }

  private build(stored: StoredEntry[]): FaqEngine {
    const entries = stored.map((s) => s.entry);
    const ids = new Set(entries.map((e) => e.id));
    // A follow-up may point at an entry that a later edit removed: drop it rather than show a dead button.
    const clean: FaqEntry[] = entries.map((e) => ({
      ...e,
      followUps: e.followUps.filter((f) => ids.has(f)),
    }));
    const engine = new FaqEngine(
      { entries: clean, sources: this.sources },
      this.synonyms ?? { nl: [], en: [] },
      this.deps.tuning ?? DEFAULT_TUNING,
    );
    this.engine = engine;
    this.lastCheck = this.deps.now().getTime();
    return engine;
  }

  /** At most every checkEveryMs, and never on the question's path: the answer does not wait for it. */
  private checkForUpdates(): void {
    const every = this.deps.checkEveryMs ?? 30_000;
    const now = this.deps.now().getTime();
    if (this.checking || now - this.lastCheck < every) return;
    this.checking = true;
    this.lastCheck = now;
    const work =
      this.degradedSince !== undefined
        ? this.syncAndLoad().then(() => undefined)
        : this.deps.repo.version().then(async (v) => {
            if (v !== this.version) await this.reload();
          });
    void work
      .catch((err: unknown) => this.deps.log.warn({ err }, 'FAQ version check failed'))
      .finally(() => {
        this.checking = false;
      });
  }
}

/**
 * Brings the files into the store. An entry edited in Teams (and not exported since) is kept as it is;
 * once its exported text is in the files, the flag is cleared. Entries removed from the files are removed
 * from the store unless they were edited or written in Teams.
 */
export async function syncFilesToStore(
  repo: FaqRepository,
  fileEntries: readonly FaqEntry[],
  now: Date,
): Promise<SyncReport> {
  const report: SyncReport = { created: 0, updated: 0, removed: 0, keptEdits: 0 };
  const stored = new Map((await repo.listEntries()).map((s) => [s.entry.id, s]));
  const at = now.toISOString();
  const fileIds = new Set<string>();
  for (const entry of fileEntries) {
    fileIds.add(entry.id);
    const hash = entryHash(entry);
    const current = stored.get(entry.id);
    const fromFile: StoredEntry = {
      entry,
      origin: 'file',
      edited: false,
      fileHash: hash,
      updatedAt: at,
      updatedBy: 'files',
    };
    try {
      if (!current) {
        await repo.saveEntry(fromFile);
        report.created++;
      } else if (current.edited) {
        if (entryHash(current.entry) === hash) {
          await repo.saveEntry({ ...fromFile, etag: current.etag });
          report.updated++;
        } else {
          report.keptEdits++;
        }
      } else if (current.fileHash !== hash) {
        await repo.saveEntry({ ...fromFile, etag: current.etag });
        report.updated++;
      }
    } catch (err) {
      // Another instance synced the same entry at the same moment: its write is as good as ours.
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  for (const [id, s] of stored) {
    if (!fileIds.has(id) && s.origin === 'file' && !s.edited) {
      await repo.deleteEntry(id, s.etag).catch((err: unknown) => {
        if (!(err instanceof ConflictError)) throw err;
      });
      report.removed++;
    }
  }
  return report;
}
