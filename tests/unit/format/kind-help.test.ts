// The editor help of the graph format (src/format/kind-help.ts) is keyed by the kind and field names
// of src/format/kinds.ts, where each kind is declared once. These tests fail when the two disagree:
// a kind or field without help, or help naming a kind or field that is not declared.
// The @ts-expect-error lines make `npx tsc` fail if such a mismatch stopped being a type error.
import { describe, expect, test } from 'vitest';
import { KIND_HELP, type KindHelp } from '../../../src/format/kind-help';
import { KEY_ORDER, OBJECT_KIND_NAMES } from '../../../src/format/kinds';

describe('every declared kind and field has help, and help names nothing else', () => {
  test('the help names exactly the declared kinds, in declaration order', () => {
    expect(Object.keys(KIND_HELP)).toEqual([...OBJECT_KIND_NAMES]);
  });

  test.each(OBJECT_KIND_NAMES.map((kind) => [kind]))('%s: help for exactly its declared fields, in canonical order', (kind) => {
    expect(Object.keys(KIND_HELP[kind].fields)).toEqual([...KEY_ORDER[kind]]);
  });

  test.each(OBJECT_KIND_NAMES.map((kind) => [kind]))('%s: the kind and each field have a title, a description and examples', (kind) => {
    const { help, fields } = KIND_HELP[kind];
    expect(help.title.trim(), kind).not.toBe('');
    expect(help.description.trim(), kind).not.toBe('');
    for (const [field, fieldHelp] of Object.entries(fields)) {
      expect(fieldHelp.title.trim(), `${kind}.${field}`).not.toBe('');
      expect(fieldHelp.description.trim(), `${kind}.${field}`).not.toBe('');
      expect(fieldHelp.examples.length, `${kind}.${field}`).toBeGreaterThan(0);
    }
  });
});

describe('the help and the declarations agree at compile time', () => {
  const position = KIND_HELP.position;

  test('help for a field the kind does not declare is a type error', () => {
    // @ts-expect-error -- `z` is not a field of a position
    const extra: KindHelp<'position'> = { help: position.help, fields: { ...position.fields, z: position.fields.x } };
    expect(Object.keys(extra.fields)).toContain('z');
  });

  test('a declared field without help is a type error', () => {
    // @ts-expect-error -- `y` is a field of a position
    const missing: KindHelp<'position'> = { help: position.help, fields: { x: position.fields.x } };
    expect(Object.keys(missing.fields)).not.toContain('y');
  });

  test('help for a kind that is not declared is a type error', () => {
    // @ts-expect-error -- there is no kind `comment`
    const unknownKind: KindHelp<'comment'> = position;
    expect(unknownKind).toBe(position);
  });
});
