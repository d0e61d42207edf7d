import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/program';
import { loadConfig } from '../../src/config';
import { decide, submit, type Application } from '../../src/domain/application';
import type { Review } from '../../src/domain/review';
import { createLogger } from '../../src/logger';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
} from '../../src/features/aanmelding/application-repository';
import { connectCosmos } from '../../src/storage/cosmos';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { ALICE_ACTOR, completeDraft } from '../helpers/aanmelding-fixtures';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'round-begeleidingstraject-2021.json');
const ROUND_ID = 'begeleidingstraject-2021';

describe('aanmelding CLI: rounds import and applications export (integration)', function () {
  this.timeout(60_000);
  let dataDir: string;
  let env: Record<string, string>;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-aanmelding-cli-'));
    env = { DATA_DIR: dataDir, COSMOS_DATABASE: 'kw-aanmelding-cli', LOG_LEVEL: 'silent' };
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, { env });
    return { code, stdout, stderr };
  }

  async function withStore<T>(
    fn: (r: {
      rounds: CosmosRoundRepository;
      apps: CosmosApplicationRepository;
      reviews: CosmosReviewRepository;
    }) => Promise<T>,
  ): Promise<T> {
    const connection = await connectCosmos(loadConfig(env).cosmos, createLogger('silent'));
    const c = connection.containers.applications;
    try {
      return await fn({
        rounds: new CosmosRoundRepository(c),
        apps: new CosmosApplicationRepository(c),
        reviews: new CosmosReviewRepository(c),
      });
    } finally {
      await connection.close();
    }
  }

  /** Two submitted applications (one decided, with a formula-like text), one draft, two reviews. */
  async function seedApplications(): Promise<void> {
    await withStore(async ({ apps, reviews }) => {
      const at = new Date('2021-05-10T10:00:00Z');
      const base = { ...completeDraft(at), roundId: ROUND_ID };
      const albeda: Application = submit(
        { ...base, fields: { ...base.fields, otherNotes: '=HYPERLINK("http://evil","klik")' } },
        'GKDI21-AAAAAA',
        ALICE_ACTOR,
        at,
      );
      await apps.create(
        decide(
          albeda,
          { outcome: 'geselecteerd', reason: 'Sterk plan, breed gedragen.', overridePlaces: false },
          ALICE_ACTOR,
          at,
        ),
      );
      await apps.create(
        submit(
          { ...base, schoolId: 'zadkine', schoolName: 'Zadkine' },
          'GKDI21-BBBBBB',
          ALICE_ACTOR,
          new Date('2021-05-11T10:00:00Z'),
        ),
      );
      await apps.create({ ...base, schoolId: 'concept-school', schoolName: 'Conceptschool' });
      const review = (name: string, id: string, score: number): Review => ({
        roundId: ROUND_ID,
        schoolId: 'albeda',
        reviewerId: id,
        reviewerName: name,
        scores: ['vraagstuk', 'stappen', 'integraal', 'borging', 'leerwaarde'].map((criterionId) => ({
          criterionId,
          score,
          note: `${name} zegt ${score}`,
        })),
        submittedAt: at.toISOString(),
        updatedAt: at.toISOString(),
      });
      await reviews.put(review('Renske', 'r1', 4));
      await reviews.put(review('Ruud', 'r2', 2));
    });
  }

  it('When the example round is imported, then it is stored with Amsterdam times and importing again updates it', async () => {
    const first = await cli(['rounds', 'import', EXAMPLE]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /Created round begeleidingstraject-2021[\s\S]*closes\s+2021-05-14T21:59:59\.999Z/,
    );
    const again = await cli(['--json', 'rounds', 'import', EXAMPLE]);
    assert.equal(again.code, 0, again.stderr);
    const doc = JSON.parse(again.stdout) as {
      created: boolean;
      round: { places: number; criteria: unknown[] };
    };
    assert.equal(doc.created, false);
    assert.equal(doc.round.places, 8);
    assert.equal(doc.round.criteria.length, 5);
    const list = await cli(['rounds', 'list']);
    assert.match(list.stdout, /begeleidingstraject-2021\s+closed\s+2021-04-01T07:00\s+2021-05-14T21:59\s+8/);
  });

  it('When the JSON is broken or the round has mistakes, then every problem is named, the exit code says so, and nothing is written', async () => {
    const broken = path.join(dataDir, 'broken.json');
    fs.writeFileSync(broken, '{ "id": ');
    const r1 = await cli(['rounds', 'import', broken]);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /is not valid JSON/);

    const wrong = path.join(dataDir, 'wrong.json');
    const def = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(wrong, JSON.stringify({ ...def, places: -1, decisionDate: '2021-05-01', extra: true }));
    const r2 = await cli(['rounds', 'import', wrong]);
    assert.equal(r2.code, 1);
    assert.match(r2.stderr, /places: /);
    assert.match(r2.stderr, /Unrecognized key/);
    assert.match(r2.stderr, /nothing imported: 2 problems/);
    const missing = await cli(['rounds', 'import', path.join(dataDir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.equal((await cli(['rounds', 'list'])).stdout.trim().startsWith('No rounds yet'), true);
  });

  it('When applications are exported as CSV, then submitted ones come with every field, scores and the decision, drafts stay out, formulas are defused', async () => {
    await cli(['rounds', 'import', EXAMPLE]);
    await seedApplications();
    const r = await cli(['applications', 'export', '--round', ROUND_ID, '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /2 submitted applications of begeleidingstraject-2021 exported as csv/);
    const rows = parse(r.stdout, { columns: true, bom: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((row) => row.school),
      ['Albeda', 'Zadkine'],
    );
    const albeda = rows[0]!;
    assert.equal(albeda.referentie, 'GKDI21-AAAAAA');
    assert.equal(albeda.status, 'geselecteerd');
    assert.equal(albeda.ingediend_op, '2021-05-10 12:00');
    assert.match(albeda.vraagstuk ?? '', /stageplek/);
    assert.equal(albeda.mechanismen, 'objectief-werven; werkgever-kent-student');
    assert.equal(albeda.eigen_bijdrage_bevestigd, 'ja');
    assert.equal(albeda.aantal_beoordelaars, '2');
    assert.equal(albeda.gemiddelde, '3');
    assert.equal(albeda.laagste, '2');
    assert.equal(albeda.besluit_toelichting, 'Sterk plan, breed gedragen.');
    assert.equal(albeda['score_vraagstuk (Renske)'], '4');
    assert.equal(albeda['toelichting_vraagstuk (Ruud)'], 'Ruud zegt 2');
    assert.equal(albeda.overig, `'=HYPERLINK("http://evil","klik")`);
    assert.equal(rows[1]!.besluit, '');
  });

  it('When applications are exported as xlsx and JSON, then the files hold the sheets and the full data', async () => {
    await cli(['rounds', 'import', EXAMPLE]);
    await seedApplications();
    const file = path.join(dataDir, 'out.xlsx');
    const x = await cli(['applications', 'export', '--round', ROUND_ID, '--format', 'xlsx', '--out', file]);
    assert.equal(x.code, 0, x.stderr);
    assert.match(
      x.stdout,
      /Wrote 2 submitted applications of begeleidingstraject-2021 to .*out\.xlsx \(xlsx\)/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['Aanmeldingen', 'Scores', 'Vragen', 'Geschiedenis', 'Ronde'],
    );
    const sheet = book.getWorksheet('Aanmeldingen')!;
    assert.equal(sheet.getRow(2).getCell(1).value, 'GKDI21-AAAAAA');
    assert.equal(
      sheet.getRow(2).getCell(19).value,
      '=HYPERLINK("http://evil","klik")',
      'stored as text, not a formula',
    );
    assert.equal(book.getWorksheet('Scores')!.rowCount, 1 + 2 * 5);

    const j = await cli(['applications', 'export', '--round', ROUND_ID, '--format', 'json']);
    assert.equal(j.code, 0, j.stderr);
    const data = JSON.parse(j.stdout) as {
      round: { id: string };
      applications: { schoolId: string; reviews: unknown[]; scores: { average: number } }[];
    };
    assert.equal(data.round.id, ROUND_ID);
    assert.deepEqual(
      data.applications.map((a) => a.schoolId),
      ['albeda', 'zadkine'],
    );
    assert.equal(data.applications[0]?.reviews.length, 2);
    assert.equal(data.applications[0]?.scores.average, 3);
  });

  it('When the round is unknown or the format is wrong, then the export says so with exit code 2', async () => {
    const unknown = await cli(['applications', 'export', '--round', 'bestaat-niet', '--format', 'csv']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no round "bestaat-niet"/);
    const format = await cli(['applications', 'export', '--round', ROUND_ID, '--format', 'pdf']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /Allowed choices are xlsx, csv, json/);
  });
});
