/** The editor's adapters over src/interchange: which `.json` is Cytoscape's, the names of written files, reports kept. */
import { describe, expect, it } from 'vitest';
import { graphFileFormats } from '../../../src/components/kg-editor/file-formats';
import { isCytoscapeJson, registerInterchangeFormats } from '../../../src/components/kg-editor/interchange-formats';
import { bundledGraph, fixtureText } from './helpers';

describe('editor formats', () => {
  it('tells Cytoscape JSON from a graph file', () => {
    expect(isCytoscapeJson(fixtureText('cyjs/cy-json.json'))).toBe(true);
    expect(isCytoscapeJson(fixtureText('cyjs/elements-array.json'))).toBe(true);
    expect(isCytoscapeJson(JSON.stringify(bundledGraph()))).toBe(false);
    expect(isCytoscapeJson('{ not json')).toBe(false);
  });

  it('registers four formats; an export names its files after the graph and reports what it cannot hold', () => {
    registerInterchangeFormats();
    registerInterchangeFormats();
    expect(graphFileFormats().map((f) => f.id)).toEqual(['csv', 'gexf', 'graphml', 'cyjs']);
    const gexf = graphFileFormats().find((f) => f.id === 'gexf');
    const written = gexf?.write?.(bundledGraph(), 'story');
    expect(written?.files.map((f) => f.name)).toEqual(['story.gexf']);
    expect(written?.warnings.some((w) => typeof w !== 'string' && w.text.includes('not-exported-evidence'))).toBe(true);
    const csv = graphFileFormats().find((f) => f.id === 'csv')?.write?.(bundledGraph(), 'story');
    expect(csv?.files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv', 'sources.csv']);
  });
});
