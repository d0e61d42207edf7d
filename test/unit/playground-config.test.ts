import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { playgroundUserAadObjectId } from '../../scripts/start';

describe('npm start: the playground config file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kw-pg-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const read = (text: string): string | undefined => {
    const file = path.join(dir, '.m365agentsplayground.yml');
    writeFileSync(file, text);
    return playgroundUserAadObjectId(file);
  };

  it('When the file names a current user, then its aadObjectId is read, quoted or not, with comments and flow style', () => {
    const id = '00000000-0000-0000-0000-0000000000aa';
    assert.equal(
      read(`tenantId: x\ncurrentUser:\n  name: Ans\n  aadObjectId: "${id}" # me\nusers: []\n`),
      id,
    );
    assert.equal(read(`currentUser:\n  aadObjectId: ${id}\n`), id);
    assert.equal(read(`currentUser: { name: Ans, aadObjectId: '${id}' }\n`), id);
    assert.equal(
      read(`users:\n  - aadObjectId: other\ncurrentUser:\n  id: x\n  aadObjectId: ${id}\n`),
      id,
      'another block with the same key is not taken',
    );
  });

  it('When the file is missing, broken or has no current user id, then nothing is read', () => {
    assert.equal(playgroundUserAadObjectId(path.join(dir, 'none.yml')), undefined);
    assert.equal(read('currentUser: [unclosed\n'), undefined);
    assert.equal(read('currentUser:\n  name: Ans\n'), undefined);
    assert.equal(read('aadObjectId: top-level-only\n'), undefined);
    assert.equal(read(''), undefined);
  });
});
