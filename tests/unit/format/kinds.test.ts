// The object kinds are declared once (src/format/kinds.ts), typed against src/format/types.ts.
// The @ts-expect-error lines are the test that matters: `npx tsc` fails if any of them stops
// being an error, i.e. if the declarations could disagree with the types without a type error.
import { describe, expect, test } from 'vitest';
import { KEY_ORDER, OBJECT_KIND_NAMES, OBJECT_KINDS, type Fields } from '../../../src/format/kinds';
import type { GraphNode, LocalizedText, Position } from '../../../src/format/types';

interface NodeWithNewField extends GraphNode {
  readonly importance?: number;
}
interface NodeWithRequiredDescription extends GraphNode {
  readonly description: LocalizedText;
}

describe('the kind declarations and the types agree at compile time', () => {
  test('a field added to the types but not declared is a type error', () => {
    // @ts-expect-error -- `importance` is missing from the node declaration
    const missing: Fields<NodeWithNewField> = OBJECT_KINDS.node.fields;
    expect(Object.keys(missing)).not.toContain('importance');
  });

  test('a field required by the types but declared optional is a type error', () => {
    // @ts-expect-error -- `description` is declared optional
    const optional: Fields<NodeWithRequiredDescription> = OBJECT_KINDS.node.fields;
    expect(optional.description.required).toBe(false);
  });

  test('a declared field the types do not have is a type error', () => {
    const x = OBJECT_KINDS.position.fields.x;
    // @ts-expect-error -- `z` is not a field of Position
    const extra: Fields<Position> = { x, y: x, z: x };
    expect(Object.keys(extra)).toEqual(['x', 'y', 'z']);
  });
});

describe('KEY_ORDER is derived from the declarations', () => {
  test('one entry per kind, the declared fields in order', () => {
    expect(Object.keys(KEY_ORDER)).toEqual([...OBJECT_KIND_NAMES]);
    for (const kind of OBJECT_KIND_NAMES) expect(KEY_ORDER[kind]).toEqual(Object.keys(OBJECT_KINDS[kind].fields));
    expect(KEY_ORDER.statusDefinition).toEqual(['label', 'description']);
    expect(KEY_ORDER.timeReference).toEqual(['date', 'text']);
    expect(KEY_ORDER.position).toEqual(['x', 'y']);
  });
});
