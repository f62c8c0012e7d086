/**
 * Commands over the file as a whole: a merge replaces the document in one edit; a language is
 * added; a node or relation type is deleted (refused while in use, or with what uses it); a tour
 * is deleted. Each undoes to the same text.
 */
import { describe, expect, it } from 'vitest';
import { serializeGraph, validateGraph, type GraphDocument } from '../../../../src/format/index';
import { applyCommand, type EditCommand } from '../../../../src/model/edit/commands';
import { mergeGraphs } from '../../../../src/interchange/merge';
import { ODD_KEYS_TEXT, bundled, load } from './fixtures';

function roundTrip(doc: GraphDocument, command: EditCommand): GraphDocument {
  const before = serializeGraph(doc);
  const forward = applyCommand(doc, command);
  const back = applyCommand(forward.doc, forward.inverse);
  expect(serializeGraph(back.doc)).toBe(before);
  expect(serializeGraph(applyCommand(back.doc, command).doc)).toBe(serializeGraph(forward.doc));
  expect(serializeGraph(doc)).toBe(before);
  return forward.doc;
}

const errorsOf = (doc: GraphDocument): string[] => validateGraph(doc).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.pointer}`);

describe('replace-document', () => {
  it('a merge is one edit whose inverse gives back the same text', () => {
    const a = bundled();
    const b = load(ODD_KEYS_TEXT);
    const merged = mergeGraphs(a, b, { onCollision: 'rename' }).graph as GraphDocument;
    expect(merged).toBeDefined();
    const next = roundTrip(a, { type: 'replace-document', doc: merged });
    expect(serializeGraph(next)).toBe(serializeGraph(merged));
    expect(next.nodes.length).toBe(a.nodes.length + b.nodes.length);
  });

  it('removes top-level fields the new document does not have, and puts them back on undo', () => {
    const a = bundled();
    const { tours: _tours, ...withoutTours } = a;
    const next = roundTrip(a, { type: 'replace-document', doc: withoutTours as GraphDocument });
    expect('tours' in next).toBe(false);
    expect(errorsOf(next)).toEqual([]);
  });
});
