import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/format/json/parse';
import { loadGraphText, type GraphDocument } from '../../../src/format/index';
import { drawableDocument, originalDocument } from '../../../src/view/drawable-document';
import { buildGraphContext } from '../../../src/view/graph-context';
import { nodeColorScale } from '../../../src/view/encodings';

const value = (path: string): GraphDocument => parseJson(readFileSync(path, 'utf8'), { maxDepth: 64 }).value as GraphDocument;

describe('drawableDocument', () => {
  it('returns a valid document itself', () => {
    const result = loadGraphText(readFileSync('data/russia-iran-ai-blockchain.json', 'utf8'));
    const doc = result.graph as GraphDocument;
    expect(drawableDocument(doc)).toBe(doc);
    expect(originalDocument(doc)).toBe(doc);
  });

  it('leaves out of a copy only what the canvas cannot draw, and maps the copy back to the file', () => {
    const doc = value('tests/fixtures/graphs/invalid/bad-values.json');
    const before = JSON.stringify(doc);
    const drawn = drawableDocument(doc);
    expect(drawn).not.toBe(doc);
    expect(drawn.nodeTypes.t).toEqual({ label: 'T' });
    expect(drawn.edgeTypes.r).toEqual({ label: 'r' });
    expect(drawn.nodes[0]).not.toHaveProperty('position');
    expect(drawn.nodes[1]).toBe(doc.nodes[1]);
    expect(JSON.stringify(doc)).toBe(before);
    expect(originalDocument(drawn)).toBe(doc);
    // The reader's colour scale throws on the file's own value, not on the copy's.
    expect(() => nodeColorScale(doc.nodeTypes, ['#1f77b4'], '#ffffff')).toThrow();
    expect(nodeColorScale(drawn.nodeTypes, ['#1f77b4'], '#ffffff')('t')).toMatch(/^#/);
    expect(buildGraphContext(drawn).kg.nodes).toHaveLength(2);
  });
});
