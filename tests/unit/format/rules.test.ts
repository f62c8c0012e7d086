/**
 * One failing and one passing input per rule of the format (src/format/README.md). Each failing case is
 * checked twice: loaded from text (problem located by line and column, found independently
 * by searching the text) and validated as an already-parsed value (no line/column).
 */
import { describe, expect, test } from 'vitest';
import { loadGraphText, validateGraph, type Severity } from '../../../src/format/index';
import { baseDoc, expectClean, expectNone, expectOne, positionOf, SOURCE_TEXT, textOf } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test cases mutate documents freely
type Doc = Record<string, any>;

interface FailingCase {
  readonly name: string;
  readonly mutate: (doc: Doc) => void;
  readonly code: string;
  readonly severity: Severity;
  readonly pointer: string;
  /** Text whose first occurrence (after `after`, if given) is where the problem is. */
  readonly at: string;
  /** Needles found one after another before looking for `at`. */
  readonly after?: string | readonly string[];
  readonly message?: RegExp;
  readonly hint?: RegExp;
}

interface PassingCase {
  readonly name: string;
  readonly mutate: (doc: Doc) => void;
  /** Codes that must not be reported. */
  readonly absent: readonly string[];
}

const failing: FailingCase[] = [
  // format and version
  { name: 'another format', mutate: (d) => (d.format = 'other'), code: 'unknown-format', severity: 'error', pointer: '/format', at: '"other"' },
  { name: 'another version', mutate: (d) => (d.version = 2), code: 'unsupported-version', severity: 'error', pointer: '/version', at: '2', after: '"version"', message: /version 2; this loader reads version 1 only/ },
  { name: 'version as a string', mutate: (d) => (d.version = '1'), code: 'unsupported-version', severity: 'error', pointer: '/version', at: '"1"' },
  { name: 'no format', mutate: (d) => delete d.format, code: 'missing-field', severity: 'error', pointer: '/format', at: '{' },
  // localized text
  { name: 'undeclared language tag', mutate: (d) => (d.nodes[1].label.fr = 'Iran'), code: 'undeclared-language', severity: 'error', pointer: '/nodes/1/label/fr', at: '"fr"' },
  { name: 'text of the wrong type', mutate: (d) => (d.nodes[1].label = 42), code: 'wrong-type', severity: 'error', pointer: '/nodes/1/label', at: '42' },
  { name: 'non-string text entry', mutate: (d) => (d.nodes[1].label = { en: ['Iran'] }), code: 'wrong-type', severity: 'error', pointer: '/nodes/1/label/en', at: '[', after: '"iran"' },
  { name: 'empty label', mutate: (d) => (d.nodes[1].label = ''), code: 'missing-label', severity: 'error', pointer: '/nodes/1/label', at: '""' },
  { name: 'invisible-only label', mutate: (d) => (d.nodes[1].label = { en: '\u200b', ar: ' \u2066' }), code: 'missing-label', severity: 'error', pointer: '/nodes/1/label', at: '{', after: '"iran"' },
  { name: 'a blank translation beside a real one', mutate: (d) => (d.nodes[1].label.ar = '  '), code: 'blank-text', severity: 'warning', pointer: '/nodes/1/label/ar', at: '"  "' },
  { name: 'empty meta.languages', mutate: (d) => (d.meta.languages = []), code: 'empty-languages', severity: 'error', pointer: '/meta/languages', at: '[]' },
  { name: 'malformed language tag', mutate: (d) => (d.meta.languages = ['ar', 'en_US']), code: 'invalid-language-tag', severity: 'error', pointer: '/meta/languages/1', at: '"en_US"' },
  { name: 'language listed twice', mutate: (d) => (d.meta.languages = ['ar', 'en', 'ar']), code: 'duplicate-language', severity: 'warning', pointer: '/meta/languages/2', at: '"ar"', after: ['"languages"', '"en"'] },
  // text well-formedness and limits
  { name: 'control character in a label', mutate: (d) => (d.nodes[1].label.en = 'Ir\nan'), code: 'control-character', severity: 'error', pointer: '/nodes/1/label/en', at: '"Ir\\nan"', message: /Ir\\u000aan/ },
  { name: 'C1 control in a label', mutate: (d) => (d.nodes[1].label.en = 'Ir\u0085an'), code: 'control-character', severity: 'error', pointer: '/nodes/1/label/en', at: '"Ir\u0085an"' },
  { name: 'bell in a description', mutate: (d) => (d.meta.description.en = 'ding\u0007'), code: 'control-character', severity: 'error', pointer: '/meta/description/en', at: '"ding' },
  { name: 'bidi control in a label', mutate: (d) => (d.nodes[1].label.en = 'Ir\u202ean'), code: 'bidi-control', severity: 'warning', pointer: '/nodes/1/label/en', at: '"Ir\u202ean"', message: /Ir\\u202ean/ },
  { name: 'label over maxLabelLength', mutate: (d) => (d.nodes[1].label.en = 'x'.repeat(1001)), code: 'label-too-long', severity: 'error', pointer: '/nodes/1/label/en', at: '"xxx', message: /1,001 characters; the limit is 1,000 \(maxLabelLength\)/ },
  { name: 'description over maxDescriptionLength', mutate: (d) => (d.meta.description.en = 'y'.repeat(100_001)), code: 'text-too-long', severity: 'error', pointer: '/meta/description/en', at: '"yyy', message: /100,001 characters; the limit is 100,000/ },
  { name: 'source text over maxDescriptionLength', mutate: (d) => (d.sources[0].text = 'z'.repeat(100_001)), code: 'text-too-long', severity: 'error', pointer: '/sources/0/text', at: '"zzz' },
  // ids
  { name: 'numeric id', mutate: (d) => (d.nodes[2].id = 7), code: 'id-not-string', severity: 'error', pointer: '/nodes/2/id', at: '7', after: '"id": 7', message: /must be a string, found a number/, hint: /"7"/ },
  { name: 'empty id', mutate: (d) => (d.sources[0].id = ''), code: 'empty-id', severity: 'error', pointer: '/sources/0/id', at: '""' },
  { name: 'id with surrounding whitespace', mutate: (d) => (d.tours[0].id = ' intro'), code: 'id-whitespace', severity: 'error', pointer: '/tours/0/id', at: '" intro"' },
  { name: 'id over 128 characters', mutate: (d) => (d.edges[1].id = 'e'.repeat(129)), code: 'id-too-long', severity: 'error', pointer: '/edges/1/id', at: '"eee' },
  { name: 'id with a bidi control', mutate: (d) => (d.nodes[2].id = 'coun\u2066try'), code: 'id-forbidden-character', severity: 'error', pointer: '/nodes/2/id', at: '"coun\u2066try"', message: /coun\\u2066try/ },
  { name: 'id with a zero-width space', mutate: (d) => (d.edges[1].id = 'a\u200bb'), code: 'id-forbidden-character', severity: 'error', pointer: '/edges/1/id', at: '"a\u200bb"' },
  { name: 'type id with a control character (a key)', mutate: (d) => (d.nodeTypes['bad\u0001'] = { label: 'Bad' }), code: 'id-forbidden-character', severity: 'error', pointer: '/nodeTypes/bad\u0001', at: '"bad\\u0001"' },
  { name: 'two nodes with one id', mutate: (d) => (d.nodes[2].id = 'iran'), code: 'duplicate-id', severity: 'error', pointer: '/nodes/2/id', at: '"iran"', after: '"Persia"', message: /already used by the node at \/nodes\/1\/id/ },
  { name: 'an edge with a node id', mutate: (d) => (d.edges[1].id = 'russia'), code: 'duplicate-id', severity: 'error', pointer: '/edges/1/id', at: '"russia"', after: '"mailto:', message: /node at \/nodes\/0\/id/ },
  { name: 'two sources with one id', mutate: (d) => d.sources.push({ id: 'article' }), code: 'duplicate-id', severity: 'error', pointer: '/sources/1/id', at: '"article"', after: 'الاصطناعي' },
  { name: 'ids equal after NFC', mutate: (d) => d.nodes.push({ id: 'cafe\u0301', type: 'country', label: 'x' }, { id: 'caf\u00e9', type: 'country', label: 'y' }), code: 'ids-equal-after-nfc', severity: 'warning', pointer: '/nodes/4/id', at: '"caf\u00e9"' },
  { name: 'confusable ids (Cyrillic а)', mutate: (d) => d.nodes.push({ id: 'irаn', type: 'country', label: 'x' }), code: 'confusable-ids', severity: 'warning', pointer: '/nodes/3/id', at: '"irаn"' },
  { name: 'ids differing only in case', mutate: (d) => (d.edges[1].id = 'Russia'), code: 'confusable-ids', severity: 'warning', pointer: '/edges/1/id', at: '"Russia"', after: '"mailto:' },
  // references
  { name: 'undeclared node type', mutate: (d) => (d.nodes[2].type = 'persn'), code: 'unknown-node-type', severity: 'error', pointer: '/nodes/2/type', at: '"persn"', hint: /did you mean "person"\?/ },
  { name: 'undeclared edge type', mutate: (d) => (d.edges[0].type = 'agrement'), code: 'unknown-edge-type', severity: 'error', pointer: '/edges/0/type', at: '"agrement"', hint: /did you mean "agreement"\?/ },
  { name: 'dangling edge target', mutate: (d) => (d.edges[0].target = 'irn'), code: 'dangling-edge-end', severity: 'error', pointer: '/edges/0/target', at: '"irn"', message: /^no node has id "irn"$/, hint: /^did you mean "iran"\?$/ },
  { name: 'edge source naming an edge', mutate: (d) => (d.edges[1].source = 'ru-ir'), code: 'dangling-edge-end', severity: 'error', pointer: '/edges/1/source', at: '"ru-ir"', after: '"official-ru"', hint: /is an edge/ },
  { name: 'dangling topic', mutate: (d) => (d.edges[0].topics = ['ai']), code: 'dangling-topic', severity: 'error', pointer: '/edges/0/topics/0', at: '"ai"' },
  { name: 'tour step naming a missing node', mutate: (d) => (d.tours[0].steps[0].nodes = ['russia', 'iraq']), code: 'dangling-tour-node', severity: 'error', pointer: '/tours/0/steps/0/nodes/1', at: '"iraq"' },
  { name: 'tour step naming a missing edge', mutate: (d) => (d.tours[0].steps[0].edges = ['ru-iq']), code: 'dangling-tour-edge', severity: 'error', pointer: '/tours/0/steps/0/edges/0', at: '"ru-iq"' },
  { name: 'evidence from an unknown source', mutate: (d) => (d.nodes[0].evidence[0].source = 'articel'), code: 'dangling-evidence-source', severity: 'error', pointer: '/nodes/0/evidence/0/source', at: '"articel"', hint: /did you mean "article"/ },
  { name: 'evidence attributed to an unknown node', mutate: (d) => (d.edges[0].evidence[0].by = 'nobody'), code: 'dangling-attribution', severity: 'error', pointer: '/edges/0/evidence/0/by', at: '"nobody"' },
  { name: 'unknown status', mutate: (d) => (d.edges[0].status = 'signd'), code: 'unknown-status', severity: 'error', pointer: '/edges/0/status', at: '"signd"', hint: /did you mean "signed"/ },
  // evidence
  { name: 'quote not in the source text', mutate: (d) => (d.edges[0].evidence[0].quote = 'على  التعاون'), code: 'quote-not-found', severity: 'error', pointer: '/edges/0/evidence/0/quote', at: '"على  التعاون"', hint: /spaces/ },
  { name: 'quote into a source without text', mutate: (d) => (delete d.sources[0].text, delete d.edges[0].evidence), code: 'quote-unverifiable', severity: 'warning', pointer: '/nodes/0/evidence/0/quote', at: '"روسيا"', after: '"evidence"' },
  { name: 'empty quote', mutate: (d) => (d.nodes[0].evidence[0].quote = ''), code: 'missing-label', severity: 'error', pointer: '/nodes/0/evidence/0/quote', at: '""' },
  // dates
  { name: 'month 13', mutate: (d) => (d.sources[0].published = '2024-13'), code: 'invalid-date', severity: 'error', pointer: '/sources/0/published', at: '"2024-13"' },
  { name: 'February 29 in a common year', mutate: (d) => (d.edges[0].when.date = '2023-02-29'), code: 'invalid-date', severity: 'error', pointer: '/edges/0/when/date', at: '"2023-02-29"', message: /that month has 28 days/ },
  { name: 'day 31 in April', mutate: (d) => (d.meta.updated = '2026-04-31'), code: 'invalid-date', severity: 'error', pointer: '/meta/updated', at: '"2026-04-31"' },
  { name: 'date in another notation', mutate: (d) => (d.meta.updated = '28/11/2026'), code: 'invalid-date', severity: 'error', pointer: '/meta/updated', at: '"28/11/2026"' },
  { name: 'date with a time', mutate: (d) => (d.meta.updated = '2026-11-28T10:00'), code: 'invalid-date', severity: 'error', pointer: '/meta/updated', at: '"2026-11-28T10:00"' },
  // positions, URLs, colors, shapes, lines
  { name: 'position coordinate as a string', mutate: (d) => (d.nodes[0].position.x = '1'), code: 'wrong-type', severity: 'error', pointer: '/nodes/0/position/x', at: '"1"' },
  { name: 'position without y', mutate: (d) => delete d.nodes[0].position.y, code: 'missing-field', severity: 'error', pointer: '/nodes/0/position/y', at: '{', after: '"position"' },
  { name: 'javascript: URL', mutate: (d) => (d.nodes[0].links[0].url = 'javascript:alert(1)'), code: 'unsafe-url', severity: 'error', pointer: '/nodes/0/links/0/url', at: '"javascript:' },
  { name: 'javascript: URL hidden by a tab', mutate: (d) => (d.nodes[0].links[0].url = 'java\tscript:alert(1)'), code: 'unsafe-url', severity: 'error', pointer: '/nodes/0/links/0/url', at: '"java\\tscript:' },
  { name: 'data: URL', mutate: (d) => (d.sources[0].url = 'data:text/html,<b>x</b>'), code: 'unsafe-url', severity: 'error', pointer: '/sources/0/url', at: '"data:' },
  { name: 'relative URL', mutate: (d) => (d.edges[0].links[0].url = '/about'), code: 'invalid-url', severity: 'error', pointer: '/edges/0/links/0/url', at: '"/about"' },
  { name: 'named color', mutate: (d) => (d.nodeTypes.country.color = 'blue'), code: 'invalid-color', severity: 'error', pointer: '/nodeTypes/country/color', at: '"blue"' },
  { name: 'four-digit color', mutate: (d) => (d.edgeTypes.agreement.color = '#abcd'), code: 'invalid-color', severity: 'error', pointer: '/edgeTypes/agreement/color', at: '"#abcd"' },
  { name: 'unknown shape', mutate: (d) => (d.nodeTypes.country.shape = 'circle'), code: 'unknown-shape', severity: 'error', pointer: '/nodeTypes/country/shape', at: '"circle"' },
  { name: 'unknown line style', mutate: (d) => (d.edgeTypes.agreement.line = 'dash'), code: 'unknown-line-style', severity: 'error', pointer: '/edgeTypes/agreement/line', at: '"dash"', hint: /did you mean "dashed"/ },
  { name: 'directed as a string', mutate: (d) => (d.edgeTypes.agreement.directed = 'yes'), code: 'wrong-type', severity: 'error', pointer: '/edgeTypes/agreement/directed', at: '"yes"' },
  // graph
  { name: 'isolated node', mutate: (d) => d.nodes.push({ id: 'alone', type: 'country', label: 'Alone' }), code: 'isolated-node', severity: 'warning', pointer: '/nodes/3', at: '{', after: '"مسؤول"' },
  // wrong JSON types are located errors
  { name: 'nodes as a string', mutate: (d) => (d.nodes = 'russia, iran'), code: 'wrong-type', severity: 'error', pointer: '/nodes', at: '"russia, iran"' },
  { name: 'an edge as a number', mutate: (d) => d.edges.push(5), code: 'wrong-type', severity: 'error', pointer: '/edges/2', at: '5', after: ['"edges"', '"rumoured"'] },
  { name: 'evidence as an object', mutate: (d) => (d.nodes[0].evidence = { source: 'article' }), code: 'wrong-type', severity: 'error', pointer: '/nodes/0/evidence', at: '{', after: '"evidence"' },
  { name: 'data as an array', mutate: (d) => (d.nodes[1].data = [1]), code: 'wrong-type', severity: 'error', pointer: '/nodes/1/data', at: '[', after: '"data"' },
  { name: 'topics as a string', mutate: (d) => (d.edges[0].topics = 'official'), code: 'wrong-type', severity: 'error', pointer: '/edges/0/topics', at: '"official"', after: '"topics"' },
  { name: 'meta.languages as a string', mutate: (d) => (d.meta.languages = 'ar'), code: 'wrong-type', severity: 'error', pointer: '/meta/languages', at: '"ar"', after: '"languages"' },
  { name: 'missing node label (with a typo hint)', mutate: (d) => { d.nodes[1].lable = d.nodes[1].label; delete d.nodes[1].label; }, code: 'missing-field', severity: 'error', pointer: '/nodes/1/label', at: '{', after: ['"nodes"', '"position"', '}'], hint: /"lable" — did you mean "label"\?/ },
  { name: 'missing tour steps', mutate: (d) => delete d.tours[0].steps, code: 'missing-field', severity: 'error', pointer: '/tours/0/steps', at: '{', after: '"tours"' },
];

