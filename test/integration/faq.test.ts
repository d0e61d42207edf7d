import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliStore } from '../../src/cli/context';
import { runCli } from '../../src/cli/program';
import { loadConfig } from '../../src/config';
import { AccessService } from '../../src/domain/access';
import { DomainError, StoreUnavailableError } from '../../src/domain/errors';
import type { Caller } from '../../src/domain/user';
import type { FaqEntry } from '../../src/features/faq/faq-entry';
import {
  DEFAULT_FAQ_DIR,
  loadKnowledgeBaseFiles,
  loadSynonyms,
  writeKnowledgeBaseFiles,
} from '../../src/features/faq/faq-files';
import { FaqKnowledge, syncFilesToStore } from '../../src/features/faq/faq-knowledge';
import { FaqRepository } from '../../src/features/faq/faq-repository';
import { FaqService } from '../../src/features/faq/faq.service';
import { createLogger } from '../../src/logger';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';

const log = createLogger('silent');
const files = () => ({ kb: loadKnowledgeBaseFiles(), synonyms: loadSynonyms() });
const beheerder = (id: string): Caller =>
  new AccessService(
    {
      get: () => Promise.resolve(undefined),
      list: () => Promise.resolve([]),
      save: (u) => Promise.resolve(u),
    },
    [id],
  ).toCaller({ aadObjectId: id, name: id, tenantId: 't' }, undefined);
const B1 = 'b0000000-0000-4000-8000-00000000000a';
const B2 = 'b0000000-0000-4000-8000-00000000000b';

