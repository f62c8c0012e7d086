/**
 * Checks of the bundled graph, data/russia-iran-ai-blockchain.json, against its source article
 * and the format rules. They read the file with plain JSON.parse so they do not depend on the
 * loader; the loader's own verdict is checked in bundled-graph-loader.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaKeyOrder, type ObjectKind } from '../../../src/format/schema';
import {
  BUILTIN_STATUSES,
  type Evidence,
  type GraphDocument,
  type LocalizedText,
} from '../../../src/format/types';
import { NODE_SIZE_RANGE } from '../../../src/view/encodings';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const graphPath = resolve(repoRoot, 'data/russia-iran-ai-blockchain.json');
// The source of record, kept in the repository (see data/sources/README.md).
const articlePath = resolve(repoRoot, 'data/sources/russia-iran-ai-blockchain.ar.txt');

const graphText = readFileSync(graphPath, 'utf8');
const graph = JSON.parse(graphText) as GraphDocument;
const languages = graph.meta.languages;
const sourceText = graph.sources?.[0]?.text ?? '';

const nodeIds = new Set(graph.nodes.map((node) => node.id));
const edgeIds = new Set(graph.edges.map((edge) => edge.id));

/** Every localized text in the document, with a path that names it in a failure message. */
function localizedTexts(): Array<[string, LocalizedText | undefined]> {
  const texts: Array<[string, LocalizedText | undefined]> = [
    ['meta.title', graph.meta.title],
    ['meta.description', graph.meta.description],
  ];
  for (const source of graph.sources ?? []) texts.push([`source ${source.id} title`, source.title]);
  for (const [id, type] of Object.entries(graph.nodeTypes)) {
    texts.push([`nodeType ${id} label`, type.label]);
    if (type.description !== undefined) texts.push([`nodeType ${id} description`, type.description]);
  }
  for (const [id, type] of Object.entries(graph.edgeTypes)) {
    texts.push([`edgeType ${id} label`, type.label]);
    if (type.directed !== false) texts.push([`edgeType ${id} inverseLabel`, type.inverseLabel]);
    if (type.description !== undefined) texts.push([`edgeType ${id} description`, type.description]);
  }
  for (const node of graph.nodes) {
    texts.push([`node ${node.id} label`, node.label], [`node ${node.id} description`, node.description]);
    node.aliases?.forEach((alias, i) => texts.push([`node ${node.id} alias ${i}`, alias]));
  }
  for (const edge of graph.edges) {
    if (edge.label !== undefined) texts.push([`edge ${edge.id} label`, edge.label]);
    if (edge.description !== undefined) texts.push([`edge ${edge.id} description`, edge.description]);
    if (edge.when?.text !== undefined) texts.push([`edge ${edge.id} when.text`, edge.when.text]);
  }
  for (const tour of graph.tours ?? []) {
    texts.push([`tour ${tour.id} title`, tour.title]);
    tour.steps.forEach((step, i) => texts.push([`tour ${tour.id} step ${i} caption`, step.caption]));
  }
  return texts;
}

function allEvidence(): Array<[string, Evidence]> {
  return [
    ...graph.nodes.flatMap((node) => (node.evidence ?? []).map((e): [string, Evidence] => [`node ${node.id}`, e])),
    ...graph.edges.flatMap((edge) => (edge.evidence ?? []).map((e): [string, Evidence] => [`edge ${edge.id}`, e])),
  ];
}

/** Keys named `key` anywhere in a JSON value, as dotted paths. */
function pathsOfKey(value: unknown, key: string, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => pathsOfKey(item, key, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? [`${path}.${k}`] : []),
    ...pathsOfKey(v, key, `${path}.${k}`),
  ]);
}

