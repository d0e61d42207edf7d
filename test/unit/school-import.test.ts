import assert from 'node:assert/strict';
import { ConflictError, StoreUnavailableError } from '../../src/domain/errors';
import type { SchoolRepository, UserRepository } from '../../src/domain/repositories';
import type { School } from '../../src/domain/school';
import { AdminService } from '../../src/features/admin/admin.service';
import {
  detectDelimiter,
  formatProblem,
  importSchools,
  parseSchoolCsv,
  planSchoolImport,
  SchoolImportStoppedError,
  type SchoolCsvRow,
} from '../../src/features/admin/school-import';

class MemorySchools implements SchoolRepository {
  readonly saved: School[] = [];
  private readonly byId = new Map<string, School>();
  failOnSave?: number;

  constructor(initial: School[] = []) {
    for (const s of initial) this.byId.set(s.id, { ...s, etag: `e-${s.id}` });
  }

  get(id: string): Promise<School | undefined> {
    return Promise.resolve(this.byId.get(id));
  }

  list(): Promise<School[]> {
    return Promise.resolve([...this.byId.values()]);
  }

  save(school: School): Promise<School> {
    if (this.failOnSave === this.saved.length + 1) return Promise.reject(new StoreUnavailableError());
    const current = this.byId.get(school.id);
    if (current?.etag !== school.etag) return Promise.reject(new ConflictError());
    const stored = { ...school, etag: `e-${school.id}-${this.saved.length}` };
    this.byId.set(school.id, stored);
    this.saved.push(stored);
    return Promise.resolve(stored);
  }
}

const noUsers = {} as UserRepository;
const admin = new AdminService(noUsers, new MemorySchools());

function problemsOf(text: string): string[] {
  const result = parseSchoolCsv(text, admin);
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems.map(formatProblem);
}

function rowsOf(text: string): SchoolCsvRow[] {
  const result = parseSchoolCsv(text, admin);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.rows;
}

function school(id: string, name: string): School {
  return { id, name, shortNames: [], updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'test' };
}

const GOOD = [
  'name,short_names,brin,region,board,id',
  'Albeda,"Albeda College; Albeda Rotterdam",25lx,Rotterdam-Rijnmond,Stichting Albeda College,',
  'Techniek College Rotterdam,"TCR, Techniek College",,Rotterdam-Rijnmond,,tcr',
  '  ROC Mondriaan  ,Mondriaan,,Haaglanden,,',
].join('\n');

