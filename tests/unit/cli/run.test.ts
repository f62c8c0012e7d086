import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { USAGE } from '../../../src/cli/usage';
import { SCHEMA_FILE_PATH, schemaText } from '../../../src/format/schema';
import {
  DANGLING_TARGET,
  DANGLING_TARGET_LINE,
  TRAILING_COMMA,
  TRAILING_COMMA_LINE,
} from './broken-graphs';
import { memoryIo } from './memory-io';

const root = join(import.meta.dirname, '../../..');
const fixture = (name: string) => readFile(join(root, 'tests/fixtures/graphs/valid', name), 'utf8');
const lines = (text: string) => text.split('\n').filter((line) => line !== '');
/** The canonical text, computed independently of the serializer: 2-space JSON, key order kept. */
const canonical = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

describe('arguments', () => {
  test.each([[[]], [['validate']], [['validate', '--jsn', 'a.json']], [['frobnicate']]])(
    '%j exits 2 with the usage on stderr',
    async (argv) => {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err).toContain(USAGE);
      expect(io.err).toMatch(/^kg-graph: /);
      expect(io.out).toBe('');
    },
  );

  test('help exits 0 with the usage on stdout', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toBe(USAGE);
  });
});

describe('validate', () => {
  test('valid files exit 0 with a summary and no error lines', async () => {
    const io = memoryIo({ 'a.json': await fixture('minimal.json'), 'b.json': await fixture('every-field.json') });
    expect(await runCli(['validate', 'a.json', 'b.json'], io)).toBe(0);
    const out = lines(io.out);
    expect(out.at(-1)).toMatch(/^2 files: 0 errors, \d+ warnings?$/);
    expect(out.filter((line) => / error /.test(line))).toEqual([]);
    expect(io.err).toBe('');
  });

  test('a broken file exits 1 with a located, compiler-style line', async () => {
    const io = memoryIo({ 'data/broken.json': DANGLING_TARGET });
    expect(await runCli(['validate', 'data/broken.json'], io)).toBe(1);
    const located = lines(io.out).filter((line) => line.includes('/edges/0/target'));
    expect(located).toHaveLength(1);
    expect(located[0]).toMatch(
      new RegExp(`^data/broken\\.json:${DANGLING_TARGET_LINE}:\\d+ error [a-z0-9]+(-[a-z0-9]+)* /edges/0/target: .*irn`),
    );
    expect(lines(io.out).at(-1)).toMatch(/^1 file: 1 error, \d+ warnings?$/);
  });

  test('a JSON syntax error is located by line', async () => {
    const io = memoryIo({ 'comma.json': TRAILING_COMMA });
    expect(await runCli(['validate', 'comma.json'], io)).toBe(1);
    expect(io.out).toMatch(new RegExp(`^comma\\.json:${TRAILING_COMMA_LINE}:\\d+ error `, 'm'));
  });

  test('an unreadable file exits 2 even beside a broken one, and the others are still checked', async () => {
    const io = memoryIo({ 'broken.json': DANGLING_TARGET });
    expect(await runCli(['validate', 'missing.json', 'broken.json'], io)).toBe(2);
    expect(io.err).toMatch(/cannot read missing\.json: ENOENT/);
    expect(io.out).toMatch(/^broken\.json:8:/m);
    expect(lines(io.out).at(-1)).toMatch(/^2 files: 1 error, \d+ warnings?, 1 not readable$/);
  });

  test('--json prints one report per file and nothing else on stdout', async () => {
    const io = memoryIo({ 'ok.json': await fixture('minimal.json'), 'broken.json': DANGLING_TARGET });
    expect(await runCli(['validate', '--json', 'ok.json', 'broken.json', 'gone.json'], io)).toBe(2);
    const reports = JSON.parse(io.out) as Record<string, unknown>[];
    expect(reports.map((r) => [r.file, r.ok])).toEqual([
      ['ok.json', true],
      ['broken.json', false],
      ['gone.json', false],
    ]);
    const [ok, broken, gone] = reports;
    expect(ok).toMatchObject({ errors: 0, problems: [], totalProblems: 0, warnings: 0 });
    expect(broken).toMatchObject({ errors: 1, totalProblems: 1 });
    expect(broken?.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/edges/0/target',
        line: DANGLING_TARGET_LINE,
        column: expect.any(Number),
        code: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        message: expect.any(String),
      }),
    ]);
    expect(gone).toMatchObject({ readError: expect.stringContaining('ENOENT'), problems: [] });
  });
});

