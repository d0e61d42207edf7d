import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/program';
import { loadConfig } from '../../src/config';
import type { InterventionUpdate } from '../../src/domain/logboek';
import { createLogger } from '../../src/logger';
import { connectCosmos } from '../../src/storage/cosmos';
import { CosmosUpdateRepository } from '../../src/features/logboek/logboek-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';

const update = (i: number, extra: Partial<InterventionUpdate> = {}): InterventionUpdate => ({
  id: `3f1c2b4a-1111-4c4c-8888-${String(i).padStart(12, '0')}`,
  schoolId: 'albeda',
  coachId: 'a0000000-0000-4000-8000-000000000002',
  coachName: 'Alice de Vries',
  date: `2026-03-0${i}`,
  activityType: 'gastles',
  mechanism: 'zoekgedrag',
  participants: 20 + i,
  phase: null,
  text: `gastles ${i}, "met" aanhalingstekens, komma's\nen een nieuwe regel`,
  createdAt: `2026-03-0${i}T10:00:00.000Z`,
  updatedAt: `2026-03-0${i}T10:00:00.000Z`,
  deleted: false,
  history: [],
  ...extra,
});

describe('logboek CLI: updates parse and updates export (integration)', function () {
  this.timeout(60_000);
  let dataDir: string;
  let env: Record<string, string>;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-logboek-cli-'));
    env = { DATA_DIR: dataDir, COSMOS_DATABASE: 'kw-logboek-cli', LOG_LEVEL: 'silent' };
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, { env });
    return { code, stdout, stderr };
  }

  async function seed(): Promise<void> {
    const connection = await connectCosmos(loadConfig(env).cosmos, createLogger('silent'));
    try {
      await new CosmosSchoolRepository(connection.containers.directory).save({
        id: 'albeda',
        name: 'Albeda',
        shortNames: [],
        updatedAt: 'x',
        updatedBy: 'x',
      });
      const repo = new CosmosUpdateRepository(connection.containers.logboek);
      await repo.create(update(1));
      await repo.create(update(2, { text: '=HYPERLINK("http://x")', mechanism: null }));
      await repo.create(update(3, { deleted: true }));
      await repo.create(
        update(5, { coachId: 'c0000000-0000-4000-8000-000000000003', coachName: 'Bob Bakker' }),
      );
      await repo.create(update(9));
    } finally {
      await connection.close();
    }
  }

  it('When a message is parsed with --json, then the fields and confidences are printed, null where unknown', async () => {
    const run = await cli([
      'updates',
      'parse',
      'TCR: workshop objectief werven met HR van 6 leerbedrijven, afgelopen maandag',
      '--schools',
      'Albeda,Techniek College Rotterdam,Zadkine',
      '--today',
      '2026-03-11',
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(
      { ...out, confidence: undefined },
      {
        school: 'Techniek College Rotterdam',
        mechanism: 'objectief-werven',
        date: '2026-03-09',
        participants: 6,
        phase: null,
        activityType: 'training',
        confidence: undefined,
      },
    );
    assert.equal(typeof (out.confidence as Record<string, number>).school, 'number');
  });

  it('When parse gets a bad --today or no schools, then it exits 2 with a message', async () => {
    const bad = await cli(['updates', 'parse', 'x', '--schools', 'A', '--today', '11-03-2026']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--today must be a date like 2026-03-11/);
    assert.equal((await cli(['updates', 'parse', 'x', '--schools', ' , '])).code, 2);
  });

  it('When updates are exported as csv, then each live update in the range is one row, coaches named, formulas defused', async () => {
    await seed();
    const run = await cli([
      'updates',
      'export',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-08',
      '--format',
      'csv',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\r\n');
    assert.equal(
      lines[0],
      'update_id,school_id,school,mechanism_id,mechanism_label,phase,activity_type,date,participants,coach,text,created_at,edited_at',
    );
    assert.match(
      run.stdout,
      /,albeda,Albeda,zoekgedrag,Ondersteuning bij basis-zoekgedrag naar werk,,gastles,2026-03-01,21,Alice de Vries,"gastles 1, ""met"" aanhalingstekens, komma's\nen een nieuwe regel",2026-03-01T10:00:00.000Z,/,
    );
    assert.match(run.stdout, /"'=HYPERLINK\(""http:\/\/x""\)"/);
    assert.doesNotMatch(run.stdout, /2026-03-03|2026-03-09/);
    assert.match(run.stderr, /3 updates \(2026-03-01 to 2026-03-08\)/);
  });

  it('When exported with --pseudonymise, then coach names are replaced by the same pseudonym every time', async () => {
    await seed();
    const a = JSON.parse(
      (
        await cli([
          'updates',
          'export',
          '--from',
          '2026-01-01',
          '--to',
          '2026-12-31',
          '--format',
          'json',
          '--pseudonymise',
        ])
      ).stdout,
    ) as { coach: string }[];
    const b = JSON.parse(
      (
        await cli([
          'updates',
          'export',
          '--from',
          '2026-01-01',
          '--to',
          '2026-12-31',
          '--format',
          'json',
          '--pseudonymise',
        ])
      ).stdout,
    ) as { coach: string }[];
    assert.equal(a.length, 4);
    assert.ok(a.every((r) => /^coach-[0-9a-f]{10}$/.test(r.coach)));
    assert.deepEqual(
      a.map((r) => r.coach),
      b.map((r) => r.coach),
    );
    assert.equal(new Set(a.map((r) => r.coach)).size, 2);
    assert.doesNotMatch(JSON.stringify(a), /Alice|Bob/);
  });

  it('When exported as xlsx, then the workbook has a header and one row per update', async () => {
    await seed();
    const file = path.join(dataDir, 'out.xlsx');
    const run = await cli([
      'updates',
      'export',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-31',
      '--format',
      'xlsx',
      '--out',
      file,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('updates')!;
    assert.equal(sheet.rowCount, 5);
    assert.equal(sheet.getRow(1).getCell(4).value, 'mechanism_id');
    assert.equal(sheet.getRow(2).getCell(10).value, 'Alice de Vries');
  });

  it('When the export options are wrong, then it exits 2 and says which', async () => {
    const cases: [string[], RegExp][] = [
      [['--from', '2026-03-31', '--to', '2026-03-01', '--format', 'csv'], /--from must not be after --to/],
      [
        ['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'pdf'],
        /--format must be xlsx, csv or json/,
      ],
      [['--from', '2026-03-01', '--to', '2026-03-31', '--format', 'xlsx'], /xlsx needs --out/],
      [['--from', 'gisteren', '--to', '2026-03-31', '--format', 'csv'], /--from must be a date/],
    ];
    for (const [args, expected] of cases) {
      const run = await cli(['updates', 'export', ...args]);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, expected);
    }
  });
});

describe('logboek repository against the embedded Cosmos server', function () {
  this.timeout(30_000);
  it('When two edits race on the same version, then one wins and the other gets a conflict; nothing is lost', async () => {
    const { freshDatabase } = await import('../helpers/cosmos');
    const db = await freshDatabase();
    try {
      const repo = new CosmosUpdateRepository(db.containers.logboek);
      const created = await repo.create(update(1));
      const results = await Promise.allSettled([
        repo.replace({ ...created, participants: 30 }),
        repo.replace({ ...created, participants: 40 }),
      ]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      assert.equal(
        results.filter((r) => r.status === 'rejected' && r.reason.name === 'ConflictError').length,
        1,
      );
      const stored = await repo.get('albeda', created.id);
      assert.ok(stored!.participants === 30 || stored!.participants === 40);
      await assert.rejects(repo.create(update(1)), { name: 'ConflictError' });
      assert.equal((await repo.listBySchool('albeda', { limit: 10 })).length, 1);
    } finally {
      await db.drop();
    }
  });
});
