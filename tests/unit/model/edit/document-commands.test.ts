/**
 * Commands over the file as a whole: a merge replaces the document in one edit; a language is
 * added; a node or relation type is deleted (refused while in use, or with what uses it); a tour
 * is deleted. Each undoes to the same text.
 */
import { describe, expect, it } from 'vitest';
import { serializeGraph, validateGraph, type GraphDocument } from '../../../../src/format/index';
import { applyCommand, EditError, type EditCommand } from '../../../../src/model/edit/commands';
import { typeRemovalImpact } from '../../../../src/model/edit/impact';
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

describe('add-language', () => {
  it('appends a language to meta.languages: a one-line change, and labels can then be written in it', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'add-language', lang: 'fr' });
    expect(next.meta.languages).toEqual(['ar', 'en', 'fr']);
    const labelled = roundTrip(next, { type: 'set-field', target: { kind: 'node', id: 'iran' }, path: ['label', 'fr'], value: 'Iran' });
    expect(labelled.nodes.find((n) => n.id === 'iran')?.label).toEqual({ ar: 'إيران', en: 'Iran', fr: 'Iran' });
    expect(errorsOf(labelled)).toEqual([]);
  });

  it('refuses a language the file has, or text that is not a language tag', () => {
    expect(() => applyCommand(bundled(), { type: 'add-language', lang: 'EN' })).toThrow(EditError);
    expect(() => applyCommand(bundled(), { type: 'add-language', lang: 'not a tag' })).toThrow(EditError);
  });
});

describe('remove-type', () => {
  it('lists what uses a type: its nodes, their relations, the tour steps', () => {
    const impact = typeRemovalImpact(bundled(), 'node', 'country');
    expect(impact.nodes).toEqual(['russia', 'iran', 'india']);
    expect(impact.edges).toContain('ru-ir-mou');
    expect(impact.tourSteps.length).toBeGreaterThan(0);
    expect(typeRemovalImpact(bundled(), 'edge', 'membership').edges).toHaveLength(3);
  });

  it('deletes an unused type; refuses a type in use unless cascaded', () => {
    const doc = bundled();
    const unused = roundTrip(doc, { type: 'put-node-type', id: 'company', value: { label: 'Company' } });
    const gone = roundTrip(unused, { type: 'remove-type', kind: 'node', id: 'company' });
    expect(serializeGraph(gone)).toBe(serializeGraph(doc));
    expect(() => applyCommand(doc, { type: 'remove-type', kind: 'node', id: 'country' })).toThrow(/used by 3 nodes/);
    expect(() => applyCommand(doc, { type: 'remove-type', kind: 'edge', id: 'nothing-like-it' })).toThrow(EditError);
  });

  it('cascaded, takes the nodes of a node type with their relations and tour mentions: a valid file, undone exactly', () => {
    const doc = bundled();
    const next = roundTrip(doc, { type: 'remove-type', kind: 'node', id: 'country', cascade: true });
    expect(next.nodeTypes).not.toHaveProperty('country');
    expect(next.nodes.some((n) => n.type === 'country')).toBe(false);
    expect(next.edges.some((e) => ['russia', 'iran', 'india'].includes(e.source) || ['russia', 'iran', 'india'].includes(e.target))).toBe(false);
    expect(errorsOf(next)).toEqual([]);
  });

  it('cascaded, takes the relations of a relation type', () => {
    const next = roundTrip(bundled(), { type: 'remove-type', kind: 'edge', id: 'membership', cascade: true });
    expect(next.edges.some((e) => e.type === 'membership')).toBe(false);
    expect(next.edgeTypes).not.toHaveProperty('membership');
    expect(errorsOf(next)).toEqual([]);
  });
});

describe('remove-tour', () => {
  it('deletes a tour, and undo puts it back in place', () => {
    const next = roundTrip(bundled(), { type: 'remove-tour', id: 'story' });
    expect(next.tours).toEqual([]);
    expect(() => applyCommand(bundled(), { type: 'remove-tour', id: 'nope' })).toThrow(EditError);
  });
});
