import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRound } from '../../bench/matching';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the CLI as `npm run -s cli -- …  | cat` does: stdout into a pipe, read to the end. */
function runThroughPipe(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/index.ts', ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    let stdout = '';
    let stderr = '';
    // Read slowly, as a pager or a busy pipe does, so the writer has to wait for the reader.
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('admin CLI output through a pipe', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kw-cli-pipe-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('When a 1000 × 300 round is printed as JSON into a pipe, then every byte arrives and the JSON is whole', async () => {
    const input = path.join(dir, 'round.json');
    const round = generateRound(1000, 300);
    writeFileSync(input, JSON.stringify(round));
    const { code, stdout, stderr } = await runThroughPipe(['match', '--input', input, '--json']);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.length > 64 * 1024, `more than a pipe buffer (${stdout.length} bytes)`);
    const output = JSON.parse(stdout) as { pairs: unknown[]; unmatched: unknown[] };
    assert.ok(output.pairs.length > 0);
    assert.equal(
      output.pairs.length + output.unmatched.length,
      round.gezellen.length,
      'every gezel is in the output',
    );
  });
});