describe('format', () => {
  test('rewrites a non-canonical file canonically; a second run changes nothing', async () => {
    const original = await fixture('every-field.json');
    expect(original).not.toBe(canonical(original)); // the fixture is hand-laid-out on purpose
    const io = memoryIo({ 'g.json': original });
    expect(await runCli(['format', 'g.json'], io)).toBe(0);
    expect(io.writes).toEqual(['g.json']);
    expect(io.text('g.json')).toBe(canonical(original));
    expect(io.out).toContain('formatted g.json');

    const again = memoryIo({ 'g.json': io.text('g.json') ?? '' });
    expect(await runCli(['format', 'g.json'], again)).toBe(0);
    expect(again.writes).toEqual([]);
  });

  test('--check lists a non-canonical file, writes nothing and exits 1', async () => {
    const original = await fixture('minimal.json');
    const io = memoryIo({ 'g.json': original, 'c.json': canonical(original) });
    expect(await runCli(['format', '--check', 'c.json', 'g.json'], io)).toBe(1);
    expect(lines(io.out)).toEqual(['g.json', '2 files: 1 would be reformatted, 1 already canonical']);
    expect(io.writes).toEqual([]);
  });

  test('--check on canonical files exits 0', async () => {
    const io = memoryIo({ 'c.json': canonical(await fixture('every-field.json')) });
    expect(await runCli(['format', '--check', 'c.json'], io)).toBe(0);
    expect(io.writes).toEqual([]);
  });

  test('a leading BOM is removed', async () => {
    const text = canonical(await fixture('minimal.json'));
    const io = memoryIo({ 'bom.json': `\uFEFF${text}` });
    expect(await runCli(['format', 'bom.json'], io)).toBe(0);
    expect(io.text('bom.json')).toBe(text);
  });

  test('an invalid file is reported with its location and left untouched (exit 1)', async () => {
    const io = memoryIo({ 'broken.json': DANGLING_TARGET, 'ok.json': await fixture('minimal.json') });
    expect(await runCli(['format', 'broken.json', 'ok.json'], io)).toBe(1);
    expect(io.writes).toEqual(['ok.json']);
    expect(io.text('broken.json')).toBe(DANGLING_TARGET);
    expect(io.err).toMatch(/^broken\.json:8:\d+ error /m);
  });

  test('an unreadable or unwritable file exits 2', async () => {
    const missing = memoryIo();
    expect(await runCli(['format', 'missing.json'], missing)).toBe(2);
    expect(missing.err).toMatch(/cannot read missing\.json/);

    const readOnly = memoryIo({ '/read-only/g.json': await fixture('minimal.json') });
    expect(await runCli(['format', '/read-only/g.json'], readOnly)).toBe(2);
    expect(readOnly.err).toMatch(/cannot write \/read-only\/g\.json: EACCES/);
  });
});

describe('schema', () => {
  test('writes the published schema file by default', async () => {
    const io = memoryIo();
    expect(await runCli(['schema'], io)).toBe(0);
    expect(io.writes).toEqual([SCHEMA_FILE_PATH]);
    expect(io.text(SCHEMA_FILE_PATH)).toBe(await readFile(join(root, SCHEMA_FILE_PATH), 'utf8'));
  });

  test('--out writes elsewhere; --out - prints it', async () => {
    const io = memoryIo();
    expect(await runCli(['schema', '--out', 'x/s.json'], io)).toBe(0);
    expect(io.text('x/s.json')).toBe(schemaText());
    const printed = memoryIo();
    expect(await runCli(['schema', '--out', '-'], printed)).toBe(0);
    expect(JSON.parse(printed.out)).toHaveProperty('$defs.node');
    expect(printed.writes).toEqual([]);
  });

  test('a write failure exits 2', async () => {
    const io = memoryIo();
    expect(await runCli(['schema', '--out', '/read-only/s.json'], io)).toBe(2);
    expect(io.err).toMatch(/cannot write/);
  });
});
