/** The documents the edit tests start from. */
import { readFileSync } from 'node:fs';
import { loadGraphText, type GraphDocument } from '../../../../src/format/index';

export const BUNDLED_TEXT = readFileSync('data/russia-iran-ai-blockchain.json', 'utf8');

export function load(text: string): GraphDocument {
  const result = loadGraphText(text);
  if (!result.ok) throw new Error(`fixture does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.graph;
}

export const bundled = (): GraphDocument => load(BUNDLED_TEXT);

export const ODD_KEYS_TEXT = readFileSync('tests/fixtures/graphs/valid/unknown-fields-and-odd-keys.json', 'utf8');
