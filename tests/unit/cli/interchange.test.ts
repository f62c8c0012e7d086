import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/run';
import { USAGE } from '../../../src/cli/usage';
import { loadGraphText } from '../../../src/format/index';
import { memoryIo } from './memory-io';

const root = join(import.meta.dirname, '../../..');
const bytes = async (path: string) => new Uint8Array(await readFile(join(root, path)));

describe('arguments', () => {
  test('import, export and merge take their options', () => {
    expect(parseArgs(['import', 'a.gexf', '-o', 'g.json', '--lang=fr'])).toEqual({ ok: true, value: { command: 'import', files: ['a.gexf'], out: 'g.json', lang: 'fr' } });
    expect(parseArgs(['export', 'g.json', '--to', 'csv', '-o', 'out'])).toEqual({ ok: true, value: { command: 'export', file: 'g.json', to: 'csv', out: 'out' } });
    expect(parseArgs(['merge', 'a.json', 'b.json', '-o', 'm.json', '--on-collision', 'keep-b'])).toEqual({ ok: true, value: { command: 'merge', files: ['a.json', 'b.json'], out: 'm.json', onCollision: 'keep-b' } });
  });

  test.each([
    [['import', 'a.gexf'], /needs -o/],
    [['import', '-o', 'g.json'], /at least one file/],
    [['import', 'a.x', '-o', 'g.json', '--from', 'dot'], /--from must be one of csv, gexf, graphml, cyjs/],
    [['export', 'g.json', '-o', 'x'], /needs --to/],
    [['export', 'g.json', 'h.json', '--to', 'gexf', '-o', 'x'], /one graph file/],
    [['merge', 'a.json', '-o', 'm.json'], /two graph files/],
    [['merge', 'a.json', 'b.json', '-o', 'm.json', '--on-collision', 'both'], /keep-a, keep-b, rename/],
    [['merge', 'a.json', 'b.json', '-o', 'm.json', '--lang', 'en'], /unknown option "--lang" for merge/],
  ] as [string[], RegExp][])('%j is refused, exit 2 with the usage', async (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toContain(USAGE);
  });
});

test('import a GEXF file writes a graph that validates, and says what it wrote', async () => {
  const io = memoryIo({ 'les.gexf': await bytes('tests/fixtures/interchange/gexf/les-miserables.gexf') });
  expect(await runCli(['import', 'les.gexf', '-o', 'out/les.json'], io)).toBe(0);
  const graph = loadGraphText(io.text('out/les.json') ?? '');
  expect(graph.ok).toBe(true);
  expect(graph.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(graph.graph?.nodes).toHaveLength(77);
  expect(io.out).toBe('wrote out/les.json: 77 nodes, 254 edges (0 errors, 0 warnings)\n');
});

test('--from overrides the extension; -o - writes the graph to standard output', async () => {
  const io = memoryIo({ 'network.xml': await bytes('tests/fixtures/interchange/gexf/data.gexf') });
  expect(await runCli(['import', 'network.xml', '--from', 'gexf', '-o', '-'], io)).toBe(0);
  expect(JSON.parse(io.out)).toMatchObject({ format: 'kg-graph', meta: { description: 'A Web network' } });
});

test('a spreadsheet error is located file:row:column, exit 1, nothing written', async () => {
  const io = memoryIo({ 'edges.csv': 'source,target\na,b\n,c\n' });
  expect(await runCli(['import', 'edges.csv', '-o', 'g.json'], io)).toBe(1);
  expect(io.err).toContain('edges.csv:3:1 error csv-missing-value: the edge has no source');
  expect(io.writes).toEqual([]);
});

test('export to csv writes nodes.csv, edges.csv and sources.csv into the -o folder, and the report on stderr', async () => {
  const io = memoryIo({ 'g.json': await bytes('data/russia-iran-ai-blockchain.json') });
  expect(await runCli(['export', 'g.json', '--to', 'csv', '-o', 'sheet/'], io)).toBe(0);
  expect(io.writes).toEqual(['sheet/nodes.csv', 'sheet/edges.csv', 'sheet/sources.csv']);
  expect(io.err).toMatch(/warning not-exported-tours: 1 guided tours are not written/);
  const back = memoryIo({ 'n.csv': io.files.get('sheet/nodes.csv')!, 'e.csv': io.files.get('sheet/edges.csv')!, 's-sources.csv': io.files.get('sheet/sources.csv')! });
  expect(await runCli(['import', 'n.csv', 'e.csv', 's-sources.csv', '-o', 'back.json'], back)).toBe(0);
});

test('export of an invalid graph exits 1 and writes nothing', async () => {
  const io = memoryIo({ 'bad.json': '{"format":"kg-graph"}' });
  expect(await runCli(['export', 'bad.json', '--to', 'gexf', '-o', 'x.gexf'], io)).toBe(1);
  expect(io.writes).toEqual([]);
});

test('merge lists collisions and writes nothing until --on-collision; then reports what it did', async () => {
  const a = await readFile(join(root, 'data/russia-iran-ai-blockchain.json'), 'utf8');
  const b = a.replace('"en": "Russia"', '"en": "Russian Federation"');
  const io = memoryIo({ 'a.json': a, 'b.json': b });
  expect(await runCli(['merge', 'a.json', 'b.json', '-o', 'm.json'], io)).toBe(1);
  expect(io.err).toContain('b.json: collision node:russia: node "russia" differs between the files');
  expect(io.writes).toEqual([]);
  const chosen = memoryIo({ 'a.json': a, 'b.json': b });
  expect(await runCli(['merge', 'a.json', 'b.json', '-o', 'm.json', '--on-collision', 'rename'], chosen)).toBe(0);
  expect(chosen.err).toContain('warning likely-duplicate: node "russia-2" and node "russia" of a.json have the same label "روسيا"');
  const merged = loadGraphText(chosen.text('m.json') ?? '');
  // Every node of a, plus the renamed copy of the one node that differs.
  expect(merged.graph?.nodes).toHaveLength((loadGraphText(a).graph?.nodes.length ?? 0) + 1);
});

test('an unreadable input exits 2', async () => {
  const io = memoryIo();
  expect(await runCli(['import', 'missing.gexf', '-o', 'g.json'], io)).toBe(2);
  expect(io.err).toMatch(/cannot read missing\.gexf/);
});
