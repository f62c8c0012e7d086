/**
 * Property tests: random sequences of every kind of command on the bundled graph. Each inverse
 * gives back the exact text before it, undoing the whole sequence gives back the file, redoing it
 * gives the same result, and the working document always survives a serialize → load round trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraphText, serializeGraph, validateGraph, type GraphDocument } from '../../../../src/format/index';
import { applyCommand, EditError, type EditCommand } from '../../../../src/model/edit/commands';
import { BUNDLED_TEXT, load } from './fixtures';

/** The bundled graph with every node's and edge's keys in reverse order: nothing in schema order. */
const REVERSED_TEXT = (() => {
  const reverse = (object: object): object => Object.fromEntries(Object.entries(object).reverse());
  const doc = JSON.parse(BUNDLED_TEXT) as { nodes: object[]; edges: object[] };
  return serializeGraph({ ...doc, nodes: doc.nodes.map(reverse), edges: doc.edges.map(reverse) } as unknown as GraphDocument);
})();

interface Seed {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly text: string;
  readonly x: number;
  readonly json: unknown;
}

const seed = fc.record({
  kind: fc.nat({ max: 17 }),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'إيران', 'Iran')),
  x: fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }),
  json: fc.jsonValue({ maxDepth: 2 }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** A concrete command for the document as it is now (undefined when the seed does not apply). */
function commandFor(doc: GraphDocument, s: Seed): EditCommand | undefined {
  const node = pick(doc.nodes, s.a);
  const other = pick(doc.nodes, s.b);
  const edge = pick(doc.edges, s.a);
  const tour = pick(doc.tours ?? [], s.a);
  const source = pick((doc.sources ?? []).filter((src) => typeof src.text === 'string' && src.text.length > 1), s.b);
  const fresh = `n${s.a}-${s.b}`;
  switch (s.kind) {
    case 0:
      return node && { type: 'set-field', target: { kind: 'node', id: node.id }, path: ['label', pick(['ar', 'en'], s.b) as string], value: s.text };
    case 1:
      return node && { type: 'set-field', target: { kind: 'node', id: node.id }, path: ['description'], value: undefined };
    case 2:
      return { type: 'add-node', node: { id: fresh, type: pick(Object.keys(doc.nodeTypes), s.b) ?? 'x', label: { en: s.text || 'x' } } };
    case 3:
      return node && { type: 'remove-node', id: node.id };
    case 4:
      return node && other && { type: 'add-edge', edge: { id: `e${fresh}`, type: pick(Object.keys(doc.edgeTypes), s.a) ?? 'x', source: node.id, target: other.id } };
    case 5:
      return edge && { type: 'remove-edge', id: edge.id };
    case 6:
      return node && { type: 'rename', kind: 'node', from: node.id, to: `${node.id}-${s.b % 7}` };
    case 7:
      return { type: 'put-node-type', id: `t${s.b % 5}`, value: { label: { en: s.text || 't' }, color: '#abcdef' } };
    case 8:
      return node && { type: 'set-position', id: node.id, position: { x: s.x, y: -s.x / 2 } };
    case 9:
      return { type: 'keep-layout', positions: Object.fromEntries(doc.nodes.filter((_, i) => (i + s.a) % 3 === 0).map((n, i) => [n.id, { x: i * s.x, y: i }])) };
    case 10: {
      if (!node || !source) return undefined;
      const length = (source.text as string).length;
      const start = s.a % (length - 1);
      return { type: 'attach-evidence', target: { kind: 'node', id: node.id }, source: source.id, start, end: start + 1 + (s.b % Math.min(40, length - start - 1 || 1)) };
    }
    case 11:
      return { type: 'add-source', source: { id: `src-${s.a}`, title: { en: s.text || 'pasted' }, text: `${s.text} pasted text` } };
    case 12:
      return tour && { type: 'add-tour-step', tour: tour.id, index: s.b % (tour.steps.length + 1), step: { nodes: node ? [node.id] : [], caption: { en: s.text || 'c' } } };
    case 13:
      return tour && tour.steps.length > 0 ? { type: 'move-tour-step', tour: tour.id, from: s.a % tour.steps.length, to: s.b % tour.steps.length } : undefined;
    case 14:
      return tour && tour.steps.length > 0 ? { type: 'remove-tour-step', tour: tour.id, index: s.b % tour.steps.length } : undefined;
    case 15:
      return node && { type: 'insert-item', target: { kind: 'node', id: node.id }, path: ['aliases'], index: 0, value: { en: s.text || 'alias' } };
    case 16:
      // An unknown field with any JSON value, at the node or deeper.
      return node && s.json !== undefined ? { type: 'set-field', target: { kind: 'node', id: node.id }, path: s.b % 2 ? ['x-note'] : ['data', 'x-deep'], value: s.json } : undefined;
    default: {
      const first = commandFor(doc, { ...s, kind: s.a % 16 });
      const second = commandFor(doc, { ...s, kind: s.b % 16, a: s.b, b: s.a });
      return first && second ? { type: 'batch', commands: [first, second] } : undefined;
    }
  }
}

describe('random command sequences', () => {
  it.each([
    ['the bundled graph', BUNDLED_TEXT],
    ['a file whose keys are out of schema order', REVERSED_TEXT],
  ])('on %s: every inverse restores the exact text; undoing all restores the file; redoing all gives the same result', (_name, startText) => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(seed, { minLength: 1, maxLength: 12 }), (seeds) => {
        const original = load(startText);
        let doc = original;
        const history: { before: string; after: string; command: EditCommand; inverse: EditCommand }[] = [];
        for (const s of seeds) {
          const command = commandFor(doc, s);
          if (!command) continue;
          let result;
          try {
            result = applyCommand(doc, command);
          } catch (error) {
            // A batch whose second half no longer fits after the first is refused as a whole.
            if (error instanceof EditError && command.type === 'batch') continue;
            throw error;
          }
          const before = serializeGraph(doc);
          const after = serializeGraph(result.doc);
          expect(serializeGraph(applyCommand(result.doc, result.inverse).doc)).toBe(before);
          history.push({ before, after, command, inverse: result.inverse });
          doc = result.doc;
          applied++;
        }
        // The working document is always plain JSON data that loads back to the same text.
        const text = serializeGraph(doc);
        const parsed = loadGraphText(text);
        const reparsed = parsed.ok ? parsed.graph : (JSON.parse(text) as GraphDocument);
        expect(serializeGraph(reparsed)).toBe(text);
        // Validation never throws on an intermediate state.
        expect(() => validateGraph(doc)).not.toThrow();
        // Undo everything, then redo everything.
        let undone = doc;
        for (const step of [...history].reverse()) {
          undone = applyCommand(undone, step.inverse).doc;
          expect(serializeGraph(undone)).toBe(step.before);
        }
        expect(serializeGraph(undone)).toBe(startText);
        let redone = undone;
        for (const step of history) redone = applyCommand(redone, step.command).doc;
        expect(serializeGraph(redone)).toBe(text);
        expect(serializeGraph(original)).toBe(startText);
      }),
      { numRuns: 60 },
    );
    // The generators really exercise the commands.
    expect(applied).toBeGreaterThan(200);
  });
});