const passing: PassingCase[] = [
  { name: 'a plain string label in the default language', mutate: (d) => (d.nodes[1].label = 'Iran'), absent: ['wrong-type', 'undeclared-language'] },
  { name: 'a description with line breaks and tabs', mutate: (d) => (d.meta.description.en = 'a\n\tb'), absent: ['control-character'] },
  { name: 'Unicode ids such as مصر', mutate: (d) => (d.nodes[2].id = 'مصر', d.edges[1].source = 'مصر', d.edges[0].topics = ['مصر'], d.edges[0].evidence[0].by = 'مصر'), absent: ['id-forbidden-character'] },
  { name: 'a 128-character id', mutate: (d) => (d.tours[0].id = 't'.repeat(128)), absent: ['id-too-long'] },
  { name: 'a declared status', mutate: (d) => (d.edges[0].status = 'rumoured'), absent: ['unknown-status'] },
  { name: 'every built-in status', mutate: (d) => ['signed', 'agreed', 'offered', 'proposed', 'planned', 'announced', 'stated'].forEach((status, i) => d.edges.push({ id: `s${i}`, type: 'agreement', source: 'iran', target: 'russia', status })), absent: ['unknown-status'] },
  { name: 'a quote that is the whole source text', mutate: (d) => (d.nodes[0].evidence[0].quote = SOURCE_TEXT), absent: ['quote-not-found'] },
  { name: 'year, month and leap-day dates', mutate: (d) => ((d.meta.updated = '2024'), (d.sources[0].published = '2024-02'), (d.edges[0].when.date = '2024-02-29')), absent: ['invalid-date'] },
  { name: 'http, https and mailto URLs', mutate: (d) => ((d.sources[0].url = 'http://example.org'), (d.nodes[0].links[0].url = 'HTTPS://EXAMPLE.ORG/x')), absent: ['unsafe-url', 'invalid-url'] },
  { name: '#rgb and #rrggbb colors in either case', mutate: (d) => ((d.nodeTypes.country.color = '#A1B2C3'), (d.nodeTypes.person.color = '#FfF')), absent: ['invalid-color'] },
  { name: 'every shape and line style', mutate: (d) => ['ellipse', 'diamond', 'star', 'barrel'].forEach((shape, i) => (d.nodeTypes[`t${i}`] = { label: 'T', shape, color: '#000' })), absent: ['unknown-shape'] },
  { name: 'a self-loop and parallel edges', mutate: (d) => d.edges.push({ id: 'loop', type: 'agreement', source: 'iran', target: 'iran' }, { id: 'ru-ir-2', type: 'agreement', source: 'russia', target: 'iran' }), absent: ['isolated-node', 'duplicate-id'] },
  { name: 'a node reached only by a self-loop', mutate: (d) => d.nodes.push({ id: 'loner', type: 'country', label: 'L' }) && d.edges.push({ id: 'l', type: 'agreement', source: 'loner', target: 'loner' }), absent: ['isolated-node'] },
  { name: 'unknown fields everywhere', mutate: (d) => ((d['x-extra'] = { a: 1 }), (d.nodes[0].custom = [1, 2]), (d.meta.note = 'n'), (d.edges[0].when.approx = true)), absent: ['wrong-type', 'missing-field'] },
  { name: 'ids that merely share a prefix', mutate: (d) => d.nodes.push({ id: 'iran-2', type: 'country', label: 'x' }) && d.edges.push({ id: 'i2', type: 'agreement', source: 'iran-2', target: 'iran' }), absent: ['confusable-ids', 'ids-equal-after-nfc'] },
];

