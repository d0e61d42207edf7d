import assert from 'node:assert/strict';
import type { MatchProfile } from '../../src/domain/matching-records';
import type { Caller } from '../../src/domain/user';
import { importProfiles } from '../../src/features/matching/matching-import';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import { MatchingService } from '../../src/features/matching/matching.service';
import { translator } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';
import { RecordingNotifier } from '../helpers/recording-notifier';

const caller = (id: string, roles: string[] = ['schoolleider']): Caller => ({
  aadObjectId: id,
  name: id,
  tenantId: 't',
  roles: new Set(['medewerker', ...roles]) as Caller['roles'],
  schoolIds: [],
});

const profile = (id: string, over: Partial<MatchProfile>): MatchProfile => ({
  id,
  name: id,
  asLeermeester: false,
  asGezel: true,
  school: `school-${id}`,
  region: 'Rijnmond',
  schoolType: 'mbo',
  themes: ['bewustwording'],
  phase: 2,
  capacity: 1,
  available: true,
  paused: false,
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('matching against the embedded Cosmos server', () => {
  let db: TestDatabase;
  let repo: CosmosMatchingRepository;
  let service: MatchingService;
  let notifier: RecordingNotifier;
  beforeEach(async () => {
    db = await freshDatabase();
    repo = new CosmosMatchingRepository(db.containers.matching);
    notifier = new RecordingNotifier();
    const users = new CosmosUserRepository(db.containers.directory);
    service = new MatchingService({
      repo,
      schools: new CosmosSchoolRepository(db.containers.directory),
      users,
      notifier,
      now: () => new Date('2026-03-02T09:00:00Z'),
      bootstrapBeheerders: ['beheerder'],
      log: createLogger('silent'),
    });
  });
  afterEach(() => db.drop());

  it('When two accepts race for the last place, then exactly one pair is made and the other gezel is told kindly with a next option', async () => {
    await repo.saveProfile(profile('lm', { asLeermeester: true, asGezel: false, phase: 4, capacity: 1 }));
    await repo.saveProfile(profile('lm2', { asLeermeester: true, asGezel: false, phase: 5, capacity: 1 }));
    await repo.saveProfile(profile('g1', {}));
    await repo.saveProfile(profile('g2', {}));
    const m1 = await service.request(caller('g1'), { leermeesterId: 'lm' });
    const m2 = await service.request(caller('g2'), { leermeesterId: 'lm' });
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        service.accept(caller('lm'), { matchId: m1.id }),
        service.accept(caller('lm'), { matchId: m2.id }),
      ]);
      assert.deepEqual(results.map((r) => r.outcome).sort(), ['accepted', 'full']);
      assert.equal((await repo.seats('lm')).matchIds.length, 1);
      const loser = results.find((r) => r.outcome === 'full')!.match;
      const told = notifier.to(loser.gezelId).at(-1)!;
      assert.match(told.reason, /niet door kan/);
      assert.match(JSON.stringify(told.card), /heeft net geen plek meer[\s\S]*lm2/);
      assert.equal(await repo.gezelClaim(loser.gezelId), undefined, 'the gezel may ask again');
      if (round < 4) {
        // Reset for the next attempt: free the place and open both requests again.
        const winner = results.find((r) => r.outcome === 'accepted')!.match;
        await service.withdraw(caller(winner.gezelId), { matchId: winner.id });
        const again1 = await service.request(caller('g1'), { leermeesterId: 'lm' });
        const again2 = await service.request(caller('g2'), { leermeesterId: 'lm' });
        m1.id = again1.id;
        m2.id = again2.id;
      }
    }
  });

  it('When a gezel sends two requests at the same moment, then only one is opened', async () => {
    await repo.saveProfile(profile('lm', { asLeermeester: true, asGezel: false, phase: 4, capacity: 3 }));
    await repo.saveProfile(profile('lm2', { asLeermeester: true, asGezel: false, phase: 4, capacity: 3 }));
    await repo.saveProfile(profile('g1', {}));
    const results = await Promise.allSettled([
      service.request(caller('g1'), { leermeesterId: 'lm' }),
      service.request(caller('g1'), { leermeesterId: 'lm2' }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const open = await repo.listMatches({ personId: 'g1', statuses: ['requested'] });
    assert.equal(open.length, 1);
  });

  it('When a profile import has broken rows, then every line is reported in Dutch and nothing is stored', async () => {
    const t = translator('nl');
    const schools = new CosmosSchoolRepository(db.containers.directory);
    await schools.save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: [],
      region: 'Rijnmond',
      updatedAt: 'x',
      updatedBy: 'x',
    });
    const csv = [
      'id;name;role;school;board;region;schoolType;themes;phase;capacity;available',
      'a1;Anna;leermeester;albeda;;;mbo;objectief-werven;4;2;ja',
      'a2;Bert;gezel;;;;mbo;objectief-werven;2;;',
      'a3;Cor;leermeester;albeda;;;mbo;toveren;4;99;ja',
      'a4;Dirk;gezel;albeda;;;mbo',
    ].join('\n');
    const deps = { repo, schools, now: () => new Date() };
    const bad = await importProfiles(t, csv, 'csv', deps);
    assert.equal(bad.ok, false);
    const problems = bad.ok ? [] : bad.problems;
    assert.ok(
      problems.includes('regel 3: school: De school ontbreekt. Elk profiel hoort bij een school.'),
      problems.join('\n'),
    );
    assert.ok(problems.some((p) => p.startsWith('regel 4: themes: Het thema "toveren" ken ik niet')));
    assert.ok(
      problems.some((p) =>
        p.startsWith('regel 4: capacity: Capaciteit moet een heel getal van 1 tot en met 5 zijn, niet "99"'),
      ),
    );
    assert.ok(problems.some((p) => p.startsWith('regel 5: 7 kolommen, de kopregel heeft er 11')));
    assert.equal(await repo.getProfile('a1'), undefined, 'the good row is not half-imported');

    const good = await importProfiles(t, csv.split('\n').slice(0, 2).join('\n'), 'csv', deps);
    assert.deepEqual(good.ok && [good.created, good.updated], [1, 0]);
    assert.equal((await repo.getProfile('a1'))?.region, 'Rijnmond', 'region taken from the school');
  });

  it('When a write fails halfway through an import, then the rows already written are put back', async () => {
    const schools = new CosmosSchoolRepository(db.containers.directory);
    await schools.save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: [],
      region: 'Rijnmond',
      updatedAt: 'x',
      updatedBy: 'x',
    });
    await repo.saveProfile(profile('b1', { school: 'albeda', name: 'Oud' }));
    const json = JSON.stringify([
      { id: 'b1', name: 'Nieuw', role: 'gezel', school: 'albeda', schoolType: 'mbo', phase: 2 },
      { id: 'b2', name: 'Twee', role: 'gezel', school: 'albeda', schoolType: 'mbo', phase: 2 },
    ]);
    let calls = 0;
    const failing = Object.create(repo) as CosmosMatchingRepository;
    failing.saveProfile = async (p) => {
      if (++calls === 2) throw new Error('store went away');
      return repo.saveProfile(p);
    };
    await assert.rejects(() =>
      importProfiles(translator('nl'), json, 'json', { repo: failing, schools, now: () => new Date() }),
    );
    assert.equal((await repo.getProfile('b1'))?.name, 'Oud');
    assert.equal(await repo.getProfile('b2'), undefined);
  });
});
