/**
 * XML for GEXF and GraphML, read with fast-xml-parser (no DOM, so it runs in Node and in a page
 * alike): syntax errors located by line and column, elements by where they start. Namespace
 * prefixes are dropped (`viz:color` → `color`, `y:NodeLabel` → `NodeLabel`), since files use
 * every spelling of those namespaces. Writing is a small escaper: fast-xml-parser's builder
 * leaves line breaks in attribute values raw, and XML readers turn those into spaces.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineColumnOf, lineStartsOf } from '../format/json/locations';
import { decodeText } from './decode';
import type { Origin, ReportBuilder } from './report';
import type { InputFile } from './table';
import { NOT_XML_CHARACTER } from './text';

/** A parsed element: attributes under `@name`, text under `#text`, children by local name. */
export type XmlNode = Record<string, unknown>;

export interface ParsedXml {
  readonly root: XmlNode;
  /** Where an element starts in the file. */
  origin(node: unknown): Origin;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Parses XML text; `arrays` names the elements that may repeat (always read as arrays). */
export function parseXml(input: InputFile, report: ReportBuilder, arrays: ReadonlySet<string>): ParsedXml | undefined {
  const file = input.name;
  const text = decodeText(input, report);
  if (text === undefined) return undefined;
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    report.error('xml-syntax', valid.err.msg, { file, line: valid.err.line, column: valid.err.col });
    return undefined;
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Numeric character references (&#10;, &#x41;) are plain XML, but fast-xml-parser decodes
    // them only with its HTML entity table switched on (which also knows &nbsp; and the like).
    htmlEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    captureMetaData: true,
    isArray: (name) => arrays.has(name),
  });
  let root: XmlNode;
  try {
    root = parser.parse(text) as XmlNode;
  } catch (error) {
    report.error('xml-syntax', error instanceof Error ? error.message : String(error), { file });
    return undefined;
  }
  let lineStarts: number[] | undefined;
  return {
    root,
    origin(node: unknown): Origin {
      const meta = typeof node === 'object' && node !== null ? (node as Record<symbol, { startIndex?: number } | undefined>)[META] : undefined;
      if (meta?.startIndex === undefined) return { file };
      lineStarts ??= lineStartsOf(text);
      const { line, column } = lineColumnOf(lineStarts, meta.startIndex);
      return { file, line, column };
    },
  };
}

/** The child elements called `name` (always a list). */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item }));
}

/** The first child element called `name`. */
export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value (names without namespace prefix). */
export function attribute(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[`@${name}`];
  return value === undefined ? undefined : String(value);
}

/** The text content of an element (its own text, children's markup left out). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const text = (node as XmlNode)['#text'];
  return text === undefined ? '' : String(text);
}

/** Finds, depth first, the first descendant element called `name`. */
export function descendant(node: unknown, name: string): XmlNode | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith('@') || key === '#text') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (key === name) return typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item };
      const found = descendant(item, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every descendant element called `name`, in document order. */
export function descendants(node: unknown, name: string, found: XmlNode[] = []): XmlNode[] {
  if (typeof node !== 'object' || node === null) return found;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith('@') || key === '#text') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (key === name) found.push(typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item });
      else descendants(item, name, found);
    }
  }
  return found;
}

// ── writing ──────────────────────────────────────────────────────────────────────────────

/** Counts characters XML cannot hold that were left out while writing. */
export class XmlEscaper {
  dropped = 0;
  /** Text content: `&`, `<`, `>` escaped; characters XML cannot hold left out. */
  text(value: string): string {
    return this.#clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  /** An attribute value in double quotes: also `"`, and line breaks and tabs as character references, so they survive. */
  attribute(value: string): string {
    return this.text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  }
  #clean(value: string): string {
    return value.replace(NOT_XML_CHARACTER, () => {
      this.dropped++;
      return '';
    });
  }
}

/** `name a="…" b="…"` for a start tag; undefined values left out. */
export function attributes(escape: XmlEscaper, pairs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string {
  return pairs
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape.attribute(String(value))}"`)
    .join('');
}