describe('the base document', () => {
  test('is valid with no problems, from text and as a value', () => {
    expectClean(loadGraphText(textOf(baseDoc())));
    expectClean(validateGraph(baseDoc()));
  });
});

describe('each rule reports a failing input', () => {
  for (const c of failing) {
    test(`${c.name} → ${c.severity} ${c.code} at ${c.pointer}`, () => {
      const doc = baseDoc();
      c.mutate(doc);
      const text = textOf(doc);
      const fromText = loadGraphText(text);
      let from = 0;
      for (const needle of typeof c.after === 'string' ? [c.after] : (c.after ?? [])) {
        from = text.indexOf(needle, from);
        expect(from, `test setup: ${needle} not in text`).toBeGreaterThanOrEqual(0);
      }
      const problem = expectOne(fromText, c.code, { severity: c.severity, pointer: c.pointer, ...positionOf(text, c.at, from) });
      if (c.message) expect(problem.message).toMatch(c.message);
      if (c.hint) expect(problem.hint).toMatch(c.hint);
      expect(fromText.ok).toBe(c.severity === 'warning');

      const fromValue = validateGraph(doc);
      const same = expectOne(fromValue, c.code, { severity: c.severity, pointer: c.pointer });
      expect(same.line).toBeUndefined();
      expect(same.column).toBeUndefined();
      expect(fromValue.ok).toBe(c.severity === 'warning');
    });
  }
});

