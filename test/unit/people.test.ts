import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { playgroundConfigUser } from '../../scripts/playground';
import { isObjectId, matchPeople } from '../../src/domain/people';

describe('people: finding someone to give a role', () => {
  const people = [
    { id: 'a0000000-0000-4000-8000-000000000001', name: 'Fátima El Amrani' },
    { id: 'a0000000-0000-4000-8000-000000000002', name: 'Alex Wilber' },
    { id: 'a0000000-0000-4000-8000-000000000003', name: 'Sanne de Vries' },
  ];

  it('When a beheerder types part of a name without accents or in another case, then the person is found', () => {
    assert.deepEqual(
      matchPeople(people, 'fatima', 10).map((p) => p.name),
      ['Fátima El Amrani'],
    );
    assert.deepEqual(
      matchPeople(people, 'DE VRIES', 10).map((p) => p.name),
      ['Sanne de Vries'],
    );
    assert.deepEqual(matchPeople(people, 'zoltan', 10), []);
  });

  it('When nothing is typed, then everyone is listed by name, at most the limit', () => {
    assert.deepEqual(
      matchPeople(people, '', 2).map((p) => p.name),
      ['Alex Wilber', 'Fátima El Amrani'],
    );
  });

  it("When an id is a GUID or the playground's 37-character id, then it is well-formed; a cut or padded one is not", () => {
    assert.equal(isObjectId('a0000000-0000-4000-8000-000000000001'), true);
    assert.equal(isObjectId('00000000-0000-0000-0000-0000000000020'), true);
    assert.equal(isObjectId('a0000000-0000-4000-8000-0000000000'), false);
    assert.equal(isObjectId('a0000000-0000-4000-8000-000000000001 '), false);
    assert.equal(isObjectId('../../etc/passwd'), false);
  });
});

describe('npm start: reading the playground config file (yaml)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kw-yaml-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (text: string): string => {
    const f = path.join(dir, '.m365agentsplayground.yml');
    writeFileSync(f, text);
    return f;
  };

  it('When the file names a current user (quoted, with comments), then that user is the one simulated', () => {
    const f = file(
      [
        '# my test user',
        'currentUser:',
        '  name: "Bea Beheer" # shown in the chat',
        "  aadObjectId: 'b0000000-0000-4000-8000-000000000001'",
        'tenantId: 00000000-0000-0000-0000-0000000000001',
      ].join('\n'),
    );
    assert.deepEqual(playgroundConfigUser(f), {
      aadObjectId: 'b0000000-0000-4000-8000-000000000001',
      name: 'Bea Beheer',
    });
  });

  it('When the file has a flow mapping or no user, or is broken, then the result follows what YAML says', () => {
    assert.deepEqual(playgroundConfigUser(file('currentUser: { aadObjectId: abc-1, name: X }')), {
      aadObjectId: 'abc-1',
      name: 'X',
    });
    assert.equal(playgroundConfigUser(file('bot:\n  name: x\n')), undefined);
    assert.equal(playgroundConfigUser(file('currentUser: [\n')), undefined);
    assert.equal(playgroundConfigUser(path.join(dir, 'missing.yml')), undefined);
  });
});
