import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeIo } from '../../../src/cli/node-io';
import { runCli } from '../../../src/cli/run';
import { DANGLING_TARGET, DANGLING_TARGET_LINE } from './broken-graphs';

const root = join(import.meta.dirname, '../../..');
const validFixture = 'tests/fixtures/graphs/valid/minimal.json';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-graph-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI entry as a real process, through tsx as `npm run validate` does. */
function kgGraph(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/kg-graph.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('the kg-graph process', () => {
  test('validate on a valid fixture exits 0 with the summary', () => {
    const run = kgGraph('validate', validFixture);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1 file: 0 errors, \d+ warnings?\n$/m);
  }, 60_000);

  test('validate on a broken file exits 1 with a located line', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, DANGLING_TARGET);
    const run = kgGraph('validate', broken);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${broken}:${DANGLING_TARGET_LINE}:`);
  }, 60_000);

  test('an unknown option exits 2 with the usage on stderr', () => {
    const run = kgGraph('validate', '--strict', validFixture);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: kg-graph');
  }, 60_000);
});

test('a reader that closes the pipe early stops the process quietly (no EPIPE crash)', async () => {
  const broken = join(dir, 'pipe.json');
  await writeFile(broken, DANGLING_TARGET);
  // Enough output to overflow a pipe buffer, so the process must write after the close.
  const files = Array.from({ length: 1500 }, () => broken);
  const child = spawn('npx', ['tsx', 'src/cli/kg-graph.ts', 'validate', ...files], { cwd: root });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toContain('EPIPE');
  expect(status).toBe(1);
}, 60_000);

describe('format on real files (nodeIo)', () => {
  test('rewrites a temporary copy; a second run changes nothing', async () => {
    const copy = join(dir, 'copy.json');
    const original = await readFile(join(root, 'tests/fixtures/graphs/valid/every-field.json'), 'utf8');
    await writeFile(copy, JSON.stringify(JSON.parse(original)));
    const silent = { ...nodeIo(), stdout: () => {}, stderr: () => {} };
    expect(await runCli(['format', '--check', copy], silent)).toBe(1);
    expect(await runCli(['format', copy], silent)).toBe(0);
    const once = await readFile(copy, 'utf8');
    expect(once).toBe(`${JSON.stringify(JSON.parse(original), null, 2)}\n`);
    expect(await runCli(['format', '--check', copy], silent)).toBe(0);
    expect(await runCli(['format', copy], silent)).toBe(0);
    expect(await readFile(copy, 'utf8')).toBe(once);
  });
});