describe('each rule accepts a passing input', () => {
  for (const c of passing) {
    test(c.name, () => {
      const doc = baseDoc();
      c.mutate(doc);
      const fromText = loadGraphText(textOf(doc));
      const fromValue = validateGraph(doc);
      for (const code of c.absent) {
        expectNone(fromText, code);
        expectNone(fromValue, code);
      }
      expect(fromText.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(fromText.ok).toBe(true);
      expect(fromValue.ok).toBe(true);
    });
  }
});

describe('one mistake is reported once', () => {
  test('without a usable meta.languages, texts are not each reported as undeclared', () => {
    const doc = baseDoc();
    doc.meta.languages = 'ar, en';
    const result = validateGraph(doc);
    expect(result.problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  test('an empty meta.languages makes every tagged text undeclared (they really are)', () => {
    const doc = baseDoc();
    doc.meta.languages = [];
    expect(validateGraph(doc).problems.filter((p) => p.code === 'undeclared-language').length).toBeGreaterThan(3);
  });
});

describe('ids equal after NFC', () => {
  test('are warned once, at the later id, whichever spelling comes first', () => {
    for (const [a, b] of [['cafe\u0301', 'caf\u00e9'], ['caf\u00e9', 'cafe\u0301']]) {
      const doc = baseDoc();
      doc.nodes.push({ id: a, type: 'country', label: 'x' }, { id: b, type: 'country', label: 'y' });
      doc.edges.push({ id: 'c', type: 'agreement', source: a, target: b });
      const found = validateGraph(doc).problems.filter((p) => p.code === 'ids-equal-after-nfc' || p.code === 'confusable-ids');
      expect(found.map((p) => `${p.code} ${p.pointer}`)).toEqual(['ids-equal-after-nfc /nodes/4/id']);
    }
  });
});
