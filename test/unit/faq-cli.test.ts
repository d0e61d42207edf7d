import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliDeps } from '../../src/cli/context';
import { runCli } from '../../src/cli/program';
import { loadConfig } from '../../src/config';

/** CLI deps whose store must never be opened: asking and evaluating work from the files alone. */
function deps(): { deps: CliDeps; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    deps: {
      io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      config: () => loadConfig({}),
      store: () => Promise.reject(new Error('the store must not be opened')),
      readFile: (file) => readFile(file, 'utf8'),
    },
    out: () => stdout,
    err: () => stderr,
  };
}

const EVAL = path.resolve(__dirname, '..', '..', 'content', 'faq-eval');

describe('faq CLI', () => {
  it('When "faq ask … --json" is run, then it prints answered, answer, entryId, score and suggestions', async () => {
    const d = deps();
    const code = await runCli(
      ['faq', 'ask', 'wanneer hoor ik of we geselecteerd zijn', '--json'],
      d.deps.io,
      {
        deps: d.deps,
      },
    );
    assert.equal(code, 0, d.err());
    const result = JSON.parse(d.out()) as Record<string, unknown>;
    assert.equal(result.answered, true);
    assert.equal(result.entryId, 'gkdi-uitslag-datum');
    assert.match(String(result.answer), /28 mei 2021/);
    assert.equal(typeof result.score, 'number');
    assert.ok(Array.isArray(result.suggestions));
  });

  it('When an ambiguous or unknown question is asked, then answered is false and suggestions say what might fit', async () => {
    const d = deps();
    await runCli(['faq', 'ask', 'hoeveel scholen', '--json'], d.deps.io, { deps: d.deps });
    const r = JSON.parse(d.out()) as {
      answered: boolean;
      entryId: string | null;
      suggestions: { entryId: string }[];
    };
    assert.equal(r.answered, false);
    assert.equal(r.entryId, null);
    assert.ok(r.suggestions.some((s) => s.entryId === 'oa-aantal-scholen'));
    const e = deps();
    await runCli(['faq', 'ask', 'what is the capital of France', '--locale', 'en', '--json'], e.deps.io, {
      deps: e.deps,
    });
    assert.equal((JSON.parse(e.out()) as { answered: boolean }).answered, false);
  });

  it('When "faq eval" is run on the tuning set, then it prints top-1, MRR@3 and out-of-scope refusals', async () => {
    const d = deps();
    const code = await runCli(['faq', 'eval', path.join(EVAL, 'tune.tsv')], d.deps.io, { deps: d.deps });
    assert.equal(code, 0, d.err());
    assert.match(d.out(), /top-1 accuracy\s+\d+\.\d %/);
    assert.match(d.out(), /MRR@3\s+0\.\d+/);
    assert.match(d.out(), /out of scope not answered\s+\d+\.\d %/);
  });

  it('When the arguments are wrong, then it exits 2 with one line and opens no store', async () => {
    const d = deps();
    assert.equal(await runCli(['faq', 'ask', 'x', '--locale', 'fr'], d.deps.io, { deps: d.deps }), 2);
    assert.match(d.err(), /--locale must be nl or en/);
    const e = deps();
    assert.equal(await runCli(['faq', 'eval', '/does/not/exist.tsv'], e.deps.io, { deps: e.deps }), 2);
    assert.match(e.err(), /cannot read/);
  });
});
