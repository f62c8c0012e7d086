import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/format/types';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { forwardArrow, relationSentence, statusGlyph, statusLabel } from '../../../src/view/describe';
import { buildGraphView } from '../../../src/view/view-model';
import { THEMES } from '../../../src/view/theme';

const doc: GraphDocument = {
  format: 'kg-graph',
  version: 1,
  meta: { title: 'T', languages: ['ar', 'en'], statuses: { rumoured: { label: { en: 'rumoured', ar: 'مشاع' } } } },
  nodeTypes: { country: { label: { ar: 'دولة', en: 'Country' } }, organization: { label: { ar: 'منظمة', en: 'Organization' } } },
  edgeTypes: {
    proposal: { label: { ar: 'اقترحت', en: 'proposed' }, directed: true },
    agreement: { label: { ar: 'اتفاق', en: 'agreement' }, directed: false },
  },
  nodes: [
    { id: 'iran', type: 'country', label: { ar: 'إيران', en: 'Iran' } },
    { id: 'sco', type: 'organization', label: { ar: 'منظمة شنغهاي للتعاون', en: 'Shanghai Cooperation Organization' } },
    { id: 'russia', type: 'country', label: { ar: 'روسيا' } },
  ],
  edges: [
    { id: 'p', type: 'proposal', source: 'iran', target: 'sco', status: 'proposed' },
    { id: 'a', type: 'agreement', source: 'russia', target: 'iran', status: 'rumoured' },
  ],
};
const kg = KnowledgeGraph.from(doc);

describe('relationSentence', () => {
  it('reads a directed edge source first with an arrow pointing forward in the reading direction', () => {
    expect(relationSentence(kg, kg.edge('p')!, 'en', 'ltr')).toBe('Iran — proposed → Shanghai Cooperation Organization');
    expect(relationSentence(kg, kg.edge('p')!, 'ar', 'rtl')).toBe('إيران — اقترحت ← منظمة شنغهاي للتعاون');
  });

  it('joins an undirected edge with dashes on both sides and falls back for missing labels', () => {
    expect(relationSentence(kg, kg.edge('a')!, 'en', 'ltr')).toBe('روسيا — agreement — Iran');
  });

  it('forwardArrow flips with the direction', () => {
    expect(forwardArrow('ltr')).toBe('→');
    expect(forwardArrow('rtl')).toBe('←');
  });
});

describe('statusLabel', () => {
  it('uses built-in words per UI language and the file’s own labels for declared statuses', () => {
    expect(statusLabel(kg, 'proposed', 'en')).toBe('proposed');
    expect(statusLabel(kg, 'proposed', 'ar')).toBe('مقترح');
    expect(statusLabel(kg, 'rumoured', 'ar')).toBe('مشاع');
    expect(statusGlyph('signed')).not.toBe(statusGlyph('proposed'));
  });
});

describe('buildGraphView', () => {
  it('localizes labels with fallback and isolates them for the canvas', () => {
    const view = buildGraphView(kg, 'en', THEMES.light);
    const russia = view.nodes.find((n) => n.id === 'russia')!;
    expect(russia.text).toBe('روسيا');
    expect(russia.label).toBe('\u2067روسيا\u2069');
    const edge = view.edges.find((e) => e.id === 'p')!;
    expect(edge.directed).toBe(true);
    expect(view.edges.find((e) => e.id === 'a')!.directed).toBe(false);
    expect(edge.encoding.firm).toBe(false);
    expect(view.detail).toBe('full');
  });

  it('sizes the best-connected node largest', () => {
    const view = buildGraphView(kg, 'en', THEMES.light);
    const size = (id: string) => view.nodes.find((n) => n.id === id)!.size;
    expect(size('iran')).toBeGreaterThan(size('sco'));
  });

  it('wraps every edge label like canvasLabel(text, 24, 2), shared texts included', async () => {
    const { canvasLabel } = await import('../../../src/view/text-direction');
    for (const lang of ['en', 'ar']) {
      const view = buildGraphView(kg, lang, THEMES.light);
      expect(view.edges.length).toBeGreaterThan(1);
      for (const edge of view.edges) expect(edge.label).toBe(canvasLabel(edge.text, 24, 2));
    }
  });
});

describe('detailFor', () => {
  it('draws small graphs in full, simplifies edges above 300 nodes and goes large above 6,000 elements', async () => {
    const { detailFor } = await import('../../../src/view/view-model');
    expect(detailFor(40, 50)).toBe('full');
    expect(detailFor(300, 700)).toBe('full');
    expect(detailFor(301, 700)).toBe('simple-edges');
    expect(detailFor(2000, 4000)).toBe('simple-edges');
    expect(detailFor(2000, 4001)).toBe('large');
  });
});
