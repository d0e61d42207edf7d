import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { playgroundUserAadObjectId } from '../../scripts/playground';

describe('npm start: the playground user', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kw-start-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (text: string): string => {
    const f = path.join(dir, '.m365agentsplayground.yml');
    writeFileSync(f, text);
    return f;
  };

  it('When the playground config names a current user, then npm start gives that id the demo roles', () => {
    const f = file(
      [
        '# my playground',
        'tenantId: t1',
        'currentUser:',
        '  # me',
        '  name: Fatima',
        '  aadObjectId: "00000000-0000-0000-0000-0000000000aa"',
        'users:',
        '  - aadObjectId: other',
      ].join('\n'),
    );
    assert.equal(playgroundUserAadObjectId(f), '00000000-0000-0000-0000-0000000000aa');
  });

  it('When the current user is written in flow style, then it is read too', () => {
    assert.equal(playgroundUserAadObjectId(file('currentUser: { name: X, aadObjectId: abc-1 }\n')), 'abc-1');
  });

  it('When there is no file, no current user or the YAML is broken, then there is no id (the default user is used)', () => {
    assert.equal(playgroundUserAadObjectId(path.join(dir, 'missing.yml')), undefined);
    assert.equal(playgroundUserAadObjectId(file('users: []\n')), undefined);
    assert.equal(playgroundUserAadObjectId(file('currentUser: [\n')), undefined);
    assert.equal(playgroundUserAadObjectId(file('currentUser:\n  aadObjectId: 12\n')), undefined);
  });
});
