import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraphText, serializeGraph, type GraphDocument } from '../../../src/format/index';
import type { InputFile } from '../../../src/interchange/index';

export const root = join(import.meta.dirname, '../../..');
export const fixture = (path: string): InputFile => ({ name: path, content: new Uint8Array(readFileSync(join(root, 'tests/fixtures/interchange', path))) });
export const fixtureText = (path: string): string => readFileSync(join(root, 'tests/fixtures/interchange', path), 'utf8');
export const bundledGraph = (): GraphDocument => {
  const result = loadGraphText(readFileSync(join(root, 'data/russia-iran-ai-blockchain.json'), 'utf8'));
  if (!result.graph) throw new Error('the bundled graph does not load');
  return result.graph;
};

/** Errors the loader finds in the graph written out as a file (the importer promises none). */
export function loaderErrors(graph: GraphDocument): string[] {
  return loadGraphText(serializeGraph(graph)).problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.code} ${problem.pointer}`);
}

/** A plain copy, key order aside, for deep comparisons. */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
