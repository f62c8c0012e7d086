/**
 * Every file in tests/fixtures/graphs: valid ones load (warnings allowed) and round-trip;
 * each invalid one produces exactly the problems listed beside it in `<name>.expected.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGraphBytes, serializeGraph, type GraphDocument } from '../../../src/format/index';

const root = join(import.meta.dirname, '../../fixtures/graphs');
const graphFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .sort();

describe('valid fixtures', () => {
  const files = graphFiles('valid');
  test('there are some', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    test(`${name} loads without errors and round-trips`, () => {
      const bytes = readFileSync(join(root, 'valid', name));
      const result = loadGraphBytes(bytes);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
      const out = serializeGraph(result.graph as GraphDocument);
      expect(JSON.parse(out)).toEqual(JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
    });
  }
});

describe('invalid fixtures', () => {
  const files = graphFiles('invalid');
  test('there are some', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    test(`${name} produces the problems in ${name.replace(/\.json$/, '.expected.json')}`, () => {
      const expected = JSON.parse(readFileSync(join(root, 'invalid', name.replace(/\.json$/, '.expected.json')), 'utf8')) as unknown[];
      const result = loadGraphBytes(readFileSync(join(root, 'invalid', name)));
      expect(result.ok).toBe(false);
      const actual = result.problems.map(({ code, severity, pointer, line, column }) => ({ code, severity, pointer, line, column }));
      expect(actual).toEqual(expected);
      expect(result.totalProblems).toBe(expected.length);
    });
  }
});
