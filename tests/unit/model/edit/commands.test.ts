import { describe, expect, it } from 'vitest';
import { serializeGraph, validateGraph, type GraphDocument } from '../../../../src/format/index';
import { applyCommand, EditError, type EditCommand } from '../../../../src/model/edit/commands';
import { nodeRemovalImpact, edgeRemovalImpact } from '../../../../src/model/edit/impact';
import { BUNDLED_TEXT, ODD_KEYS_TEXT, bundled, load } from './fixtures';
import { lineDiff } from './line-diff';

/** Applies a command, checks that its inverse gives back the same text and that redoing gives the same result. */
function roundTrip(doc: GraphDocument, command: EditCommand): GraphDocument {
  const before = serializeGraph(doc);
  const forward = applyCommand(doc, command);
  const after = serializeGraph(forward.doc);
  const back = applyCommand(forward.doc, forward.inverse);
  expect(serializeGraph(back.doc)).toBe(before);
  const again = applyCommand(back.doc, command);
  expect(serializeGraph(again.doc)).toBe(after);
  // The input is never mutated.
  expect(serializeGraph(doc)).toBe(before);
  return forward.doc;
}

const errorsOf = (doc: GraphDocument): string[] => validateGraph(doc).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.pointer}`);

describe('set-field', () => {
  it('changes one language of a label: a one-line diff of the canonical file', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['label', 'en'], value: 'Islamic Republic of Iran' });
    const diff = lineDiff(BUNDLED_TEXT, serializeGraph(next));
    expect(diff.removed.map((l) => l.text.trim())).toEqual(['"en": "Iran"']);
    expect(diff.added.map((l) => l.text.trim())).toEqual(['"en": "Islamic Republic of Iran"']);
    expect(errorsOf(next)).toEqual([]);
  });

  it('adds a missing field where the schema order puts it, creating the objects on the way', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'edge', id: 'ru-ir-mou' }, path: ['when', 'date'], value: '2024-12' });
    const edge = next.edges.find((e) => e.id === 'ru-ir-mou') as unknown as Record<string, unknown>;
    expect(edge.when).toEqual({ date: '2024-12' });
    const keys = Object.keys(edge);
    // `when` comes after `status` and before `topics`/`evidence` in the schema order.
    expect(keys.indexOf('when')).toBeGreaterThan(keys.indexOf('type'));
    expect(keys.indexOf('when')).toBeLessThan(keys.indexOf('evidence'));
    expect(lineDiff(BUNDLED_TEXT, serializeGraph(next)).removed).toEqual([]);
  });

  it('removes a field with undefined, and the inverse puts it back at the same place', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['aliases'], value: undefined });
    expect(next.nodes.find((n) => n.id === 'iran')?.aliases).toBeUndefined();
  });

  it('puts a removed key back where it was even when that is not the schema order', () => {
    const doc = load('{"format":"kg-graph","version":1,"meta":{"title":"t","languages":["en"]},"nodeTypes":{"p":{"label":"P"}},"edgeTypes":{},' +
      '"nodes":[{"label":"A","x-note":1,"type":"p","id":"a"}],"edges":[]}');
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'node', id: 'a' }, path: ['label'], value: undefined });
    expect(Object.keys(next.nodes[0] as object)).toEqual(['x-note', 'type', 'id']);
  });

  it('keeps unknown fields and integer-like key order anywhere in the file', () => {
    const doc = load(ODD_KEYS_TEXT);
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'edge', id: 'p1' }, path: ['label'], value: 'تسمية' });
    const text = serializeGraph(next);
    expect(text.indexOf('"9": "nine"')).toBeLessThan(text.indexOf('"1": "one"'));
    expect(text).toContain('"x-generator"');
    expect(text.indexOf('"10": {')).toBeLessThan(text.indexOf('"2": {'));
    // __proto__ stays a plain key.
    const data = next.nodes[0]?.data as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('edits the document itself, a type and a tour step caption', () => {
    const doc = bundled();
    roundTrip(doc, { type: 'set-field', target: { kind: 'document' }, path: ['meta', 'license'], value: 'CC0-1.0' });
    roundTrip(doc, { type: 'set-field', target: { kind: 'node-type', id: 'country' }, path: ['color'], value: '#000000' });
    const next = roundTrip(doc, { type: 'set-field', target: { kind: 'tour', id: 'story' }, path: ['steps', 0, 'caption', 'en'], value: 'First.' });
    expect(next.tours?.[0]?.steps[0]?.caption).toMatchObject({ en: 'First.' });
  });

  it('reaches the second of two nodes with one id by its index (fixing a duplicate)', () => {
    const doc = bundled();
    const twice = applyCommand(doc, { type: 'add-node', node: { id: 'iran', type: 'country', label: 'copy' } }).doc;
    const index = twice.nodes.length - 1;
    const next = roundTrip(twice, { type: 'set-field', target: { kind: 'node', id: 'iran', index }, path: ['id'], value: 'iran-copy' });
    expect(next.nodes[index]?.id).toBe('iran-copy');
    expect(next.nodes.filter((n) => n.id === 'iran')).toHaveLength(1);
    // A stale index (the element there has another id now) falls back to the first with the id.
    const stale = applyCommand(doc, { type: 'set-field', target: { kind: 'node', id: 'iran', index: 0 }, path: ['x'], value: 1 }).doc;
    expect(stale.nodes.find((n) => n.id === 'iran')).toMatchObject({ x: 1 });
  });

  it('refuses an unknown element or a path through a plain value', () => {
    const doc = bundled();
    expect(() => applyCommand(doc, { type: 'set-field', target: { kind: 'node', id: 'atlantis' }, path: ['label'], value: 'x' })).toThrow(EditError);
    expect(() => applyCommand(doc, { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['id', 'x'], value: 'x' })).toThrow(EditError);
  });
});

describe('lists', () => {
  it('insert-item and remove-item edit a list, creating it when missing', () => {
    const doc = bundled();
    const withAlias = roundTrip(doc, { type: 'insert-item', target: { kind: 'node', id: 'iran' }, path: ['aliases'], index: 1, value: { en: 'Persia' } });
    expect(withAlias.nodes.find((n) => n.id === 'iran')?.aliases).toEqual([{ ar: 'طهران', en: 'Tehran' }, { en: 'Persia' }]);
    const created = roundTrip(doc, { type: 'insert-item', target: { kind: 'node', id: 'russia' }, path: ['links'], index: 0, value: { url: 'https://example.org' } });
    expect(created.nodes.find((n) => n.id === 'russia')?.links).toEqual([{ url: 'https://example.org' }]);
    const removed = roundTrip(doc, { type: 'remove-item', target: { kind: 'node', id: 'iran' }, path: ['evidence', 0] });
    expect(removed.nodes.find((n) => n.id === 'iran')?.evidence).toHaveLength(1);
  });
});

describe('nodes and edges', () => {
  const newNode = { id: 'turkey', type: 'country', label: { ar: 'تركيا', en: 'Turkey' } };

  it('add-node appends the node: the diff only adds lines', () => {
    const next = roundTrip(bundled(), { type: 'add-node', node: newNode });
    expect(next.nodes.at(-1)).toEqual(newNode);
    const diff = lineDiff(BUNDLED_TEXT, serializeGraph(next));
    // At most the closing brace of the node before gains a comma.
    expect(diff.removed.length).toBeLessThanOrEqual(1);
    expect(diff.removed.every((l) => l.text.trim() === '}')).toBe(true);
    expect(diff.added.map((l) => l.text.trim())).toContain('"id": "turkey",');
    // An isolated node is a warning, not an error.
    expect(errorsOf(next)).toEqual([]);
  });

  it('add-edge and remove-edge; removing an edge trims the tour steps that name it', () => {
    const doc = bundled();
    const added = roundTrip(doc, { type: 'add-edge', edge: { id: 'x', type: 'agreement', source: 'india', target: 'iran' } });
    expect(added.edges.at(-1)?.id).toBe('x');
    expect(edgeRemovalImpact(doc, 'ru-ir-mou').tourSteps).toEqual([{ tour: 'story', step: 0, removed: false }]);
    const removed = roundTrip(doc, { type: 'remove-edge', id: 'ru-ir-mou' });
    expect(removed.edges.some((e) => e.id === 'ru-ir-mou')).toBe(false);
    expect(removed.tours?.[0]?.steps[0]?.edges).toEqual(['russia-party-mou', 'iran-party-mou']);
    expect(errorsOf(removed)).toEqual([]);
  });

  it('remove-node takes its edges, tour-step mentions, topics and attributions with it, leaving a valid file', () => {
    const doc = bundled();
    const impact = nodeRemovalImpact(doc, 'iran');
    expect(impact.edges).toContain('ru-ir-mou');
    expect(impact.edges).toContain('iran-proposes-sco-crypto');
    expect(impact.tourSteps.length).toBeGreaterThan(0);
    const next = roundTrip(doc, { type: 'remove-node', id: 'iran' });
    expect(next.nodes.some((n) => n.id === 'iran')).toBe(false);
    for (const e of impact.edges) expect(next.edges.some((edge) => edge.id === e)).toBe(false);
    expect(errorsOf(next)).toEqual([]);
  });

  it('remove-node drops a step that named nothing else, removes topics and `by`', () => {
    const doc = load(
      JSON.stringify({
        format: 'kg-graph',
        version: 1,
        meta: { title: 't', languages: ['en'] },
        sources: [{ id: 's', text: 'Alice said it.' }],
        nodeTypes: { p: { label: 'P' } },
        edgeTypes: { r: { label: 'r' } },
        nodes: [
          { id: 'a', type: 'p', label: 'A' },
          { id: 'b', type: 'p', label: 'B', evidence: [{ source: 's', quote: 'said', by: 'a' }] },
          { id: 'c', type: 'p', label: 'C' },
        ],
        edges: [{ id: 'bc', type: 'r', source: 'b', target: 'c', topics: ['a'] }],
        tours: [{ id: 't', title: 'T', steps: [{ nodes: ['a'], caption: 'only a' }, { nodes: ['a', 'b'], caption: 'a and b' }] }],
      }),
    );
    const impact = nodeRemovalImpact(doc, 'a');
    expect(impact).toEqual({ edges: [], tourSteps: [{ tour: 't', step: 0, removed: true }, { tour: 't', step: 1, removed: false }], topicOf: ['bc'], attributedBy: ['b'] });
    const next = roundTrip(doc, { type: 'remove-node', id: 'a' });
    expect(next.tours?.[0]?.steps).toEqual([{ nodes: ['b'], caption: 'a and b' }]);
    expect(next.edges[0]?.topics).toBeUndefined();
    expect(next.nodes.find((n) => n.id === 'b')?.evidence?.[0]).toEqual({ source: 's', quote: 'said' });
    expect(errorsOf(next)).toEqual([]);
  });

  it('rename of a later element with a taken id changes only its id', () => {
    const twice = applyCommand(bundled(), { type: 'add-node', node: { id: 'iran', type: 'country', label: 'copy' } }).doc;
    const index = twice.nodes.length - 1;
    const next = roundTrip(twice, { type: 'rename', kind: 'node', from: 'iran', to: 'iran-copy', index });
    expect(next.nodes[index]?.id).toBe('iran-copy');
    expect(next.edges.filter((e) => e.source === 'iran' || e.target === 'iran').length).toBe(twice.edges.filter((e) => e.source === 'iran' || e.target === 'iran').length);
    expect(errorsOf(next)).toEqual([]);
  });

  it('rename changes the id and every reference to it', () => {
    const next = roundTrip(bundled(), { type: 'rename', kind: 'node', from: 'iran', to: 'ir' });
    expect(next.nodes.some((n) => n.id === 'ir')).toBe(true);
    expect(JSON.stringify(next)).not.toMatch(/"iran"/);
    expect(errorsOf(next)).toEqual([]);
    const edge = roundTrip(bundled(), { type: 'rename', kind: 'edge', from: 'ru-ir-mou', to: 'mou' });
    expect(edge.tours?.[0]?.steps[0]?.edges).toContain('mou');
    expect(errorsOf(edge)).toEqual([]);
  });
});

describe('types', () => {
  it('put-node-type declares a new type at the end of nodeTypes, or replaces one', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'put-node-type', id: 'company', value: { label: { ar: 'شركة', en: 'Company' }, color: '#123456', shape: 'star' } });
    expect(Object.keys(next.nodeTypes).at(-1)).toBe('company');
    const replaced = roundTrip(doc, { type: 'put-edge-type', id: 'agreement', value: { label: 'agreement' } });
    expect(replaced.edgeTypes.agreement).toEqual({ label: 'agreement' });
    expect(Object.keys(replaced.edgeTypes)[0]).toBe('agreement');
  });
});

describe('positions', () => {
  it('set-position writes the changed coordinates in place', () => {
    const next = roundTrip(bundled(), { type: 'set-position', id: 'iran', position: { x: 10, y: -151.2 } });
    const diff = lineDiff(BUNDLED_TEXT, serializeGraph(next));
    expect(diff.added.map((l) => l.text.trim())).toEqual(['"x": 10,']);
    expect(diff.removed).toHaveLength(1);
  });

  it('keep-layout writes every position in one command into a graph that had none', () => {
    const doc = bundled();
    const bare = applyCommand(doc, { type: 'batch', commands: doc.nodes.map((n) => ({ type: 'set-field', target: { kind: 'node', id: n.id }, path: ['position'], value: undefined }) as const) }).doc;
    expect(bare.nodes.every((n) => n.position === undefined)).toBe(true);
    const positions = Object.fromEntries(bare.nodes.map((n, i) => [n.id, { x: i * 10, y: -i }]));
    const next = roundTrip(bare, { type: 'keep-layout', positions });
    expect(next.nodes.every((n, i) => n.position?.x === i * 10 && n.position.y === -i)).toBe(true);
    expect(errorsOf(next)).toEqual([]);
  });

  it('refuses a position that is not finite', () => {
    expect(() => applyCommand(bundled(), { type: 'set-position', id: 'iran', position: { x: Number.NaN, y: 0 } })).toThrow(EditError);
  });
});

describe('evidence and sources', () => {
  it('attach-evidence cuts the quote from the source: exact by construction', () => {
    const doc = bundled();
    const text = doc.sources?.[0]?.text as string;
    const start = text.indexOf('اقترحت طهران');
    const next = roundTrip(doc, { type: 'attach-evidence', target: { kind: 'node', id: 'india' }, source: 'article', start, end: start + 12 });
    const evidence = next.nodes.find((n) => n.id === 'india')?.evidence?.at(-1);
    expect(evidence).toEqual({ source: 'article', quote: text.slice(start, start + 12) });
    expect(errorsOf(next)).toEqual([]);
    const onEdge = roundTrip(doc, { type: 'attach-evidence', target: { kind: 'edge', id: 'russia-member-sco' }, source: 'article', start, end: start + 5, by: 'iran' });
    expect(onEdge.edges.find((e) => e.id === 'russia-member-sco')?.evidence?.at(-1)).toMatchObject({ by: 'iran' });
  });

  it('refuses an empty or out-of-range stretch, and one that splits a surrogate pair', () => {
    const doc = bundled();
    expect(() => applyCommand(doc, { type: 'attach-evidence', target: { kind: 'node', id: 'iran' }, source: 'article', start: 5, end: 5 })).toThrow(EditError);
    expect(() => applyCommand(doc, { type: 'attach-evidence', target: { kind: 'node', id: 'iran' }, source: 'article', start: 0, end: 1e9 })).toThrow(EditError);
    const emoji = applyCommand(doc, { type: 'add-source', source: { id: 'e', text: 'a😀b' } }).doc;
    expect(() => applyCommand(emoji, { type: 'attach-evidence', target: { kind: 'node', id: 'iran' }, source: 'e', start: 0, end: 2 })).toThrow(EditError);
  });

  it('add-source appends a pasted source; a file without sources gets the list in schema position', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'add-source', source: { id: 'note', title: { en: 'A note' }, url: 'https://example.org', published: '2025', text: 'Pasted text.' } });
    expect(next.sources?.at(-1)?.id).toBe('note');
    const bare = load(ODD_KEYS_TEXT);
    const withSources = roundTrip(bare, { type: 'add-source', source: { id: 's', text: 't' } });
    const keys = Object.keys(withSources);
    expect(keys.indexOf('sources')).toBe(keys.indexOf('meta') + 1);
  });
});

describe('tours', () => {
  const step = { nodes: ['india'], caption: { ar: 'الهند', en: 'India' } };

  it('add, move, edit and remove steps, each undoable', () => {
    const doc = bundled();
    const count = doc.tours?.[0]?.steps.length as number;
    const added = roundTrip(doc, { type: 'add-tour-step', tour: 'story', step });
    expect(added.tours?.[0]?.steps).toHaveLength(count + 1);
    const first = roundTrip(added, { type: 'move-tour-step', tour: 'story', from: count, to: 0 });
    expect(first.tours?.[0]?.steps[0]).toEqual(step);
    const removed = roundTrip(first, { type: 'remove-tour-step', tour: 'story', index: 0 });
    expect(serializeGraph(removed)).toBe(BUNDLED_TEXT);
    expect(() => applyCommand(doc, { type: 'move-tour-step', tour: 'story', from: 0, to: 99 })).toThrow(EditError);
  });

  it('add-tour creates the first tour of a file', () => {
    const next = roundTrip(load(ODD_KEYS_TEXT), { type: 'add-tour', tour: { id: 't', title: 'جولة', steps: [{ nodes: ['2'], caption: 'خطوة' }] } });
    expect(next.tours).toHaveLength(1);
    expect(errorsOf(next)).toEqual([]);
  });
});

describe('batch and patch', () => {
  it('a batch is one command with one inverse', () => {
    const doc = bundled();
    const next = roundTrip(doc, {
      type: 'batch',
      commands: [
        { type: 'put-edge-type', id: 'borders', value: { label: { ar: 'يحدّ', en: 'borders' }, directed: false } },
        { type: 'add-edge', edge: { id: 'iran-borders-russia', type: 'borders', source: 'iran', target: 'russia' } },
      ],
    });
    expect(errorsOf(next)).toEqual([]);
  });

  it('a patch that does not fit is refused without changing anything', () => {
    const doc = bundled();
    expect(() => applyCommand(doc, { type: 'patch', ops: [{ op: 'remove', path: ['nodes', 999] }] })).toThrow(EditError);
    expect(() => applyCommand(doc, { type: 'patch', ops: [{ op: 'add', path: ['meta', 'title'], value: 'x' }] })).toThrow(EditError);
    expect(() => applyCommand(doc, { type: 'patch', ops: [{ op: 'set', path: ['meta', 'license'], value: undefined }] })).toThrow(EditError);
    expect(serializeGraph(doc)).toBe(BUNDLED_TEXT);
  });
});
