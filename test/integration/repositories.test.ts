import assert from 'node:assert/strict';
import { ConflictError } from '../../src/domain/errors';
import type { School } from '../../src/domain/school';
import { CachedSchoolRepository, CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { freshDatabase, type TestDatabase } from '../helpers/cosmos';

const school = (id: string, name: string): School => ({
  id,
  name,
  shortNames: [],
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'test',
});

describe('repositories on the Cosmos protocol', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await freshDatabase();
  });
  afterEach(() => db.drop());

  it('When a user is not stored, then get gives undefined (not an error)', async () => {
    assert.equal(await new CosmosUserRepository(db.containers.directory).get('nobody'), undefined);
  });

  it('When two people save the same user from the same version, then the second gets a conflict and the first is kept', async () => {
    const users = new CosmosUserRepository(db.containers.directory);
    const created = await users.save({
      id: 'U1',
      name: 'Ursula',
      roles: ['coach'],
      schoolIds: [],
      updatedAt: 'x',
      updatedBy: 'y',
    });
    assert.equal(created.id, 'u1', 'ids are stored lower-case');
    await users.save({ ...created, roles: ['coach', 'schoolleider'] });
    await assert.rejects(users.save({ ...created, roles: [] }), ConflictError);
    assert.deepEqual((await users.get('U1'))?.roles, ['coach', 'schoolleider']);
  });

  it('When a new record is created twice, then the second create is a conflict', async () => {
    const schools = new CosmosSchoolRepository(db.containers.directory);
    await schools.save(school('albeda', 'Albeda'));
    await assert.rejects(schools.save(school('albeda', 'Albeda 2')), ConflictError);
  });

  it('When users and schools share the directory container, then each list shows only its own kind, sorted by name', async () => {
    const users = new CosmosUserRepository(db.containers.directory);
    const schools = new CosmosSchoolRepository(db.containers.directory);
    await schools.save(school('zadkine', 'Zadkine'));
    await schools.save(school('albeda', 'Albeda'));
    await users.save({ id: 'u2', name: 'Bram', roles: [], schoolIds: [], updatedAt: 'x', updatedBy: 'y' });
    assert.deepEqual(
      (await schools.list()).map((s) => s.name),
      ['Albeda', 'Zadkine'],
    );
    assert.deepEqual(
      (await users.list()).map((u) => u.name),
      ['Bram'],
    );
  });

  describe('the cached school list', () => {
    let clock: number;
    let store: CosmosSchoolRepository;
    let cached: CachedSchoolRepository;
    let listed: number;
    beforeEach(() => {
      clock = 0;
      listed = 0;
      store = new CosmosSchoolRepository(db.containers.directory);
      const counting = Object.assign(Object.create(store) as CosmosSchoolRepository, {
        list: () => {
          listed++;
          return store.list();
        },
      });
      cached = new CachedSchoolRepository(counting, 10_000, () => clock);
    });

    it('When many turns ask for the schools at once and again within ten seconds, then the store is queried once', async () => {
      await store.save(school('albeda', 'Albeda'));
      const lists = await Promise.all(Array.from({ length: 20 }, () => cached.list()));
      clock = 9_000;
      lists.push(await cached.list());
      assert.ok(lists.every((l) => l.map((s) => s.id).join() === 'albeda'));
      assert.equal(listed, 1);
    });

    it('When another instance adds a school, then the list shows it after ten seconds, and at once when asked fresh', async () => {
      await cached.list();
      await store.save(school('zadkine', 'Zadkine'));
      clock = 5_000;
      assert.deepEqual(
        (await cached.list()).map((s) => s.id),
        [],
      );
      assert.deepEqual(
        (await cached.list({ fresh: true })).map((s) => s.id),
        ['zadkine'],
      );
      await store.save(school('albeda', 'Albeda'));
      clock = 15_001;
      assert.deepEqual(
        (await cached.list()).map((s) => s.id),
        ['albeda', 'zadkine'],
      );
    });

    it('When a school is saved through the cache, then the next list shows it at once', async () => {
      assert.deepEqual(await cached.list(), []);
      await cached.save(school('albeda', 'Albeda'));
      assert.deepEqual(
        (await cached.list()).map((s) => s.name),
        ['Albeda'],
      );
    });

    it('When a caller changes a listed school, then the cached list is unchanged', async () => {
      await store.save({ ...school('albeda', 'Albeda'), shortNames: ['ALB'] });
      const first = await cached.list();
      first[0]!.name = 'Changed';
      first[0]!.shortNames.push('X');
      assert.deepEqual(
        (await cached.list()).map((s) => [s.name, s.shortNames]),
        [['Albeda', ['ALB']]],
      );
    });
  });
});