describe('school CSV import', () => {
  it('When the file is valid, then every row comes back with its line, id and split short names', () => {
    const rows = rowsOf(GOOD);
    assert.deepEqual(
      rows.map((r) => [r.line, r.id, r.input.name, r.input.shortNames, r.input.brin]),
      [
        [2, 'albeda', 'Albeda', 'Albeda College,Albeda Rotterdam', '25lx'],
        [3, 'tcr', 'Techniek College Rotterdam', 'TCR,Techniek College', ''],
        [4, 'roc-mondriaan', 'ROC Mondriaan', 'Mondriaan', ''],
      ],
    );
    assert.equal(rows[0]!.input.board, 'Stichting Albeda College');
    assert.equal(rows[1]!.input.schoolId, 'tcr');
    assert.equal(rows[2]!.input.schoolId, '');
  });

  it('When rows are broken, then every problem is reported with its line and no row is returned', () => {
    const problems = problemsOf(
      [
        'name,short_names,brin,region,id',
        'Albeda,,25LX,Rotterdam,',
        ',TCR,,Rotterdam,',
        'Deltion College,,XYZ,Zwolle,',
        'Summa College,,,Eindhoven,Summa College',
        `Noorderpoort,${'N'.repeat(61)},,Groningen,`,
      ].join('\n'),
    );
    assert.deepEqual(problems, [
      'line 3: name is missing',
      'line 4: brin "XYZ" is not a BRIN code (2 digits + 2 letters)',
      'line 5: id "Summa College" may only contain lowercase letters, digits and single dashes (like "roc-mondriaan")',
      'line 6: short name "NNNNNNNNNNNNNNNNNNNN…" is longer than 60 characters',
    ]);
  });

  it('When the header uses ; (Excel with Dutch settings), then fields and quoted short names are read the same', () => {
    const rows = rowsOf(
      [
        'name;short_names;brin;region',
        'Albeda;"Albeda College, Albeda";25LX;Rotterdam',
        'Deltion College;Deltion;;Zwolle',
      ].join('\r\n'),
    );
    assert.deepEqual(
      rows.map((r) => [r.line, r.input.name, r.input.shortNames, r.input.region]),
      [
        [2, 'Albeda', 'Albeda College,Albeda', 'Rotterdam'],
        [3, 'Deltion College', 'Deltion', 'Zwolle'],
      ],
    );
  });

  it('When the file starts with a byte order mark, then the first column is still "name"', () => {
    const rows = rowsOf('\uFEFFname;region\r\nAlbeda;Rotterdam\r\n');
    assert.equal(rows[0]?.input.name, 'Albeda');
    assert.equal(rows[0]?.input.region, 'Rotterdam');
  });

  it('When a name or id repeats (case-insensitively, also an id made from a name), then the later line names the first', () => {
    const problems = problemsOf(
      [
        'name,id',
        'Albeda,',
        'ALBEDA,other',
        'ROC Mondriaan,mondriaan',
        'Roc-Mondriaan!,',
        'Deltion,mondriaan',
      ].join('\n'),
    );
    assert.deepEqual(problems, [
      'line 3: name "ALBEDA" is also on line 2',
      'line 6: id "mondriaan" is also used on line 4',
    ]);
    assert.deepEqual(problemsOf(['name', 'ROC Mondriaan', 'ROC-Mondriaan'].join('\n')), [
      'line 3: id "roc-mondriaan" (made from the name) is also used on line 2',
    ]);
  });

  it('When a broken row is repeated further down, then both the broken row and the duplicate are reported', () => {
    assert.deepEqual(problemsOf(['name,brin', 'Albeda,XYZ', 'Albeda,25LX'].join('\n')), [
      'line 2: brin "XYZ" is not a BRIN code (2 digits + 2 letters)',
      'line 3: name "Albeda" is also on line 2',
    ]);
  });

  it('When blank lines and a value spanning lines occur, then line numbers stay those of the file', () => {
    const problems = problemsOf(
      ['name,region', '', 'Albeda,Rotterdam', '"Deltion', 'College",Zwolle', '', 'A,Utrecht'].join('\n'),
    );
    assert.deepEqual(problems, [
      'line 4: name contains a line break or tab',
      'line 7: name "A" must be 2 to 120 characters',
    ]);
  });

  it('When a row has more fields than the header, then its line is reported with a hint about quotes', () => {
    assert.deepEqual(
      problemsOf(['name,short_names,region', 'Albeda,Albeda College,Albeda,Rotterdam', 'Summa'].join('\n')),
      [
        'line 2: 4 fields where the header has 3; does a value with a comma or semicolon miss its "quotes"?',
        'line 3: 1 field where the header has 3',
      ],
    );
  });

  it('When the header is wrong or the file has no schools, then that is the only problem reported', () => {
    assert.deepEqual(problemsOf('naam,region\nAlbeda,Rotterdam\n'), [
      'line 1: unknown column "naam" (known: name, short_names, brin, region, board, id)',
      'line 1: column "name" is missing',
    ]);
    assert.deepEqual(problemsOf('name,Name\nAlbeda,x\n'), ['line 1: column "name" appears twice']);
    assert.deepEqual(problemsOf('name,region\n'), ['the file has a header but no schools']);
    assert.deepEqual(problemsOf(''), ['the file is empty (no header row)']);
    assert.deepEqual(problemsOf('name,region\n"Albeda,Rotterdam\n'), [
      'line 2: Quote Not Closed: the parsing is finished with an opening quote at line 2',
    ]);
  });

  it('When separators appear inside quotes in the header, then they do not decide the delimiter', () => {
    assert.equal(detectDelimiter('name;"a,b,c";region'), ';');
    assert.equal(detectDelimiter('\uFEFFname,"a;b;c",region'), ',');
    assert.equal(detectDelimiter('name'), ',');
  });

  it('When planned against stored schools, then a row without id updates the school with its name and an id may not steal a name', () => {
    const rows = rowsOf(['name,id', 'Albeda,', 'Deltion College,', 'Summa College,summa'].join('\n'));
    const plan = planSchoolImport(rows, [
      school('albeda-college', 'albeda'),
      school('summa', 'Summa College'),
    ]);
    assert.ok(plan.ok);
    assert.deepEqual(
      plan.schools.map((s) => [s.line, s.action, s.input.schoolId]),
      [
        [2, 'update', 'albeda-college'],
        [3, 'create', 'deltion-college'],
        [4, 'update', 'summa'],
      ],
    );
    const clash = planSchoolImport(rowsOf('name,id\nAlbeda,albeda-rotterdam\n'), [
      school('albeda', 'Albeda'),
    ]);
    assert.deepEqual(clash.ok ? [] : clash.problems.map(formatProblem), [
      'line 2: name "Albeda" already belongs to stored school "albeda"; use that id or another name',
    ]);
  });

  it('When imported twice, then the second run updates every school instead of adding new ones', async () => {
    const schools = new MemorySchools();
    const service = new AdminService(noUsers, schools, () => new Date('2025-03-01T10:00:00Z'));
    const first = await importSchools(GOOD, service, { dryRun: false, actor: 'cli' });
    assert.ok(first.ok);
    assert.deepEqual([first.created, first.updated], [3, 0]);
    const second = await importSchools(GOOD.replace('Haaglanden', 'Den Haag'), service, {
      dryRun: false,
      actor: 'cli',
    });
    assert.ok(second.ok);
    assert.deepEqual([second.created, second.updated], [0, 3]);
    const stored = await schools.list();
    assert.equal(stored.length, 3);
    const mondriaan = stored.find((s) => s.id === 'roc-mondriaan');
    assert.equal(mondriaan?.region, 'Den Haag');
    assert.equal(mondriaan?.updatedBy, 'cli');
    assert.equal(stored.find((s) => s.id === 'albeda')?.brin, '25LX');
  });

  it('When it is a dry run or a row is broken, then nothing is written', async () => {
    const schools = new MemorySchools();
    const service = new AdminService(noUsers, schools);
    const dry = await importSchools(GOOD, service, { dryRun: true, actor: 'cli' });
    assert.ok(dry.ok);
    assert.equal(dry.created, 3);
    const broken = await importSchools(`${GOOD}\nDeltion,,XYZ,,,`, service, { dryRun: false, actor: 'cli' });
    assert.deepEqual(broken.ok ? [] : broken.problems.map(formatProblem), [
      'line 5: brin "XYZ" is not a BRIN code (2 digits + 2 letters)',
    ]);
    assert.equal(schools.saved.length, 0);
  });

  it('When the store fails part-way, then the error says where it stopped and how much was written', async () => {
    const schools = new MemorySchools();
    schools.failOnSave = 2;
    const service = new AdminService(noUsers, schools);
    await assert.rejects(importSchools(GOOD, service, { dryRun: false, actor: 'cli' }), (err: unknown) => {
      assert.ok(err instanceof SchoolImportStoppedError);
      assert.equal(err.message, 'import stopped at line 3: 1 of 3 schools were written');
      assert.ok(err.cause instanceof StoreUnavailableError);
      return true;
    });
  });
});
