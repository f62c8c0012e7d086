/** The project's own loader accepts the bundled graph without a single problem. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadGraphBytes, loadGraphText, serializeGraph } from '../../../src/format/index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fileName = 'data/russia-iran-ai-blockchain.json';
const bytes = readFileSync(resolve(repoRoot, fileName));
const text = bytes.toString('utf8');

describe('the bundled graph through the loader', () => {
  it('loads from text with zero errors and zero warnings', () => {
    const result = loadGraphText(text);
    expect(result.problems.map((problem) => formatProblem(problem, fileName))).toEqual([]);
    expect(result.totalProblems).toBe(0);
    expect(result.ok).toBe(true);
  });

  it('loads from bytes the same way', () => {
    const result = loadGraphBytes(new Uint8Array(bytes));
    expect(result.problems.map((problem) => formatProblem(problem, fileName))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('serializes back to the very same text (the file is in canonical form)', () => {
    const result = loadGraphText(text);
    if (!result.ok) throw new Error('the bundled graph did not load');
    expect(serializeGraph(result.graph)).toBe(text);
  });
});
