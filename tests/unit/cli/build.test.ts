import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
let outDir = '';

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

// package.json's `bin` points at dist/cli/kg-graph.js, built by
// `vite build --ssr src/cli/kg-graph.ts --outDir dist/cli`: the same build, into a temporary folder.
test('the built CLI keeps its shebang and runs under plain node', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kg-graph-build-'));
  await build({ root, logLevel: 'silent', build: { ssr: 'src/cli/kg-graph.ts', outDir, emptyOutDir: true, copyPublicDir: false } });
  const built = join(outDir, 'kg-graph.js');
  expect((await readFile(built, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');

  const run = spawnSync(process.execPath, [built, 'validate', 'tests/fixtures/graphs/valid/minimal.json'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('1 file: 0 errors, 0 warnings\n');
  expect(run.status).toBe(0);
}, 60_000);