describe('FAQ against the embedded Cosmos server', function () {
  this.timeout(60_000);
  let db: TestDatabase;
  let repo: FaqRepository;
  beforeEach(async () => {
    db = await freshDatabase();
    repo = new FaqRepository(db.containers.faq);
  });
  afterEach(() => db.drop());

  const setup = () => {
    const knowledge = new FaqKnowledge({ repo, files, log, now: () => new Date(), checkEveryMs: 0 });
    return { knowledge, service: new FaqService(knowledge, repo, log) };
  };

  it('When the files are synced twice, then the store has every entry and the second sync writes nothing', async () => {
    const entries = loadKnowledgeBaseFiles().entries;
    const first = await syncFilesToStore(repo, entries, new Date());
    assert.equal(first.created, entries.length);
    const second = await syncFilesToStore(repo, entries, new Date());
    assert.deepEqual(second, { created: 0, updated: 0, removed: 0, keptEdits: 0 });
    assert.equal((await repo.listEntries()).length, entries.length);
  });

  it('When an entry was edited in Teams, then it wins over the files until the exported text is in the files', async () => {
    const entries = loadKnowledgeBaseFiles().entries;
    await syncFilesToStore(repo, entries, new Date());
    const stored = await repo.getEntry('gkdi-werkbudget');
    assert.ok(stored);
    const edited: FaqEntry = {
      ...stored.entry,
      nl: { ...stored.entry.nl, alternates: [...stored.entry.nl.alternates, 'poen?'] },
    };
    await repo.saveEntry({ ...stored, entry: edited, edited: true, updatedBy: B1 });
    // A file change to the same entry (e.g. a pull request) does not overwrite the edit…
    const fileChanged = entries.map((e) =>
      e.id === 'gkdi-werkbudget' ? { ...e, nl: { ...e.nl, detail: 'anders' } } : e,
    );
    assert.equal((await syncFilesToStore(repo, fileChanged, new Date())).keptEdits, 1);
    assert.ok((await repo.getEntry('gkdi-werkbudget'))?.entry.nl.alternates.includes('poen?'));
    // …an unedited entry takes the file change…
    const other = entries.map((e) =>
      e.id === 'oa-looptijd' ? { ...e, nl: { ...e.nl, detail: 'nieuw' } } : e,
    );
    await syncFilesToStore(repo, other, new Date());
    assert.equal((await repo.getEntry('oa-looptijd'))?.entry.nl.detail, 'nieuw');
    // …and once the export is in the files, the flag is cleared.
    const exported = entries.map((e) => (e.id === 'gkdi-werkbudget' ? edited : e));
    await syncFilesToStore(repo, exported, new Date());
    assert.equal((await repo.getEntry('gkdi-werkbudget'))?.edited, false);
  });

  it('When an entry leaves the files, then it leaves the store, unless it was written in Teams', async () => {
    const entries = loadKnowledgeBaseFiles().entries;
    await syncFilesToStore(repo, entries, new Date());
    const runtime = { ...entries[0]!, id: 'nieuw-in-teams' };
    await repo.saveEntry({ entry: runtime, origin: 'runtime', edited: true, updatedAt: '', updatedBy: B1 });
    const report = await syncFilesToStore(
      repo,
      entries.filter((e) => e.id !== 'bpv-meer-weten'),
      new Date(),
    );
    assert.equal(report.removed, 1);
    assert.equal(await repo.getEntry('bpv-meer-weten'), undefined);
    assert.ok(await repo.getEntry('nieuw-in-teams'));
  });

  it('When the knowledge base is exported, then only the edited topic file changes and it loads back the same', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    await service.ask('hoe laat gaat de kantine open', 'nl');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    await service.linkReview(beheerder(B1), { reviewId: item.id, entryId: 'kw-contact-kennispunt' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-faq-export-'));
    try {
      cpSync(DEFAULT_FAQ_DIR, dir, { recursive: true });
      const changed = await writeKnowledgeBaseFiles(
        (await repo.listEntries()).map((s) => s.entry),
        dir,
      );
      assert.deepEqual(
        changed.map((f) => path.basename(f)),
        ['kansenwijzer.yaml'],
      );
      assert.match(
        readFileSync(path.join(dir, 'kansenwijzer.yaml'), 'utf8'),
        /- hoe laat gaat de kantine open/,
      );
      const reloaded = loadKnowledgeBaseFiles(dir).entries.find((e) => e.id === 'kw-contact-kennispunt');
      assert.deepEqual(reloaded, (await repo.getEntry('kw-contact-kennispunt'))?.entry);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('When "faq export" is run after an edit in Teams, then the CLI writes the edit to the files and names it', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    await service.ask('hoe laat gaat de kantine open', 'nl');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    await service.linkReview(beheerder(B1), { reviewId: item.id, entryId: 'kw-contact-kennispunt' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-faq-cli-export-'));
    try {
      cpSync(DEFAULT_FAQ_DIR, dir, { recursive: true });
      let stdout = '';
      let stderr = '';
      const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
      const deps = {
        io,
        config: () => loadConfig({}),
        store: () => Promise.resolve({ faq: repo } as unknown as CliStore),
        readFile: (file: string) => Promise.resolve(readFileSync(file, 'utf8')),
      };
      const code = await runCli(['faq', 'export', '--dir', dir, '--json'], io, { deps });
      assert.equal(code, 0, stderr);
      const result = JSON.parse(stdout) as { editedInTeams: string[]; changedFiles: string[] };
      assert.deepEqual(result.editedInTeams, ['kw-contact-kennispunt']);
      assert.deepEqual(
        result.changedFiles.map((f) => path.basename(f)),
        ['kansenwijzer.yaml'],
      );
      assert.match(
        readFileSync(path.join(dir, 'kansenwijzer.yaml'), 'utf8'),
        /- hoe laat gaat de kantine open/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('When two beheerders link the same queued question at the same moment, then one wins and it is audited once', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    await service.ask('wat is het wachtwoord van de wifi', 'nl');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    const results = await Promise.allSettled([
      service.linkReview(beheerder(B1), { reviewId: item.id, entryId: 'kw-contact-kennispunt' }),
      service.linkReview(beheerder(B2), { reviewId: item.id, entryId: 'gkdi-werkbudget' }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.ok(failed?.reason instanceof DomainError);
    assert.equal(failed.reason.messageKey, 'faq.review.alreadyDone');
    assert.equal((await repo.getReview(item.id))?.status, 'resolved');
  });

  it('When the same unknown question arrives five times at once, then one review item counts all five', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    await Promise.all([1, 2, 3, 4, 5].map(() => service.ask('hoe laat sluit de kantine', 'nl')));
    const open = await repo.listOpenReviews();
    assert.equal(open.length, 1);
    assert.equal(open[0]?.count, 5);
  });

  it('When one instance edits the knowledge base, then another instance answers with the edit soon after', async () => {
    const a = setup();
    const b = setup();
    await Promise.all([a.knowledge.start(), b.knowledge.start()]);
    const question = 'hoe laat gaat de kantine open';
    assert.equal((await b.service.ask(question, 'nl')).kind, 'unknown');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    await a.service.linkReview(beheerder(B1), { reviewId: item.id, entryId: 'kw-contact-kennispunt' });
    assert.equal((await a.service.ask(question, 'nl')).kind, 'answer');
    // B checks the version in the background (here on every question) and reloads.
    await b.knowledge.current();
    for (let i = 0; i < 50 && (await b.service.ask(question, 'nl')).kind !== 'answer'; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal((await b.service.ask(question, 'nl')).kind, 'answer');
  });

  it('When the store is down at start, then questions are still answered from the files', async () => {
    const broken = new FaqRepository(db.containers.faq);
    broken.listEntries = () => Promise.reject(new StoreUnavailableError(new Error('503')));
    const knowledge = new FaqKnowledge({
      repo: broken,
      files,
      log,
      now: () => new Date(),
      checkEveryMs: 60_000,
    });
    const service = new FaqService(knowledge, broken, log);
    const outcome = await service.ask('wanneer hoor ik of we geselecteerd zijn', 'nl');
    assert.equal(outcome.kind === 'answer' ? outcome.entry.id : outcome.kind, 'gkdi-uitslag-datum');
    assert.equal(knowledge.degraded, true);
  });
});
