import { expect, test } from 'vitest';
import type { GraphDocument } from '../../../src/format/index';
import { findCollisions, mergeGraphs } from '../../../src/interchange/merge';
import { loaderErrors } from './helpers';

const doc = (languages: string[], nodes: object[], edges: object[] = []): GraphDocument =>
  ({
    format: 'kg-graph',
    version: 1,
    meta: { title: 't', languages },
    nodeTypes: { country: { label: 'Country' } },
    edgeTypes: { link: { label: 'Link' } },
    nodes,
    edges,
  }) as unknown as GraphDocument;

const a = doc(['ar', 'en'], [
  { id: 'iran', type: 'country', label: { ar: 'إيران', en: 'Iran' } },
  { id: 'russia', type: 'country', label: { ar: 'روسيا', en: 'Russia' } },
], [{ id: 'ru-ir', type: 'link', source: 'russia', target: 'iran' }]);
const b = doc(['en'], [
  { id: 'ir', type: 'country', label: 'IRAN' }, // same as a's iran after folding: a likely duplicate
  { id: 'russia', type: 'country', label: 'Russian Federation' }, // collides with a's russia
  { id: 'india', type: 'country', label: 'India' },
], [{ id: 'in-ru', type: 'link', source: 'india', target: 'russia' }]);

test('collisions are ids used for different things; equal elements are not', () => {
  expect(findCollisions(a, b)).toEqual([{ kind: 'node', id: 'russia' }]);
  expect(findCollisions(a, a)).toEqual([]);
});

test('keep-a keeps a\'s node and points b\'s edges at it', () => {
  const result = mergeGraphs(a, b, { onCollision: 'keep-a' });
  expect(result.graph?.nodes.map((node) => node.id)).toEqual(['iran', 'russia', 'ir', 'india']);
  expect(result.graph?.nodes[1]?.label).toEqual({ ar: 'روسيا', en: 'Russia' });
  expect(result.graph?.edges.map((edge) => [edge.source, edge.target])).toEqual([['russia', 'iran'], ['india', 'russia']]);
  expect(loaderErrors(result.graph!)).toEqual([]);
});

test("keep-b replaces a's node in place", () => {
  const result = mergeGraphs(a, b, { onCollision: 'keep-b' });
  expect(result.graph?.nodes[1]?.label).toEqual({ en: 'Russian Federation' });
});

test("rename gives b's node a new id and rewrites b's references", () => {
  const result = mergeGraphs(a, b, { onCollision: 'rename' });
  expect(result.collisions).toEqual([{ kind: 'node', id: 'russia', resolution: 'rename', renamedTo: 'russia-2' }]);
  expect(result.graph?.edges.find((edge) => edge.id === 'in-ru')).toMatchObject({ source: 'india', target: 'russia-2' });
  expect(result.graph?.meta.languages).toEqual(['ar', 'en']);
  expect(loaderErrors(result.graph!)).toEqual([]);
});

test('choices per collision override the default', () => {
  const result = mergeGraphs(a, b, { onCollision: 'rename', choices: { 'node:russia': 'keep-a' } });
  expect(result.collisions[0]?.resolution).toBe('keep-a');
});

test('likely duplicates: equal labels after Arabic and Latin folding, in any language', () => {
  const result = mergeGraphs(a, b, { onCollision: 'rename' });
  expect(result.duplicates).toEqual([{ a: 'iran', b: 'ir', label: 'Iran' }]);
  const arabic = doc(['ar'], [{ id: 'x', type: 'country', label: 'ايران' }]); // no hamza: folds to إيران
  expect(mergeGraphs(a, arabic).duplicates).toEqual([{ a: 'iran', b: 'x', label: 'إيران' }]);
});

test("b's plain strings keep b's language when a's first language differs", () => {
  const result = mergeGraphs(a, b, { onCollision: 'rename' });
  expect(result.graph?.nodes.find((node) => node.id === 'india')?.label).toEqual({ en: 'India' });
});

test('a node id that is an edge id in the other file is always renamed', () => {
  const c = doc(['ar', 'en'], [{ id: 'ru-ir', type: 'country', label: 'X' }]);
  const result = mergeGraphs(a, c, { onCollision: 'keep-a' });
  expect(result.collisions[0]).toMatchObject({ kind: 'node', kindInA: 'edge', resolution: 'rename', renamedTo: 'ru-ir-2' });
  expect(loaderErrors(result.graph!)).toEqual([]);
});
