import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/format/types';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { neighbourhood } from '../../../src/model/neighbourhood';
import { nodeColorScale } from '../../../src/view/encodings';
import { badgeText, handoutContent, type HandoutOptions } from '../../../src/view/handout/handout-content';
import { layoutHandout, wrapText, type Measure, type TextOp } from '../../../src/view/handout/handout-layout';
import { escapeXml, handoutSvg } from '../../../src/view/handout/handout-svg';
import { cropScene, shownElements, type Scene } from '../../../src/view/handout/scene';
import { edgePath, markerPath, nodeShapePath } from '../../../src/view/handout/shapes';
import { THEMES } from '../../../src/view/theme';
import { buildGraphView } from '../../../src/view/view-model';
import { NODE_SHAPES } from '../../../src/format/types';

const doc = JSON.parse(readFileSync(new URL('../../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as GraphDocument;
const kg = KnowledgeGraph.from(doc);
const tokens = THEMES.light;
const colors = nodeColorScale(doc.nodeTypes, tokens.palette, tokens.background);
const options = (extra: Partial<HandoutOptions> = {}): HandoutOptions => ({
  colors,
  headings: { nodeTypes: 'Node types', edgeTypes: 'Relation types', statuses: 'How firm' },
  ...extra,
});
const iran = neighbourhood(kg, 'iran');
const shown = { nodes: [...iran.nodes], edges: [...iran.edges] };
/** Every character 7 px wide at 13 px, scaled with the size: enough for layout decisions. */
const measure: Measure = (text, size) => [...text].length * size * 0.55;

/** A scene with the neighbourhood of Iran lit, its nodes on a grid. */
function sceneOf(lit: boolean): Scene {
  const nodes = kg.nodes.map((n, i) => ({ id: n.id, x: 40 + (i % 8) * 90, y: 40 + Math.floor(i / 8) * 90, width: 30, height: 30 }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = kg.edges.map((e) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    return { id: e.id, source: e.source, target: e.target, start: { x: s.x, y: s.y }, end: { x: t.x, y: t.y }, controls: [], mid: { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 } };
  });
  const litMap = new Map<string, ('selected' | 'path')[]>(lit ? [...iran.nodes, ...iran.edges].map((id) => [id, id === 'iran' ? ['selected'] : []]) : []);
  return { width: 760, height: 420, zoom: 1, nodes, edges, veil: lit ? 0.78 : 0, lit: litMap };
}

describe('handoutContent', () => {
  const content = handoutContent(kg, shown, 'en', options({ selection: { kind: 'node', id: 'iran' } }));

  it('has the title, and the selection as its subtitle', () => {
    expect(content.title.text).toBe('Russia and Iran: cooperation in AI and blockchain');
    expect(content.subtitle?.text).toBe('Iran');
    expect(content.dir).toBe('ltr');
  });

  it('lists in the legend exactly the types and statuses of the elements shown', () => {
    const types = new Set(shown.nodes.map((id) => kg.node(id)!.type));
    expect(new Set(content.legend.nodeTypes.map((t) => t.type))).toEqual(types);
    expect(content.legend.nodeTypes.find((t) => t.type === 'country')).toMatchObject({ label: 'Country', color: colors('country'), shape: 'round-rectangle' });
    const statuses = new Set(shown.edges.map((id) => kg.edge(id)!.status ?? 'none'));
    expect(new Set(content.legend.statuses.map((s) => s.status))).toEqual(statuses);
    expect(new Set(content.legend.edgeTypes.map((t) => t.type))).toEqual(new Set(shown.edges.map((id) => kg.edge(id)!.type)));
  });

  it('numbers every quote behind the shown elements once, in the order of the article, with the facts it backs', () => {
    const expected = new Set([...shown.nodes.map((id) => kg.node(id)!), ...shown.edges.map((id) => kg.edge(id)!)].flatMap((e) => (e.evidence ?? []).map((q) => q.quote)));
    expect(content.quotes.map((q) => q.number)).toEqual(content.quotes.map((_, i) => i + 1));
    expect(new Set(content.quotes.map((q) => q.quote.text))).toEqual(expected);
    expect(content.quotes).toHaveLength(expected.size);
    const text = doc.sources![0]!.text!;
    const positions = content.quotes.map((q) => text.indexOf(q.quote.text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(content.quotes.every((q) => q.quote.dir === 'rtl' && q.quote.lang === 'ar' && q.facts.length > 0)).toBe(true);
    expect(content.sources.map((s) => s.id)).toEqual(['article']);
    expect(content.leftOut).toBe(0);
  });

  it('gives each element the numbers of its quotes for its badge', () => {
    for (const q of content.quotes) {
      const backers = [...shown.nodes, ...shown.edges].filter((id) => (kg.node(id) ?? kg.edge(id))!.evidence?.some((e) => e.quote === q.quote.text));
      for (const id of backers) expect(content.badges.get(id)).toContain(q.number);
    }
    expect(badgeText([3], 'en')).toBe('3');
    expect(badgeText([3, 7, 9], 'en')).toBe('3, 7…');
    expect(badgeText([3, 12], 'ar')).toBe('٣، ١٢');
  });

  it('in Arabic: right to left, Arabic labels and headings, the tour step as subtitle', () => {
    const ar = handoutContent(kg, shown, 'ar', options({ tour: { id: 'story', step: 2 }, headings: { nodeTypes: 'أنواع العقد', edgeTypes: 'أنواع العلاقات', statuses: 'درجة الثبوت' } }));
    expect(ar.dir).toBe('rtl');
    expect(ar.title).toMatchObject({ text: 'روسيا وإيران: تعاون في الذكاء الاصطناعي والبلوكشين', dir: 'rtl' });
    expect(ar.subtitle?.text).toContain('الخطوة ٢ من ٨');
    expect(ar.legend.nodeTypes.find((t) => t.type === 'country')?.label).toBe('دولة');
    expect(ar.words.quotes).toBe('المصادر والاقتباسات');
  });

  it('stops listing at maxQuotes and says how many it left out', () => {
    const capped = handoutContent(kg, shown, 'en', options({ maxQuotes: 3 }));
    expect(capped.quotes).toHaveLength(3);
    expect(capped.leftOut).toBe(content.quotes.length - 3);
    expect(capped.words.leftOut).toContain(String(content.quotes.length - 3));
  });
});

describe('scene', () => {
  it('a handout is about what is lit, or everything in view when nothing is', () => {
    expect(shownElements(sceneOf(true)).nodes.sort()).toEqual([...iran.nodes].sort());
    expect(shownElements(sceneOf(false)).nodes).toHaveLength(kg.nodes.length);
  });

  it('cropScene keeps the part the panel and card leave free, moving coordinates with the cut', () => {
    const scene = sceneOf(false);
    const { scene: cut, offset } = cropScene(scene, { left: 100, right: 160, bottom: 120 });
    expect(offset).toEqual({ x: 100, y: 0 });
    expect([cut.width, cut.height]).toEqual([500, 300]);
    const first = scene.nodes.find((n) => n.x > 200 && n.y < 200)!;
    expect(cut.nodes.find((n) => n.id === first.id)?.x).toBe(first.x - 100);
    expect(cut.nodes.every((n) => n.x + n.width / 2 >= 0 && n.x - n.width / 2 <= 500 && n.y - n.height / 2 <= 300)).toBe(true);
    expect(cut.nodes.length).toBeLessThan(scene.nodes.length);
    // Too little left: the whole scene.
    expect(cropScene(scene, { left: 0, right: 600, bottom: 0 }).scene).toBe(scene);
    expect(cropScene(scene, { left: 0, right: 0, bottom: 0 }).scene).toBe(scene);
  });
});

describe('layoutHandout', () => {
  const scene = sceneOf(true);
  const content = handoutContent(kg, shownElements(scene), 'en', options());

  it('starts every line at the left in English and at the right in Arabic, within the margins', () => {
    const layout = layoutHandout(content, scene, measure);
    const texts = layout.ops.filter((o): o is TextOp => o.kind === 'text' && o.align !== 'center');
    expect(texts.every((t) => t.align === 'left' && t.x >= 24 && t.x <= layout.width - 24)).toBe(true);
    expect(texts[0]).toMatchObject({ text: content.title.text, x: 24 });
    const ar = handoutContent(kg, shownElements(scene), 'ar', options());
    const arLayout = layoutHandout(ar, scene, measure);
    const arTexts = arLayout.ops.filter((o): o is TextOp => o.kind === 'text' && o.align !== 'center');
    expect(arTexts.every((t) => t.align === 'right' && t.x <= arLayout.width - 24 && t.x >= 24)).toBe(true);
    expect(arTexts[0]).toMatchObject({ text: ar.title.text, x: arLayout.width - 24, dir: 'rtl' });
    // The numbers of the quotes stand at the start side: left in English, right in Arabic.
    const number = (list: TextOp[], n: string) => list.find((t) => t.text === n);
    expect(number(texts, '1.')?.x).toBe(24);
    expect(number(arTexts, '١.')?.x).toBe(arLayout.width - 24);
    // Each text keeps its own direction: the Arabic quotes read right to left in the English handout.
    expect(texts.filter((t) => t.text.startsWith('«')).every((t) => t.dir === 'rtl')).toBe(true);
  });

  it('puts the picture below the title, centred, and the text below it; a narrow picture gets a page wide enough to read', () => {
    const layout = layoutHandout(content, scene, measure);
    expect(layout.picture).toMatchObject({ width: 760, height: 420 });
    expect(layout.picture.x).toBe(Math.round((layout.width - 760) / 2));
    const title = layout.ops.find((o): o is TextOp => o.kind === 'text')!;
    expect(title.y).toBeLessThan(layout.picture.y);
    expect(layout.height).toBeGreaterThan(layout.picture.y + 420 + 200);
    const narrow = layoutHandout(content, { ...scene, width: 300 }, measure);
    expect(narrow.width).toBe(720);
  });

  it('numbers the quotes and badges the elements that have them, inside the picture', () => {
    const layout = layoutHandout(content, scene, measure);
    const texts = layout.ops.filter((o): o is TextOp => o.kind === 'text').map((t) => t.text);
    for (const q of content.quotes) expect(texts).toContain(`${q.number}.`);
    const badges = layout.ops.filter((o) => o.kind === 'badge');
    expect(badges.length).toBe([...content.badges.keys()].filter((id) => scene.nodes.some((n) => n.id === id) || scene.edges.some((e) => e.id === id)).length);
    const p = layout.picture;
    expect(badges.every((b) => b.kind === 'badge' && b.cx >= p.x && b.cx <= p.x + p.width && b.cy >= p.y && b.cy <= p.y + p.height)).toBe(true);
  });

  it('wrapText keeps lines within the width and cuts a word too long for a line', () => {
    const lines = wrapText('one two three four five six seven', 60, 10, false, measure);
    expect(lines.every((l) => measure(l, 10, false) <= 60)).toBe(true);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    const url = wrapText('see https://example.org/a/very/long/path/that/does/not/fit', 100, 10, false, measure);
    expect(url.every((l) => measure(l, 10, false) <= 100)).toBe(true);
    expect(url.join('')).toBe('seehttps://example.org/a/very/long/path/that/does/not/fit');
    expect(wrapText('a\nb', 100, 10, false, measure)).toEqual(['a', 'b']);
  });
});

describe('handoutSvg', () => {
  const svgOf = (lang: 'en' | 'ar', lit = true) => {
    const scene = sceneOf(lit);
    const content = handoutContent(kg, shownElements(scene), lang, options());
    const layout = layoutHandout(content, scene, measure);
    return { content, text: handoutSvg(layout, scene, buildGraphView(kg, lang, tokens), tokens, { title: content.title.text, lang, dir: content.dir }) };
  };
  const texts = (svg: string): { text: string; dir?: string }[] => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      textNodeName: '#text',
      parseTagValue: false,
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    });
    const out: { text: string; dir?: string }[] = [];
    const walk = (node: unknown, key?: string) => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
      if (key === 'text' && typeof node === 'string') return out.push({ text: node });
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (key === 'text') out.push({ text: String(record['#text'] ?? ''), dir: record['direction'] as string | undefined });
      for (const [k, v] of Object.entries(record)) if (k !== '#text') walk(v, k);
    };
    walk(parser.parse(svg));
    return out;
  };

  it('is well-formed XML with the title, the legend, numbered quotes and the picture drawn from the scene', () => {
    const { content, text } = svgOf('en');
    expect(XMLValidator.validate(text)).toBe(true);
    const words = texts(text).map((t) => t.text);
    expect(words).toContain(content.title.text);
    expect(words).toContain('Legend');
    expect(words).toContain('Node types:');
    expect(words).toContain('Country');
    expect(words).toContain('Sources and quotes');
    for (const q of content.quotes) expect(words).toContain(`${q.number}.`);
    // Every node of the scene is drawn once on the main layer, the lit ones again above the veil.
    const scene = sceneOf(true);
    const main = text.slice(text.indexOf('<g class="main">'), text.indexOf('</g>', text.indexOf('<g class="main">')));
    const spot = text.slice(text.indexOf('<g class="spotlight">'));
    expect(main.match(/<path d="M/g)!.length).toBeGreaterThanOrEqual(scene.nodes.length + scene.edges.length);
    expect(text).toContain('class="veil"');
    expect(spot).toContain('Iran');
    expect(svgOf('en', false).text).not.toContain('class="veil"');
  });

  it('writes Arabic right to left, with Arabic-Indic numbers and the title in Arabic', () => {
    const { content, text } = svgOf('ar');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('xml:lang="ar" direction="rtl"');
    const all = texts(text);
    const title = all.find((t) => t.text === content.title.text);
    expect(title?.dir).toBe('rtl');
    expect(all.some((t) => t.text === '١.')).toBe(true);
    expect(all.filter((t) => /[\u0600-\u06FF]/.test(t.text) && !/[A-Za-z]/.test(t.text) && t.dir !== 'rtl')).toEqual([]);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('x\u0001y\uD800z')).toBe('xyz');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('shapes', () => {
  const numbers = (d: string) => [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  /** The end points (and control points) of a path's commands M, L, Q, H, V, A. */
  const points = (d: string): { x: number[]; y: number[] } => {
    const x: number[] = [];
    const y: number[] = [];
    let cx = 0;
    let cy = 0;
    for (const [, command, args] of d.matchAll(/([MLQHVAZ])([^MLQHVAZ]*)/g)) {
      const v = numbers(args ?? '');
      if (command === 'H') cx = v[0]!;
      else if (command === 'V') cy = v[0]!;
      else if (command === 'A') [cx, cy] = [v[5]!, v[6]!];
      else if (command !== 'Z') {
        for (let i = 0; i + 1 < v.length; i += 2) {
          x.push(v[i]!);
          y.push(v[i + 1]!);
        }
        [cx, cy] = [v[v.length - 2]!, v[v.length - 1]!];
      }
      x.push(cx);
      y.push(cy);
    }
    return { x, y };
  };

  it('every node shape is a closed path inside its box, reaching its sides', () => {
    for (const shape of NODE_SHAPES) {
      const d = nodeShapePath(shape, 100, 50, 40, 20);
      expect(d.trim().endsWith('Z'), shape).toBe(true);
      const { x, y } = points(d);
      expect([Math.min(...x), Math.max(...x)], shape).toEqual([expect.closeTo(80, 0), expect.closeTo(120, 0)]);
      expect(Math.min(...y), shape).toBeGreaterThanOrEqual(39.9);
      expect(Math.max(...y), shape).toBeLessThanOrEqual(60.1);
    }
  });

  it('an arrow head has its tip at the end of the line, pointing along it', () => {
    const d = markerPath('triangle', { x: 10, y: 10 }, 0, 8, true);
    expect(d.startsWith('M10 10')).toBe(true);
    expect(numbers(d).filter((_, i) => i % 2 === 0).every((x) => x <= 10)).toBe(true);
  });

  it('a curved edge is quadratic pieces through its control points; a straight one a line', () => {
    expect(edgePath({ x: 0, y: 0 }, [], { x: 10, y: 0 })).toBe('M0 0 L10 0');
    expect(edgePath({ x: 0, y: 0 }, [{ x: 5, y: 5 }], { x: 10, y: 0 })).toBe('M0 0 Q5 5 10 0');
    expect(edgePath({ x: 0, y: 0 }, [{ x: 2, y: 4 }, { x: 8, y: 4 }], { x: 10, y: 0 })).toBe('M0 0 Q2 4 5 4 Q8 4 10 0');
  });
});
