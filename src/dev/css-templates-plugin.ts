/**
 * Vite plugin for the production builds of the site and the script-tag bundle: the CSS text of
 * Lit `css` templates minified (minify-css.ts). Vite's minifier leaves template text alone, and
 * the elements' styles are part of what a reader's page loads first. The dev server and the tests
 * run on the source as written; so does the package's ES-module build, which stays readable.
 *
 * Templates are found with the bundler's own parser (Vite's `parseAst`), so `${…}` values, nested
 * templates and escapes are read as the compiler reads them. A template with an invalid escape,
 * or one the minifier cannot read, is left as it is.
 */
import { parseAst, type Plugin } from 'vite';
import { minifyCssPieces, templateSource, UnminifiableCss } from './minify-css';

/** One replacement in a source file: [start, end) becomes `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A text part of a template: where its source text is, and its cooked text (null after an invalid escape). */
export interface TemplatePart {
  readonly start: number;
  readonly end: number;
  readonly cooked: string | null;
}

/** The ESTree nodes read here. */
interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}
interface TemplateElement extends Node {
  readonly value: { readonly raw: string; readonly cooked: string | null };
}
interface TaggedTemplate extends Node {
  readonly tag: Node & { readonly name?: string };
  readonly quasi: { readonly quasis: readonly TemplateElement[] };
}

function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value !== null && typeof value === 'object') {
    if (typeof (value as Node).type === 'string') visit(value as Node);
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') walk(child, visit);
  }
}

/**
 * Where a template element's text is in `code`: the parser's span may or may not include the
 * delimiters (`` ` ``, `}`), so the text is looked for at both places. Undefined when it is at
 * neither (e.g. a file with CRLF line ends, whose raw text the parser normalizes).
 */
function partOf(code: string, element: TemplateElement): TemplatePart | undefined {
  const { raw, cooked } = element.value;
  for (const start of [element.start + 1, element.start]) {
    if (code.startsWith(raw, start)) return { start, end: start + raw.length, cooked };
  }
  return undefined;
}

/** The text parts of every `css` tagged template of a TypeScript source, nested ones included. */
export function cssTemplates(code: string, fileName = 'source.ts'): (readonly TemplatePart[])[] {
  const found: (readonly TemplatePart[])[] = [];
  walk(parseAst(code, { lang: 'ts' }, fileName), (node) => {
    const tagged = node as TaggedTemplate;
    if (node.type !== 'TaggedTemplateExpression' || tagged.tag.type !== 'Identifier' || tagged.tag.name !== 'css') return;
    const parts = tagged.quasi.quasis.map((element) => partOf(code, element));
    if (parts.every((part): part is TemplatePart => part !== undefined)) found.push(parts);
  });
  return found;
}

const countLines = (text: string): number => text.split('\n').length - 1;

/**
 * `code` with the text of every `css` tagged template minified, or undefined when nothing
 * changed. Newlines a template loses are put back after its closing backtick, so every line of
 * code keeps its number (the source maps stay right without a map of this step).
 */
export function minifyCssTemplates(code: string, fileName?: string): string | undefined {
  const edits: Edit[] = [];
  for (const parts of cssTemplates(code, fileName)) {
    const cooked = parts.map((part) => part.cooked);
    if (!cooked.every((text): text is string => text !== null)) continue;
    let minified: string[];
    try {
      minified = minifyCssPieces(cooked);
    } catch (error) {
      if (error instanceof UnminifiableCss) continue;
      throw error;
    }
    const templateEdits = parts.map((part, i) => ({ start: part.start, end: part.end, text: templateSource(minified[i] as string) }));
    const lostLines = templateEdits.reduce((n, edit) => n + countLines(code.slice(edit.start, edit.end)) - countLines(edit.text), 0);
    const afterClosing = (templateEdits[templateEdits.length - 1] as Edit).end + 1;
    // After the closing backtick: newlines between tokens there never change the parse.
    edits.push(...templateEdits, { start: afterClosing, end: afterClosing, text: '\n'.repeat(Math.max(0, lostLines)) });
  }
  if (edits.every((edit) => edit.text === code.slice(edit.start, edit.end))) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The plugin: production builds only (`apply: 'build'`), TypeScript sources that use `css`. */
export function cssTemplatesPlugin(): Plugin {
  return {
    name: 'kg-viewer:minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      // Filtered before any JavaScript runs: the bundler calls the handler only for these modules.
      filter: { id: { include: /\.ts$/, exclude: /\/node_modules\// }, code: 'css`' },
      handler(code, id) {
        const minified = minifyCssTemplates(code, id);
        return minified === undefined ? null : { code: minified, map: null };
      },
    },
  };
}
