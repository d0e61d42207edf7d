import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCycles, importGraph } from '../helpers/import-graph';

const SRC = path.resolve(__dirname, '../../src');
const rel = (f: string): string => path.relative(SRC, f);

describe('architecture', () => {
  const graph = importGraph(SRC);

  it('When the source is read, then no module imports itself through others (no import cycle)', () => {
    assert.deepEqual(
      importCycles(graph).map((c) => c.map(rel)),
      [],
    );
  });

  it('When a cycle is built on purpose, then the check finds it', () => {
    const fake = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    assert.deepEqual(importCycles(fake), [['a.ts', 'b.ts', 'c.ts']]);
  });

  it('When a feature or the domain is read, then only turn-handling files import botbuilder or teams-ai', () => {
    const sdk = /from '(botbuilder[^']*|@microsoft\/teams-ai)'/;
    const offenders = [...graph.keys()]
      .map(rel)
      .filter((f) => f.startsWith('domain/') || (f.startsWith('features/') && !/\.handlers\.ts$/.test(f)))
      .filter((f) => sdk.test(readFileSync(path.join(SRC, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('When a feature keeps data, then its repositories live in its own folder, not in src/storage', () => {
    const featureRepos = ['application-repository.ts', 'round-repository.ts', 'logboek-repository.ts'];
    const inStorage = [...graph.keys()].map(rel).filter((f) => f.startsWith('storage/'));
    assert.deepEqual(
      inStorage.filter((f) => featureRepos.includes(path.basename(f))),
      [],
    );
    for (const f of [
      'features/aanmelding/application-repository.ts',
      'features/logboek/logboek-repository.ts',
    ]) {
      assert.ok(graph.has(path.join(SRC, f)), `${f} exists`);
    }
  });
});
