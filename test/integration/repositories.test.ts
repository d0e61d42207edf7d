import assert from 'node:assert/strict';
import { ConflictError } from '../../src/domain/errors';
import type { School } from '../../src/domain/school';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
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
});
