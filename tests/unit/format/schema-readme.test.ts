// The format doc (src/format/README.md) against the code: its problem-code table lists exactly
// the loader's codes with the severities the loader reports, and its limits table the defaults.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, PROBLEM_CODES, loadGraphText, type Problem } from '../../../src/format/index';
import { DANGLING_TARGET, TRAILING_COMMA } from '../cli/broken-graphs';

const root = join(import.meta.dirname, '../../..');
const readme = await readFile(join(root, 'src/format/README.md'), 'utf8');

/** Rows `| \`code\` | severity | meaning |` of the problem table. */
function documentedCodes(): Map<string, string> {
  const start = readme.indexOf('<!-- problem-codes:start -->');
  const end = readme.indexOf('<!-- problem-codes:end -->');
  const rows = readme.slice(start, end).matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \| (.+) \|$/gm);
  return new Map([...rows].map((row) => [row[1] as string, row[2] as string]));
}

/** A small valid graph with one thing changed; the text of the file. */
function graphText(change: (doc: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = {
    format: 'kg-graph',
    version: 1,
    meta: { title: 'T', languages: ['en', 'ar'] },
    sources: [{ id: 's', text: 'the text' }, { id: 'bare' }],
    nodeTypes: { t: { label: 'T' } },
    edgeTypes: { r: { label: 'R' } },
    nodes: [
      { id: 'a', type: 't', label: 'A' },
      { id: 'b', type: 't', label: 'B' },
    ],
    edges: [{ id: 'e', type: 'r', source: 'a', target: 'b' }],
  };
  change(doc);
  return JSON.stringify(doc, null, 2);
}

// Inputs meant to produce every warning and a wide range of errors.
const inputs: string[] = [
  DANGLING_TARGET,
  TRAILING_COMMA,
  '',
  '<!doctype html><html></html>',
  '{"a": 1} x',
  "{'a': 1}",
  '{a: 1}',
  '{"a": "\\q"}',
  '{"a": NaN}',
  '{"a": 01}',
  '{"a": 1e999}',
  '{"a": "x\ty"}',
  '{"a": 1, "a": 2}',
  '{"a": "b// c\n}',
  '{"a": 1 /* c */}',
  graphText((d) => (d.meta.languages = ['en', 'en'])),
  graphText((d) => (d.meta.languages = [])),
  graphText((d) => (d.meta.languages = ['english'])),
  graphText((d) => (d.format = 'graphml')),
  graphText((d) => (d.version = 2)),
  graphText((d) => delete d.nodes),
  graphText((d) => (d.nodes[0].label = 7)),
  graphText((d) => (d.nodes[0].label = { fr: 'A' })),
  graphText((d) => (d.nodes[0].label = ' ')),
  graphText((d) => (d.nodes[0].description = ' ')),
  graphText((d) => (d.nodes[0].label = 'A\u0007')),
  graphText((d) => (d.nodes[0].label = 'A\u202Eb')),
  graphText((d) => (d.nodes[0].label = 'A'.repeat(1001))),
  graphText((d) => (d.nodes[0].id = 7)),
  graphText((d) => (d.nodes[0].id = '')),
  graphText((d) => (d.nodes[0].id = ' a')),
  graphText((d) => (d.nodes[0].id = 'x'.repeat(129))),
  graphText((d) => (d.nodes[0].id = 'a\u2066')),
  graphText((d) => (d.nodes[1].id = 'a')),
  graphText((d) => d.nodes.push({ id: '\u00e9', type: 't', label: 'E' }, { id: 'e\u0301', type: 't', label: 'E' })),
  graphText((d) => d.nodes.push({ id: 'paypal', type: 't', label: 'P' }, { id: 'p\u0430ypal', type: 't', label: 'P' })),
  graphText((d) => d.nodes.push({ id: 'alone', type: 't', label: 'Alone' })),
  graphText((d) => (d.nodes[0].type = 'country')),
  graphText((d) => (d.edges[0].type = 'agreement')),
  graphText((d) => (d.edges[0].topics = ['nowhere'])),
  graphText((d) => (d.edges[0].status = 'maybe')),
  graphText((d) => (d.edges[0].when = { date: '2024-02-30' })),
  graphText((d) => (d.nodes[0].evidence = [{ source: 'nowhere', quote: 'x' }])),
  graphText((d) => (d.nodes[0].evidence = [{ source: 's', quote: 'text', by: 'nobody' }])),
  graphText((d) => (d.nodes[0].evidence = [{ source: 's', quote: 'not in it' }])),
  graphText((d) => (d.nodes[0].evidence = [{ source: 'bare', quote: 'anything' }])),
  graphText((d) => (d.nodes[0].links = [{ url: 'javascript:alert(1)' }, { url: 'not a url' }])),
  graphText((d) => (d.nodeTypes.t.color = 'blue')),
  graphText((d) => (d.nodeTypes.t.shape = 'blob')),
  graphText((d) => (d.edgeTypes.r.line = 'wavy')),
  graphText((d) => (d.tours = [{ id: 'x', title: 'X', steps: [{ caption: 'c', nodes: ['nowhere'], edges: ['nothing'] }] }])),
];

describe('the problem-code table of src/format/README.md', () => {
  test('lists exactly the codes the loader can report', () => {
    expect([...documentedCodes().keys()].sort()).toEqual([...PROBLEM_CODES]);
  });

  test('gives each code a severity of error or warning', () => {
    const odd = [...documentedCodes()].filter(([, severity]) => severity !== 'error' && severity !== 'warning');
    expect(odd).toEqual([]);
  });

  test('states the severity the loader reports, for every problem the test inputs produce', async () => {
    const documented = documentedCodes();
    const invalidDir = join(root, 'tests/fixtures/graphs/invalid');
    const fixtures = (await readdir(invalidDir, { recursive: true }).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json')) // beside each: its expected problems
      .map((name) => join(invalidDir, name));
    const texts = [...inputs, ...(await Promise.all(fixtures.map((file) => readFile(file, 'utf8'))))];
    const problems: Problem[] = texts.flatMap((text) => [...loadGraphText(text, { limits: { maxProblems: 1000 } }).problems]);
    const wrong = problems
      .filter((problem) => documented.get(problem.code) !== problem.severity)
      .map((problem) => `${problem.code}: ${problem.severity}, documented ${documented.get(problem.code)}`);
    expect([...new Set(wrong)]).toEqual([]);

    // Every documented warning was seen, so the warning column is checked, not assumed.
    const seen = new Set(problems.map((problem) => problem.code));
    const unseenWarnings = [...documented].filter(([code, severity]) => severity === 'warning' && !seen.has(code));
    expect(unseenWarnings).toEqual([]);
    expect(seen.size).toBeGreaterThan(45);
  });
});

describe('the limits table of src/format/README.md', () => {
  test('states every default limit', () => {
    const rows = new Map(
      [...readme.matchAll(/^\| `(max\w+)` \| ([\d,]+) \|/gm)].map((row) => [row[1], Number(row[2]?.replaceAll(',', ''))]),
    );
    expect(Object.fromEntries(rows)).toEqual({ ...DEFAULT_LIMITS });
  });
});