/** WCAG 2 contrast ratio between two `#rrggbb` or `#rgb` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => {
      const c = parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the bundled graph file', () => {
  it('is a kg-graph version 1 document in Arabic first, then English', () => {
    expect(graph.format).toBe('kg-graph');
    expect(graph.version).toBe(1);
    expect(graph.$schema).toBe('../public/schema/kg-graph-v1.schema.json');
    expect(languages).toEqual(['ar', 'en']);
    expect(graph.meta.license).toBe('CC-BY-4.0');
  });

  it('is written in the canonical form: 2-space indent, one newline at the end, no duplicate keys', () => {
    // A duplicate key would be dropped by JSON.parse, so the re-serialized text would differ.
    expect(graphText).toBe(`${JSON.stringify(graph, null, 2)}\n`);
  });

  it('lists the fields of every object in the schema\'s canonical order', () => {
    const inOrder = (value: object, order: readonly string[]): boolean => {
      const ranks = Object.keys(value).map((key) => order.indexOf(key));
      return ranks.every((rank, i) => rank >= 0 && (i === 0 || (ranks[i - 1] ?? -1) < rank));
    };
    const check = (what: string, value: object | undefined, kind: ObjectKind): void => {
      if (value !== undefined) expect(inOrder(value, schemaKeyOrder(kind)), `${what}: ${Object.keys(value).join(', ')}`).toBe(true);
    };
    check('document', graph, 'document');
    check('meta', graph.meta, 'meta');
    for (const source of graph.sources ?? []) check(`source ${source.id}`, source, 'source');
    for (const [id, type] of Object.entries(graph.nodeTypes)) check(`nodeType ${id}`, type, 'nodeType');
    for (const [id, type] of Object.entries(graph.edgeTypes)) check(`edgeType ${id}`, type, 'edgeType');
    for (const node of graph.nodes) check(`node ${node.id}`, node, 'node');
    for (const edge of graph.edges) {
      check(`edge ${edge.id}`, edge, 'edge');
      check(`edge ${edge.id} when`, edge.when, 'timeReference');
    }
    for (const [owner, e] of allEvidence()) check(`${owner} evidence`, e, 'evidence');
    for (const tour of graph.tours ?? []) {
      check(`tour ${tour.id}`, tour, 'tour');
      tour.steps.forEach((step, i) => check(`tour ${tour.id} step ${i}`, step, 'tourStep'));
    }
  });
});

describe('the source article', () => {
  it('is the Arabic article word for word, only trailing blank lines trimmed', () => {
    const article = readFileSync(articlePath, 'utf8');
    expect(graph.sources).toHaveLength(1);
    const source = graph.sources?.[0];
    expect(source?.id).toBe('article');
    expect(source?.lang).toBe('ar');
    expect(article.startsWith(sourceText)).toBe(true);
    expect(article.slice(sourceText.length)).toMatch(/^\n*$/);
    expect(sourceText.replace(/\n+$/, '')).toBe(article.replace(/\n+$/, ''));
    // The published text's quirks are kept, not corrected.
    expect(sourceText).toContain('التحرك beyond التجارة');
    expect(sourceText).toContain('العام العام المقبل');
  });

  it('carries no url or publication date, because the article gives none', () => {
    for (const source of graph.sources ?? []) {
      expect(source.url).toBeUndefined();
      expect(source.published).toBeUndefined();
    }
  });
});

describe('evidence', () => {
  it('backs every node and every edge', () => {
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.evidence?.length ?? 0, item.id).toBeGreaterThan(0);
    }
  });

  it('quotes the article exactly', () => {
    const evidence = allEvidence();
    expect(evidence.length).toBeGreaterThan(0);
    for (const [owner, e] of evidence) {
      expect(e.source, owner).toBe('article');
      expect(e.quote.trim().length, owner).toBeGreaterThan(0);
      expect(sourceText.includes(e.quote), `${owner}: «${e.quote}»`).toBe(true);
    }
  });

  it('quotes each passage at exactly one place, so a highlight is never ambiguous', () => {
    for (const [owner, e] of allEvidence()) {
      expect(sourceText.split(e.quote).length - 1, `${owner}: «${e.quote}»`).toBe(1);
    }
  });

  it('attributes claims only to nodes that can speak: people, organizations, countries', () => {
    const speakers = new Set(['leader', 'official', 'organization', 'country']);
    const typeOf = new Map(graph.nodes.map((node) => [node.id, node.type]));
    for (const [owner, e] of allEvidence()) {
      if (e.by === undefined) continue;
      expect(nodeIds.has(e.by), `${owner}: by "${e.by}"`).toBe(true);
      expect(speakers.has(typeOf.get(e.by) ?? ''), `${owner}: by "${e.by}"`).toBe(true);
    }
  });

  it("attributes the Iranian official's statement to the official", () => {
    const quoted = allEvidence().filter(([, e]) => e.quote.includes('وأكد المسؤول الإيراني أن الوثيقة'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const [owner, e] of quoted) expect(e.by, owner).toBe('iranian-official');
  });
});

describe('localized text', () => {
  it('gives every label, description, caption and time phrase in Arabic and English', () => {
    for (const [where, text] of localizedTexts()) {
      expect(typeof text, where).toBe('object');
      const byLang = text as Record<string, string>;
      for (const lang of languages) expect(byLang[lang]?.trim() ?? '', `${where} [${lang}]`).not.toBe('');
      for (const lang of Object.keys(byLang)) expect(languages, `${where} uses "${lang}"`).toContain(lang);
    }
  });
});

describe('ids and references', () => {
  it('uses unique lowercase kebab-case ids shared by nodes and edges', () => {
    const ids = [...graph.nodes, ...graph.edges].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('resolves every type, endpoint, topic and evidence source', () => {
    const sourceIds = new Set((graph.sources ?? []).map((s) => s.id));
    for (const node of graph.nodes) expect(graph.nodeTypes, node.id).toHaveProperty([node.type]);
    for (const edge of graph.edges) {
      expect(graph.edgeTypes, edge.id).toHaveProperty([edge.type]);
      expect(nodeIds.has(edge.source), `${edge.id} source`).toBe(true);
      expect(nodeIds.has(edge.target), `${edge.id} target`).toBe(true);
      for (const topic of edge.topics ?? []) expect(nodeIds.has(topic), `${edge.id} topic ${topic}`).toBe(true);
    }
    for (const [owner, e] of allEvidence()) expect(sourceIds.has(e.source), owner).toBe(true);
  });

  it('declares only types that are used, each with a shape and an accessible colour if any', () => {
    const usedNodeTypes = new Set(graph.nodes.map((n) => n.type));
    const usedEdgeTypes = new Set(graph.edges.map((e) => e.type));
    expect(new Set(Object.keys(graph.nodeTypes))).toEqual(usedNodeTypes);
    expect(new Set(Object.keys(graph.edgeTypes))).toEqual(usedEdgeTypes);
    for (const [id, type] of Object.entries(graph.nodeTypes)) {
      expect(type.shape, id).toBeDefined();
      if (type.color === undefined) continue;
      const best = Math.max(contrastRatio(type.color, '#000000'), contrastRatio(type.color, '#ffffff'));
      expect(best, `${id} ${type.color} against black or white text`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves no node without an edge', () => {
    const linked = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(graph.nodes.filter((node) => !linked.has(node.id)).map((node) => node.id)).toEqual([]);
  });
});

describe('status and time', () => {
  it('gives every edge a built-in status', () => {
    for (const edge of graph.edges) expect(BUILTIN_STATUSES as readonly string[], edge.id).toContain(edge.status);
  });

  it('keeps the signed memorandum, the offer, the plans and the proposal apart, as the article does', () => {
    const statusOf = (type: string, source: string, target: string): string | undefined =>
      graph.edges.find((e) => e.type === type && e.source === source && e.target === target)?.status;
    expect(statusOf('agreement', 'russia', 'iran')).toBe('signed');
    expect(statusOf('offer', 'russia', 'india')).toBe('offered');
    expect(statusOf('plans', 'russia', 'digital-ruble')).toBe('planned');
    expect(statusOf('proposal', 'iran', 'sco-crypto')).toBe('proposed');
    for (const country of ['iran', 'russia', 'india']) expect(statusOf('membership', country, 'sco')).toBe('stated');
  });

  it('links the memorandum to every field its agreement edge names as a topic', () => {
    const agreement = graph.edges.find((e) => e.type === 'agreement' && e.source === 'russia' && e.target === 'iran');
    const covered = graph.edges.filter((e) => e.source === 'memorandum' && e.type === 'covers').map((e) => e.target);
    expect(agreement?.topics).toContain('memorandum');
    expect(new Set(agreement?.topics?.filter((t) => t !== 'memorandum'))).toEqual(new Set(covered));
  });

  it('invents no dates: no when.date, no published, relative times kept as the article words them', () => {
    expect(pathsOfKey(graph, 'date')).toEqual([]);
    expect(pathsOfKey(graph, 'published')).toEqual([]);
    const whens = graph.edges.filter((edge) => edge.when !== undefined);
    expect(whens.length).toBeGreaterThan(0);
    for (const edge of whens) {
      const arabic = (edge.when?.text as Record<string, string> | undefined)?.ar ?? '';
      expect(arabic, edge.id).not.toBe('');
      expect(sourceText.includes(arabic), `${edge.id}: «${arabic}»`).toBe(true);
    }
    // The curation date may be given, and only as a calendar date.
    if (graph.meta.updated !== undefined) expect(graph.meta.updated).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe('the story tour', () => {
  const tours = graph.tours ?? [];

  it('tells the article in 5 to 8 captioned steps that highlight existing nodes and edges', () => {
    expect(tours.map((t) => t.id)).toEqual(['story']);
    const steps = tours[0]?.steps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(8);
    steps.forEach((step, i) => {
      expect((step.nodes?.length ?? 0) + (step.edges?.length ?? 0), `step ${i}`).toBeGreaterThan(0);
      for (const id of step.nodes ?? []) expect(nodeIds.has(id), `step ${i} node ${id}`).toBe(true);
      for (const id of step.edges ?? []) expect(edgeIds.has(id), `step ${i} edge ${id}`).toBe(true);
    });
  });

  it('highlights both ends of every edge a step highlights', () => {
    for (const [i, step] of (tours[0]?.steps ?? []).entries()) {
      const shown = new Set(step.nodes ?? []);
      for (const id of step.edges ?? []) {
        const edge = graph.edges.find((e) => e.id === id);
        expect(shown.has(edge?.source ?? ''), `step ${i} edge ${id} source`).toBe(true);
        expect(shown.has(edge?.target ?? ''), `step ${i} edge ${id} target`).toBe(true);
      }
    }
  });
});

describe('the motives the article states', () => {
  // The article's questions and answers: "What is the importance of this cooperation for each
  // of them?" and the answer on the next line, which names three goals of both countries.
  const question = 'ما أهمية هذا التعاون لكل منهما؟';
  const lines = sourceText.split('\n');
  const answer = (lines[lines.indexOf(question) + 1] ?? '').replace(/^- /, '');
  const motives = [
    { id: 'tech-sovereignty', names: 'السيادة التكنولوجية' },
    { id: 'economy-against-sanctions', names: 'العقوبات الدولية' },
    { id: 'strategic-partnerships', names: 'شراكات استراتيجية' },
  ];
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));

  it('finds the question and its answer in the article', () => {
    expect(lines).toContain(question);
    expect(answer.startsWith('يسعى البلدان')).toBe(true);
  });

  it('gives each goal a node of its own, quoting its words from the answer', () => {
    for (const { id, names } of motives) {
      const node = nodeById.get(id);
      expect(node?.type, id).toBe('policy');
      const quotes = (node?.evidence ?? []).map((e) => e.quote);
      expect(quotes.length, id).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(answer.includes(quote), `${id}: «${quote}»`).toBe(true);
        expect(sourceText.includes(quote), `${id}: «${quote}»`).toBe(true);
      }
      expect(quotes.some((quote) => quote.includes(names)), `${id} names «${names}»`).toBe(true);
    }
  });

  it('has Russia and Iran each pursue every goal, quoting the answer whole and attributing it to no one', () => {
    for (const country of ['russia', 'iran']) {
      for (const { id } of motives) {
        const edges = graph.edges.filter((e) => e.source === country && e.target === id);
        expect(edges.map((e) => e.type), `${country} → ${id}`).toEqual(['aims']);
        const edge = edges[0];
        expect(edge?.status, `${country} → ${id}`).toBe('stated');
        const evidence = edge?.evidence ?? [];
        expect(evidence.length).toBeGreaterThan(0);
        for (const e of evidence) {
          expect(answer.includes(e.quote) && e.quote.includes('يسعى البلدان'), `${country} → ${id}: «${e.quote}»`).toBe(true);
          // The article names no outlet or speaker for its questions and answers.
          expect(e.by, `${country} → ${id}`).toBeUndefined();
        }
      }
    }
  });

  it('places the goals in the curated layout, clear of every other node', () => {
    for (const { id } of motives) {
      const at = nodeById.get(id)?.position;
      expect(at, id).toBeDefined();
      for (const other of graph.nodes) {
        if (other.id === id || other.position === undefined || at === undefined) continue;
        const distance = Math.hypot(other.position.x - at.x, other.position.y - at.y);
        expect(distance, `${id} to ${other.id}`).toBeGreaterThanOrEqual(80);
      }
    }
  });
});

describe('the curated layout', () => {
  it('pins every node, no two closer than the largest node, so none hides another', () => {
    const placed = graph.nodes.map((node) => ({ id: node.id, at: node.position }));
    for (const { id, at } of placed) expect(at, id).toBeDefined();
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i]!, placed[j]!];
        const distance = Math.hypot((a.at?.x ?? 0) - (b.at?.x ?? 0), (a.at?.y ?? 0) - (b.at?.y ?? 0));
        expect(distance, `${a.id} to ${b.id}`).toBeGreaterThan(NODE_SIZE_RANGE[1]);
      }
    }
  });
});
