import {
  CosmosSchedulerRepository,
  CosmosUpdateRepository,
} from '../../src/features/logboek/logboek-repository';
import type { MatchingRepository } from '../../src/domain/matching-records';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { CosmosClient } from '@azure/cosmos';
import { runCli } from '../../src/cli/program';
import type { CliDeps, CliStore } from '../../src/cli/context';
import { loadConfig } from '../../src/config';
import { PersonalDataRegistry } from '../../src/domain/personal-data';
import type { SchoolRepository, UserRepository } from '../../src/domain/repositories';
import type { School } from '../../src/domain/school';
import type { UserRecord } from '../../src/domain/user';
import type { FaqRepository } from '../../src/features/faq/faq-repository';
import { AdminService } from '../../src/features/admin/admin.service';
import { createLogger } from '../../src/logger';
import { connectCosmos } from '../../src/storage/cosmos';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embedded-cosmos';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'schools.csv');
const HOLDER = path.join(__dirname, 'fixtures', 'embedded-cosmos-child.ts');
const BEHEERDER = 'b0000000-0000-4000-8000-00000000000b';
const COACH = 'c0000000-0000-4000-8000-00000000000c';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('admin CLI (integration)', function () {
  this.timeout(60_000);

  let dataDir: string;
  let env: Record<string, string>;
  let children: ChildProcess[] = [];
  let stores: EmbeddedCosmos[] = [];

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-cli-'));
    env = {
      DATA_DIR: dataDir,
      COSMOS_DATABASE: 'kw-cli-test',
      BOOTSTRAP_BEHEERDERS: BEHEERDER,
      LOG_LEVEL: 'silent',
    };
  });

  afterEach(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exitOf(child);
      }
    }
    for (const store of stores) await store.close();
    children = [];
    stores = [];
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      args,
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      { env: { ...env, ...extraEnv } },
    );
    return { code, stdout, stderr };
  }

  function writeCsv(name: string, lines: string[]): string {
    const file = path.join(dataDir, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  /** Reads and writes the store the way the bot does, while no CLI command runs. */
  async function withRepositories<T>(
    fn: (users: UserRepository, schools: SchoolRepository) => Promise<T>,
  ): Promise<T> {
    const connection = await connectCosmos(loadConfig(env).cosmos, createLogger('silent'));
    try {
      return await fn(
        new CosmosUserRepository(connection.containers.directory),
        new CosmosSchoolRepository(connection.containers.directory),
      );
    } finally {
      await connection.close();
    }
  }

  function exitOf(child: ChildProcess): Promise<unknown> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => child.once('exit', resolve));
  }

  /** A separate process holding DATA_DIR's embedded store, as the running bot does. */
  async function startHolder(): Promise<{ child: ChildProcess; endpoint: string; key: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, path.join(dataDir, 'cosmos')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`holder exited early (${code}): ${stderr}`)));
    });
    const info = JSON.parse(line) as { endpoint: string; key: string };
    return { child, ...info };
  }

  it('When a good CSV is imported, then the schools are stored and roles list and health print JSON about them', async () => {
    const imported = await cli(['schools', 'import', EXAMPLE]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 10 schools: 10 created, 0 updated\./);
    assert.match(imported.stderr, /^store: embedded store on .*, opened by this command/m);

    await withRepositories(async (users, schools) => {
      const stored = await schools.list();
      assert.equal(stored.length, 10);
      const tcr = stored.find((s) => s.name === 'Techniek College Rotterdam');
      assert.deepEqual(tcr?.shortNames, ['TCR', 'Techniek College']);
      assert.equal(tcr?.region, 'Rotterdam-Rijnmond');
      assert.equal(tcr?.updatedBy, 'cli');
      await users.save({
        id: COACH,
        name: 'Carla Coach',
        roles: ['coach'],
        schoolIds: ['albeda', 'techniek-college-rotterdam'],
        updatedAt: new Date().toISOString(),
        updatedBy: BEHEERDER,
      });
    });

    const roles = await cli(['roles', 'list', '--json']);
    assert.equal(roles.code, 0, roles.stderr);
    const { users } = JSON.parse(roles.stdout) as {
      users: { id: string; name: string; roles: string[]; bootstrap: boolean; schools: { name: string }[] }[];
    };
    assert.deepEqual(
      users.map((u) => [u.id, u.name, u.roles, u.bootstrap, u.schools.map((s) => s.name)]),
      [
        [COACH, 'Carla Coach', ['coach'], false, ['Albeda', 'Techniek College Rotterdam']],
        [BEHEERDER, '', ['beheerder'], true, []],
      ],
    );

    const table = await cli(['roles', 'list']);
    assert.match(table.stdout, new RegExp(`${BEHEERDER}\\s+-\\s+beheerder \\(bootstrap\\)`));

    const health = await cli(['--json', 'health']);
    assert.equal(health.code, 0, health.stderr);
    const report = JSON.parse(health.stdout);
    assert.equal(report.ok, true);
    assert.equal(report.store.kind, 'embedded');
    assert.equal(report.store.database, 'kw-cli-test');
    assert.deepEqual(report.store.containers, [
      'botstate',
      'directory',
      'applications',
      'logboek',
      'scheduler',
      'matching',
      'faq',
    ]);
    assert.deepEqual(report.store.documents, {
      botstate: 0,
      directory: 11,
      applications: 0,
      logboek: 0,
      matching: 0,
      scheduler: 0,
      faq: 0,
    });
    assert.equal(report.config.bootstrapBeheerders, 1);
  });

  it('When one row of the CSV is broken, then nothing is imported and the line is reported', async () => {
    const file = writeCsv('broken.csv', [
      'name;short_names;brin;region',
      'Albeda;"Albeda College; Albeda";;Rotterdam',
      'Deltion College;Deltion;;Zwolle',
      'Summa College;Summa;XYZ;Eindhoven',
    ]);
    const run = await cli(['schools', 'import', file]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^line 4: brin "XYZ" is not a BRIN code \(2 digits \+ 2 letters\)$/m);
    assert.match(run.stderr, /^error: nothing imported: 1 problem in .*broken\.csv$/m);
    assert.deepEqual(await withRepositories((_u, schools) => schools.list()), []);

    const json = await cli(['schools', 'import', file, '--json']);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stdout), {
      imported: false,
      problems: [{ line: 4, message: 'brin "XYZ" is not a BRIN code (2 digits + 2 letters)' }],
    });
  });

  it('When the same file is imported again with changes, then the schools are updated, not duplicated', async () => {
    assert.equal((await cli(['schools', 'import', EXAMPLE])).code, 0);
    const changed = writeCsv(
      'changed.csv',
      fs.readFileSync(EXAMPLE, 'utf8').trim().replace('Haaglanden', 'Den Haag').split('\n'),
    );
    const again = await cli(['schools', 'import', changed, '--json']);
    assert.equal(again.code, 0, again.stderr);
    const result = JSON.parse(again.stdout);
    assert.deepEqual([result.created, result.updated], [0, 10]);

    const stored = await withRepositories((_u, schools) => schools.list());
    assert.equal(stored.length, 10);
    assert.equal(stored.find((s) => s.id === 'roc-mondriaan')?.region, 'Den Haag');
  });

  it('When --dry-run is given, then the plan is shown and nothing is written', async () => {
    const run = await cli(['schools', 'import', EXAMPLE, '--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Dry run: would create 10 and update 0 schools; nothing was written\./);
    assert.deepEqual(await withRepositories((_u, schools) => schools.list()), []);
  });

  for (const [args, message] of [
    [['schools', 'import'], "error: missing required argument 'file'"],
    [
      ['schools', 'import', 'a.csv', 'b.csv'],
      "error: too many arguments for 'import'. Expected 1 argument but got 2.",
    ],
    [['schools', 'imprt', 'a.csv'], "error: unknown command 'imprt' (Did you mean import?)"],
    [['--verbose', 'health'], "error: unknown option '--verbose'"],
    [['schools', 'import', 'does-not-exist.csv'], 'error: cannot read does-not-exist.csv: no such file'],
  ] as const) {
    it(`When called as "${args.join(' ')}", then it exits 2 with one line on stderr and never opens the store`, async () => {
      const run = await cli([...args]);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, `${message}\n`);
      assert.equal(run.stdout, '');
      assert.equal(fs.existsSync(path.join(dataDir, 'cosmos')), false);
    });
  }

  it('When called without a command or with --help, then usage is shown (exit 2 and 0)', async () => {
    const bare = await cli([]);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /Usage: kansenwijzer-cli/);
    for (const args of [
      ['--help'],
      ['schools', 'import', '--help'],
      ['roles', 'list', '--help'],
      ['health', '--help'],
    ]) {
      const help = await cli(args);
      assert.equal(help.code, 0, args.join(' '));
      assert.match(help.stdout, /^Usage: kansenwijzer-cli/, args.join(' '));
    }
  });

  it('When another process holds the embedded store, then the CLI uses its server and leaves its lock alone', async () => {
    const holder = await startHolder();
    const cosmosDir = path.join(dataDir, 'cosmos');

    const run = await cli(['schools', 'import', EXAMPLE]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`^store: embedded store of the running bot \\(process ${holder.child.pid}\\)`, 'm'),
    );
    const health = await cli(['health', '--json']);
    assert.equal(JSON.parse(health.stdout).store.kind, 'embedded-shared');
    assert.equal(fs.readFileSync(path.join(cosmosDir, 'LOCK'), 'utf8').trim(), String(holder.child.pid));

    // The writes went to the holder's server.
    const client = new CosmosClient({
      endpoint: holder.endpoint,
      key: holder.key,
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    try {
      const schools = new CosmosSchoolRepository(client.database('kw-cli-test').container('directory'));
      assert.equal((await schools.list()).length, 10);
    } finally {
      client.dispose();
    }

    // A clean stop withdraws the endpoint with the lock; the CLI then opens the store itself and finds the data.
    holder.child.kill('SIGTERM');
    await exitOf(holder.child);
    assert.deepEqual(
      fs.readdirSync(cosmosDir).filter((f) => f === 'LOCK' || f === 'ENDPOINT'),
      [],
    );
    const after = await cli(['health', '--json']);
    assert.equal(after.code, 0, after.stderr);
    const report = JSON.parse(after.stdout);
    assert.equal(report.store.kind, 'embedded');
    assert.equal(report.store.documents.directory, 10);
  });

  it('When the process holding the store was killed, then its stale endpoint is ignored and the CLI opens the store', async () => {
    const holder = await startHolder();
    holder.child.kill('SIGKILL');
    await exitOf(holder.child);
    assert.ok(fs.existsSync(path.join(dataDir, 'cosmos', 'ENDPOINT')));

    const run = await cli(['schools', 'import', EXAMPLE]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^store: embedded store on .*, opened by this command/m);
    assert.equal((await withRepositories((_u, schools) => schools.list())).length, 10);
  });

  it('When COSMOS_ENDPOINT and bot credentials are set, then health checks that store and prints no secret', async () => {
    const server = await startEmbeddedCosmos({ dataDir: path.join(dataDir, 'remote') });
    stores.push(server);
    const secrets = {
      MicrosoftAppPassword: 'app-password-do-not-print',
      COSMOS_KEY: 'cosmos-key-do-not-print',
    };
    const run = await cli(['health', '--json'], {
      ...secrets,
      MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
      MicrosoftAppTenantId: '66666666-7777-4888-9999-000000000000',
      COSMOS_ENDPOINT: server.endpoint,
    });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.store.kind, 'azure');
    assert.equal(report.store.answers, true);
    assert.equal(report.store.documents, null);
    assert.equal(report.config.bot.passwordSet, true);
    assert.equal(report.config.cosmos.keySet, true);
    const human = await cli(['health'], { ...secrets, COSMOS_ENDPOINT: server.endpoint });
    assert.equal(human.code, 0, human.stderr);
    for (const secret of Object.values(secrets)) {
      assert.ok(!`${run.stdout}${run.stderr}${human.stdout}${human.stderr}`.includes(secret), secret);
    }
  });

  it('When the store does not answer, then health still prints the report and exits 1', async () => {
    const run = await cli(['health'], { COSMOS_ENDPOINT: 'http://127.0.0.1:1', COSMOS_KEY: 'k' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /answers\s+NO: .*ECONNREFUSED/);
    assert.match(run.stderr, /^error: the store does not answer: .*ECONNREFUSED/m);
  });

  it('When the configuration is invalid, then every problem is on one error line and the exit code is 1', async () => {
    const run = await cli(['roles', 'list'], { PORT: 'eighty', LOG_LEVEL: 'chatty' });
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /^error: invalid configuration \(\.env or environment\): .*PORT: .*; LOG_LEVEL: .*\n$/,
    );
  });

  it('When the store fails part-way through an import (injected services), then the command says where it stopped', async () => {
    const saved: School[] = [];
    const schools: SchoolRepository = {
      get: () => Promise.resolve(undefined),
      list: () => Promise.resolve([]),
      save: (school) =>
        saved.length === 3
          ? Promise.reject(new Error('socket hang up'))
          : (saved.push(school), Promise.resolve(school)),
    };
    const users: UserRepository = {
      get: () => Promise.resolve(undefined),
      list: () => Promise.resolve([] as UserRecord[]),
      save: (u) => Promise.resolve(u),
    };
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
    const deps: CliDeps = {
      io,
      config: () => loadConfig(env),
      store: () =>
        Promise.resolve({
          store: { kind: 'embedded', endpoint: 'http://127.0.0.1:1', database: 'x', dataDir },
          users,
          schools,
          admin: new AdminService(users, schools),
          faq: {} as FaqRepository,
          matching: {} as MatchingRepository,
          ping: () => Promise.resolve(true),
          documentCounts: () =>
            Promise.resolve({
              botstate: 0,
              directory: 0,
              applications: 0,
              logboek: 0,
              matching: 0,
              scheduler: 0,
              faq: 0,
            }),
          containers: {} as CliStore['containers'],
          logboek: {
            updates: new CosmosUpdateRepository(undefined as never),
            scheduler: new CosmosSchedulerRepository(undefined as never),
          },
          personalData: new PersonalDataRegistry([]),
          purgeConversationState: () => Promise.resolve(0),
        }),
      readFile: (file) => fs.promises.readFile(file, 'utf8'),
    };
    const code = await runCli(['schools', 'import', EXAMPLE], io, { deps });
    assert.equal(code, 1);
    assert.equal(saved.length, 3);
    assert.equal(
      stderr,
      'error: import stopped at line 5: 3 of 10 schools were written (socket hang up); running the same import again is safe\n',
    );
    assert.equal(stdout, '');
  });
});
