import assert from 'node:assert/strict';
import path from 'node:path';
import { findCycles, importGraph } from '../helpers/import-graph';

const SRC = path.resolve(__dirname, '../../src');
const rel = (cycle: string[]) => cycle.map((f) => path.relative(SRC, f)).join(' → ');

describe('import graph of src/: no module imports itself through others', () => {
  it('When the imports under src/ are followed (type imports and re-exports too), then no cycle is found', () => {
    const graph = importGraph(SRC);
    assert.ok(graph.size > 100, `read only ${graph.size} files`);
    assert.ok(
      (graph.get(path.join(SRC, 'app.ts')) ?? []).includes(path.join(SRC, 'bot/feature.ts')),
      'the graph follows relative imports',
    );
    assert.deepEqual(findCycles(graph).map(rel), []);
  });

  it('When two modules import each other, directly or through a third, then the check names the loop', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(findCycles(graph), [
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
    assert.deepEqual(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
      [],
    );
  });
});
