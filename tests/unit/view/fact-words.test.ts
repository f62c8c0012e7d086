import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { factLabel, litAnnouncement } from '../../../src/view/fact-words';
import { edge, graph, node } from '../model/graph-builder';

const kg = KnowledgeGraph.from(
  graph({
    nodes: [node('ru', 'country', { label: { en: 'Russia', ar: 'روسيا' } }), node('ir', 'country', { label: { en: 'Iran', ar: 'إيران' } })],
    edges: [edge('ri', 'ru', 'ir', 'signed', { label: { en: 'signed with', ar: 'وقّعت مع' } })],
  }),
);

describe('fact words', () => {
  it('names nodes by label and relations as sentences in the reading direction', () => {
    expect(factLabel(kg, 'ru', 'en')).toBe('Russia');
    expect(factLabel(kg, 'ri', 'en')).toBe('Russia — signed with → Iran');
    expect(factLabel(kg, 'ri', 'ar')).toBe('روسيا — وقّعت مع ← إيران');
    expect(factLabel(kg, 'ghost', 'en')).toBe('ghost');
  });

  it('announces what lit up, relations first, or that nothing did', () => {
    expect(litAnnouncement(kg, { nodes: ['ru', 'ir'], edges: ['ri'] }, 'en')).toBe('Lit 3 facts: Russia — signed with → Iran; Russia; Iran');
    expect(litAnnouncement(kg, { nodes: ['ru'], edges: [] }, 'ar')).toBe('أُضيئت: روسيا');
    expect(litAnnouncement(kg, { nodes: [], edges: [] }, 'en')).toBe('No fact is quoted in the paragraphs in view.');
    const many = litAnnouncement(kg, { nodes: Array.from({ length: 9 }, () => 'ru'), edges: [] }, 'en');
    expect(many.startsWith('Lit 9 facts:')).toBe(true);
    expect(many.endsWith('…')).toBe(true);
  });
});
