import { CosmosClient, type CosmosClientOptions } from '@azure/cosmos';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
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
import { FaqService, reviewIdOf } from '../../src/features/faq/faq.service';
import { CONTAINERS } from '../../src/storage/containers';
import { createLogger } from '../../src/logger';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';
import { OpCounter } from '../helpers/cosmos-probe';

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

  /** The CLI against this test's FAQ repository; each run's output on its own. */
  const faqCli = () => async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
    const deps = {
      io,
      config: () => loadConfig({}),
      store: () => Promise.resolve({ faq: repo } as unknown as CliStore),
      readFile: (file: string) => Promise.resolve(readFileSync(file, 'utf8')),
    };
    const code = await runCli(args, io, { deps });
    return { code, stdout, stderr };
  };

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
      const cli = faqCli();
      const run = await cli(['faq', 'export', '--dir', dir, '--json']);
      assert.equal(run.code, 0, run.stderr);
      const result = JSON.parse(run.stdout) as { editedInTeams: string[]; changedFiles: string[] };
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

  it('When "faq sheet" is run, then the workbook holds every entry and the queued question, and CSV has a BOM', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    await service.ask('hoe laat gaat de kantine open', 'nl');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-faq-sheet-'));
    try {
      const cli = faqCli();
      const file = path.join(dir, 'faq.xlsx');
      const sheet = await cli(['faq', 'sheet', '--out', file]);
      assert.equal(sheet.code, 0, sheet.stderr);
      const stored = await repo.listEntries();
      assert.match(sheet.stdout, new RegExp(`Wrote ${stored.length} entries and 1 open review items`));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      assert.equal(book.getWorksheet('Vragen en antwoorden')!.rowCount, 1 + stored.length);
      assert.equal(
        book.getWorksheet('Open vragen')!.getRow(2).getCell(3).value,
        'hoe laat gaat de kantine open',
      );
      const csv = await cli(['faq', 'sheet', '--format', 'csv', '--table', 'reviews']);
      assert.equal(csv.code, 0, csv.stderr);
      assert.match(csv.stdout, /^\uFEFFid,aantal_keer,laatste_vraag/);
      assert.match(csv.stdout, /,1,hoe laat gaat de kantine open,/);
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

  it('When the same question comes from 24 conversations at once, then one review item counts all 24 and keeps every wording', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    // Twelve wordings with the same words once filler is dropped (one key), each asked twice.
    const fillers = [
      '',
      ' nou',
      ' eigenlijk',
      ' toch',
      ' dan',
      ' even',
      ' precies',
      ' echt',
      ' gewoon',
      ' eens',
      ' hier',
      ' nu',
    ];
    const texts = fillers.map((f) => `hoe laat sluit de kantine${f}`);
    const outcomes = await Promise.all([...texts, ...texts].map((t) => service.ask(t, 'nl')));
    assert.deepEqual(
      outcomes.map((o) => (o.kind === 'unknown' ? o.logged : o.kind)),
      outcomes.map(() => true),
    );
    const open = await repo.listOpenReviews();
    assert.equal(open.length, 1);
    assert.equal(open[0]?.count, 24);
    assert.deepEqual(new Set(open[0]?.questions.map((q) => q.text)), new Set(texts));
  });

  it('When similar but not identical questions are queued, then the beheerder sees one group and one dismiss closes all of them', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    for (const q of [
      'hoe laat gaat de kantine open',
      'Hoe laat gaat de kantine open?',
      'hoe laat gaat de kantine vandaag open',
      'wat is het wachtwoord van de wifi',
    ])
      await service.ask(q, 'nl');
    assert.equal((await repo.listOpenReviews()).length, 3, 'two kantine items and the wifi item');
    const queue = await service.reviewQueue(beheerder(B1));
    assert.equal(queue.length, 2);
    const kantine = queue.find((v) => v.group.questions.some((q) => q.text.includes('kantine')));
    assert.ok(kantine);
    assert.equal(kantine.group.count, 3);
    assert.equal(kantine.group.members.length, 2);
    assert.equal(kantine.group.questions[0]?.text, 'hoe laat gaat de kantine vandaag open', 'newest first');
    const closed = await service.dismissReview(beheerder(B1), { reviewId: kantine.group.id });
    assert.deepEqual(new Set(closed), new Set(kantine.group.members.map((m) => m.id)));
    const left = await service.reviewQueue(beheerder(B1));
    assert.deepEqual(
      left.map((v) => v.group.questions[0]?.text),
      ['wat is het wachtwoord van de wifi'],
    );
    const audit = await repo.listAudit();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.reviewId, kantine.group.id);
    // Pressing the button again (on the primary or on a member) changes nothing more.
    for (const id of closed)
      await assert.rejects(service.dismissReview(beheerder(B2), { reviewId: id }), (err: unknown) => {
        return err instanceof DomainError && err.messageKey === 'faq.review.alreadyDone';
      });
    assert.equal((await repo.listAudit()).length, 1);
  });

  it('When a question equals one that was dismissed, then it opens a fresh item and the dismissal stands', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    const question = 'wat is de hoofdstad van frankrijk';
    await service.ask(question, 'nl');
    await service.ask(question, 'nl');
    const first = reviewIdOf(['frankrijk', 'hoofdstad']);
    assert.equal((await repo.getReview(first))?.count, 2);
    await service.dismissReview(beheerder(B1), { reviewId: first });
    for (const generation of [2, 3]) {
      await service.ask(question, 'nl');
      await service.ask(question, 'nl');
      const open = await repo.listOpenReviews();
      assert.deepEqual(
        open.map((o) => [o.id, o.count]),
        [[`${first}-${generation}`, 2]],
      );
      await service.dismissReview(beheerder(B1), { reviewId: `${first}-${generation}` });
    }
    const head = await repo.getReview(first);
    assert.equal(head?.status, 'dismissed');
    assert.equal(head?.count, 2, 'the dismissed item took no new questions');
    assert.equal((await repo.getReview(`${first}-2`))?.status, 'dismissed');
    await service.ask(question, 'nl');
    assert.equal((await repo.getReview(`${first}-4`))?.count, 1);
    assert.equal((await service.reviewQueue(beheerder(B1))).length, 1);
  });

  it('When questions are queued while the queue holds many items, then each costs point reads and one write and never a query', async () => {
    const { knowledge } = setup();
    await knowledge.start();
    const counter = new OpCounter();
    // The SDK takes `plugins` but leaves it out of its public options type (as src/storage/cosmos.ts does).
    const client = new CosmosClient({
      endpoint: db.endpoint,
      key: db.key,
      connectionPolicy: { enableEndpointDiscovery: false },
      plugins: [counter.plugin],
    } as CosmosClientOptions);
    const counted = new FaqRepository(client.database(db.databaseId).container(CONTAINERS.faq.id));
    const service = new FaqService(knowledge, counted, log);
    for (let i = 0; i < 60; i++) await service.ask(`blabla ${i.toString(36)} zonder antwoord`, 'nl');
    await service.ask('wat is de hoofdstad van frankrijk', 'nl');
    await service.dismissReview(beheerder(B1), { reviewId: reviewIdOf(['frankrijk', 'hoofdstad']) });
    const queued = (await repo.listOpenReviews()).length;
    assert.ok(queued > 30, `${queued} open items`);
    const cost = async (q: string) => {
      const before = counter.snapshot();
      const outcome = await service.ask(q, 'nl');
      assert.deepEqual(outcome, { kind: 'unknown', logged: true });
      const { read, write, query } = counter.since(before);
      return { read, write, query };
    };
    assert.deepEqual(await cost('hoe laat sluit de kantine'), { read: 1, write: 1, query: 0 }, 'new');
    assert.deepEqual(await cost('Hoe laat sluit de kantine?'), { read: 1, write: 1, query: 0 }, 'known');
    assert.deepEqual(
      await cost('wat is de hoofdstad van frankrijk'),
      { read: 2, write: 1, query: 0 },
      'dismissed before',
    );
    assert.equal((await repo.listOpenReviews()).length, queued + 2, 'kantine and a fresh frankrijk item');
  });

  it('When a question comes in while the beheerder dismisses its item, then the question is either closed with it or in a fresh item', async () => {
    const { knowledge, service } = setup();
    await knowledge.start();
    const question = 'wat is het wachtwoord van de wifi';
    await service.ask(question, 'nl');
    const first = reviewIdOf(['wachtwoord', 'wifi']);
    await Promise.all([
      service.dismissReview(beheerder(B1), { reviewId: first }),
      ...[1, 2, 3, 4, 5].map(() => service.ask(question, 'nl')),
    ]);
    const head = await repo.getReview(first);
    const fresh = await repo.getReview(`${first}-2`);
    assert.equal(head?.status, 'dismissed');
    assert.equal((head?.count ?? 0) + (fresh?.count ?? 0), 6, 'no question lost');
    if (fresh) assert.equal(fresh.status, 'open');
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
