// The bundled graph file, damaged at random (cuts, swaps, duplicated stretches, flipped bits,
// inserted Unicode and bytes) and loaded: the loader never throws, always answers ok or located
// problems, and does an amount of work bounded by the size of the file. Seeded, so every run
// tries the same cases; work is counted (characters read), never timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadGraphBytes, loadGraphText, PROBLEM_CODES, serializeGraph, type LoadResult } from '../../../src/format/index';

const file = join(import.meta.dirname, '../../../data/russia-iran-ai-blockchain.json');
const TEXT = readFileSync(file, 'utf8');
const BYTES = new Uint8Array(readFileSync(file));
const SEED = 20_241_201;
const RUNS = 150;
/** Characters read per character of input, at most (an undamaged load reads about 1.3). */
const READS_PER_CHARACTER = 5;

// Work counter: every character the loader looks at goes through charCodeAt.
const originalCharCodeAt = String.prototype.charCodeAt;
let reads = 0;
beforeEach(() => {
  String.prototype.charCodeAt = function charCodeAt(this: string, index: number): number {
    reads++;
    return originalCharCodeAt.call(this, index);
  };
});
afterEach(() => {
  String.prototype.charCodeAt = originalCharCodeAt;
});

const codes = new Set<string>(PROBLEM_CODES);

/** What every answer must be, whatever the damage. */
function expectSoundAnswer(result: LoadResult, size: number, work: number): void {
  expect(work, `characters read for ${size} characters`).toBeLessThanOrEqual(READS_PER_CHARACTER * Math.max(size, 1000));
  expect(result.problems.length).toBeLessThanOrEqual(200);
  expect(result.totalProblems).toBeGreaterThanOrEqual(result.problems.length);
  for (const problem of result.problems) {
    expect(codes.has(problem.code), problem.code).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.pointer === '' || problem.pointer.startsWith('/')).toBe(true);
    expect(problem.message.length).toBeLessThan(600);
    expect(problem.hint?.length ?? 0).toBeLessThan(1200);
  }
  const severities = result.problems.map((p) => p.severity);
  expect(severities).toEqual([...severities].sort()); // 'error' < 'warning': errors first
  if (result.ok) {
    expect(severities).not.toContain('error');
    // What loads also saves, and loads again the same.
    const saved = serializeGraph(result.graph);
    expect(loadGraphText(saved).ok).toBe(true);
  } else {
    expect(severities[0]).toBe('error');
  }
}

/** Interesting code units: halves of surrogate pairs, bidi and invisible characters, JSON syntax, look-alikes. */
const unit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\ud800', '\udfff', '\u202e', '\u2066', '\u200b', '\ufeff', '\u0000', '\u0007', '\n', '"', '\\', '{', '}', '[', ']', ',', ':', 'e\u0301', '\u0435', '\u0661', '0', '-', 'e9'),
);

type TextMutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; text: string };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat(), length: fc.integer({ min: 1, max: 120 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 15 }) }), weight: 1 },
  // Inserted Unicode mostly lands inside strings and keeps the JSON valid: the rules get to work.
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit, minLength: 1, maxLength: 6 }) }), weight: 4 },
);

