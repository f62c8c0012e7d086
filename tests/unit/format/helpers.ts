/** Shared helpers for the loader tests: a valid base document and position lookups done independently of the parser. */
import { expect } from 'vitest';
import type { LoadResult, Problem } from '../../../src/format/index';

export const SOURCE_TEXT = 'اتفقت حكومتا روسيا وإيران على التعاون في عدد من المجالات الرقمية، بما في ذلك تطوير تقنيات البلوكتشين والذكاء الاصطناعي.';

/** A fresh, valid document using every kind of object (mutate it freely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate the document freely
export function baseDoc(): Record<string, any> {
  return {
    format: 'kg-graph',
    version: 1,
    meta: {
      title: { en: 'Russia and Iran', ar: 'روسيا وإيران' },
      description: { en: 'A test graph.\nSecond line.' },
      languages: ['ar', 'en'],
      updated: '2026-11-28',
      statuses: { rumoured: { label: { en: 'rumoured' } } },
    },
    sources: [{ id: 'article', title: 'مقال', lang: 'ar', url: 'https://example.org/a', published: '2024-12', text: SOURCE_TEXT }],
    nodeTypes: {
      country: { label: { en: 'Country', ar: 'دولة' }, color: '#1f77b4', shape: 'round-rectangle' },
      person: { label: { en: 'Person' }, color: '#abc' },
    },
    edgeTypes: { agreement: { label: { en: 'agreement' }, directed: false, line: 'dashed' } },
    nodes: [
      { id: 'russia', type: 'country', label: { en: 'Russia', ar: 'روسيا' }, evidence: [{ source: 'article', quote: 'روسيا' }], links: [{ url: 'https://ru.example' }], position: { x: 1.5, y: -2 } },
      { id: 'iran', type: 'country', label: { en: 'Iran', ar: 'إيران' }, aliases: [{ en: 'Persia' }] },
      { id: 'official', type: 'person', label: 'مسؤول' },
    ],
    edges: [
      {
        id: 'ru-ir',
        type: 'agreement',
        source: 'russia',
        target: 'iran',
        status: 'agreed',
        when: { date: '2024-11', text: { en: 'last November' } },
        topics: ['official'],
        evidence: [{ source: 'article', quote: 'على التعاون', by: 'official' }],
        links: [{ url: 'mailto:someone@example.org', title: { en: 'Write' } }],
      },
      { id: 'official-ru', type: 'agreement', source: 'official', target: 'russia', status: 'rumoured' },
    ],
    tours: [{ id: 'intro', title: { en: 'Intro' }, steps: [{ caption: { en: 'Two countries.' }, nodes: ['russia', 'iran'], edges: ['ru-ir'] }] }],
  };
}

/** The document as file text (2-space JSON, what curators' files look like). */
export function textOf(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** 1-based line and column of `text.indexOf(needle, from)`, counted here without the parser. */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`test setup: ${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** The problems with the given code. */
export function withCode(result: LoadResult, code: string): Problem[] {
  return result.problems.filter((problem) => problem.code === code);
}

/** Asserts exactly one problem with `code` and the given fields; returns it. */
export function expectOne(result: LoadResult, code: string, fields: Partial<Problem>): Problem {
  const found = withCode(result, code);
  expect(found, `problems were: ${JSON.stringify(result.problems, null, 1)}`).toHaveLength(1);
  const problem = found[0] as Problem;
  expect(problem).toMatchObject({ code, ...fields });
  return problem;
}

/** Asserts the result has no problem with `code`. */
export function expectNone(result: LoadResult, code: string): void {
  expect(withCode(result, code), `unexpected ${code}: ${JSON.stringify(withCode(result, code))}`).toEqual([]);
}

/** Asserts the result has no problems at all. */
export function expectClean(result: LoadResult): void {
  expect(result.problems, JSON.stringify(result.problems, null, 1)).toEqual([]);
  expect(result.ok).toBe(true);
}