function mutateText(text: string, m: TextMutation): string {
  const n = text.length;
  switch (m.kind) {
    case 'cut': {
      const at = m.at % n;
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'swap': {
      const [a, b] = [m.a % n, m.b % n].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, b - a);
      if (length <= 0) return text;
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'duplicate': {
      const at = m.at % n;
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'flip': {
      const at = m.at % n;
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << m.bit)) + text.slice(at + 1);
    }
    case 'insert': {
      const at = m.at % (n + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}

type ByteMutation = { kind: 'cut'; at: number; length: number } | { kind: 'flip'; at: number; bit: number } | { kind: 'insert'; at: number; bytes: Uint8Array };

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);

function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = m.at % bytes.length;
  if (m.kind === 'flip') {
    const copy = bytes.slice();
    copy[at] = (copy[at] as number) ^ (1 << m.bit);
    return copy;
  }
  if (m.kind === 'cut') return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
  return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
}

/** Every path (keys and indices) in a JSON value, the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

type Container = Record<string | number, unknown>;
const parentOf = (doc: unknown, path: readonly (string | number)[]): Container =>
  path.slice(0, -1).reduce((object: Container, key) => object[key] as Container, doc as Container);

type ValueMutation =
  | { kind: 'remove'; path: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'duplicate'; path: number }
  | { kind: 'unicode'; path: number; at: number; text: string };

const valueMutation: fc.Arbitrary<ValueMutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('unicode' as const), path: fc.nat(), at: fc.nat(), text: fc.string({ unit, minLength: 1, maxLength: 4 }) }),
);

/** Changes the parsed document in place; the text written from it is always JSON. */
function mutateValue(doc: unknown, m: ValueMutation): void {
  const paths = pathsOf(doc);
  if (paths.length === 0) return;
  const pick = (n: number) => paths[n % paths.length] as (string | number)[];
  if (m.kind === 'swap') {
    const [a, b] = [pick(m.a), pick(m.b)];
    const prefix = (x: readonly unknown[], y: readonly unknown[]) => x.length <= y.length && x.every((k, i) => k === y[i]);
    if (prefix(a, b) || prefix(b, a)) return;
    const [pa, pb] = [parentOf(doc, a), parentOf(doc, b)];
    const [ka, kb] = [a[a.length - 1] as string | number, b[b.length - 1] as string | number];
    [pa[ka], pb[kb]] = [pb[kb], pa[ka]];
    return;
  }
  const path = pick(m.path);
  const parent = parentOf(doc, path);
  const key = path[path.length - 1] as string | number;
  if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
  } else {
    const value = parent[key];
    if (typeof value === 'string') {
      const at = m.at % (value.length + 1);
      parent[key] = value.slice(0, at) + m.text + value.slice(at);
    }
  }
}

describe('the bundled graph, damaged at random, through the loader', () => {
  test('the undamaged file loads, and the work counter counts', () => {
    reads = 0;
    const result = loadGraphText(TEXT);
    expect(result.ok).toBe(true);
    expect(reads).toBeGreaterThan(TEXT.length);
    expectSoundAnswer(result, TEXT.length, reads);
  });

  test('text: cuts, swaps, duplicated stretches, flipped bits and inserted Unicode', () => {
    const outcomes = { ok: 0, refused: 0, refusedAfterParsing: 0 };
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const damaged = mutations.reduce(mutateText, TEXT);
        reads = 0;
        const result = loadGraphText(damaged);
        const work = reads;
        expectSoundAnswer(result, damaged.length, work);
        outcomes[result.ok ? 'ok' : 'refused']++;
        if (!result.ok && !result.problems.some((p) => p.code.startsWith('json-') || p.code === 'empty-file')) outcomes.refusedAfterParsing++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both kinds of answer were exercised, so the checks above were not vacuous.
    expect(outcomes.ok).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
    expect(outcomes.refusedAfterParsing).toBeGreaterThan(5);
  });

  test('structure: members removed, swapped and duplicated, Unicode inserted into strings (always JSON)', () => {
    const original: unknown = JSON.parse(TEXT);
    const outcomes = { ok: 0, refused: 0 };
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(valueMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = structuredClone(original);
        for (const mutation of mutations) mutateValue(doc, mutation);
        const damaged = JSON.stringify(doc, null, 2);
        reads = 0;
        const result = loadGraphText(damaged);
        const work = reads;
        expectSoundAnswer(result, damaged.length, work);
        outcomes[result.ok ? 'ok' : 'refused']++;
        for (const problem of result.problems) seen.add(problem.code);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(outcomes.ok).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
    // The rules, not only the parser, were reached.
    expect(seen.size).toBeGreaterThan(10);
  });

  test('bytes: cuts, flipped bits and inserted bytes (invalid UTF-8 included)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const damaged = mutations.reduce(mutateBytes, BYTES);
        reads = 0;
        const result = loadGraphBytes(damaged);
        const work = reads;
        expectSoundAnswer(result, damaged.length, work);
        for (const problem of result.problems) seen.add(problem.code);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(seen.has('invalid-utf8')).toBe(true);
  });
});
