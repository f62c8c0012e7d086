/**
 * The production builds minify the CSS of every Lit `css` template (src/dev/css-templates-plugin.ts).
 * Here Chromium parses each template of src/ as written and as minified, and the two style sheets
 * must serialize to the same rules: what the browser understands is unchanged. A `${…}` value
 * followed by a unit (`(max-width: ${…}px)`) is a number and is filled with `1`; any other value
 * stands for declarations or rules and is left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cssTemplates } from '../../src/dev/css-templates-plugin';
import { minifyCssPieces } from '../../src/dev/minify-css';
import { launchChromium, type LaunchedBrowser } from './browser';

const root = join(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `css` template of src/: where it is, its pieces as written and minified. */
const templates = sourceFiles(join(root, 'src')).flatMap((file) => {
  const code = readFileSync(file, 'utf8');
  if (!code.includes('css`')) return [];
  return cssTemplates(code, file).map((parts, index) => {
    const pieces = parts.map((part) => part.cooked ?? '');
    return { name: `${relative(root, file)} #${index + 1}`, pieces, minified: minifyCssPieces(pieces) };
  });
});

/** A template's text with its values filled in: `1` before a unit, nothing elsewhere. */
const withValues = (pieces: readonly string[]): string =>
  pieces.reduce((text, piece, index) => (index === 0 ? piece : text + (/^[a-z%]/i.test(piece) ? '1' : '') + piece), '');

let browser: LaunchedBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser.close();
});

/** The rules Chromium reads from `text`, as it serializes them. */
const rulesOf = (text: string): Promise<string[]> =>
  page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return [...sheet.cssRules].map((rule) => rule.cssText);
  }, text);

describe('minified CSS means the same to Chromium', () => {
  it('finds the templates of the elements (the walk can fail)', () => {
    expect(templates.length).toBeGreaterThanOrEqual(20);
    expect(templates.some((t) => t.name.startsWith('src/components/kg-viewer/kg-viewer.styles.ts') && t.pieces.length > 1)).toBe(true);
  });

  it('tells apart CSS that a lost space changes (the comparison can fail)', async () => {
    expect(await rulesOf(':host :focus-visible { color: red }')).not.toEqual(await rulesOf(':host:focus-visible{color:red}'));
    expect(await rulesOf('.a .b { color: red }')).toEqual(await rulesOf('.a .b{color:red}'));
  });

  it.each(templates.map((t) => [t.name, t]))('%s', async (_name, template) => {
    const original = withValues(template.pieces);
    const minified = withValues(template.minified);
    expect(minified.length).toBeLessThan(original.length);
    const rules = await rulesOf(original);
    expect(rules.length).toBeGreaterThan(0);
    expect(await rulesOf(minified)).toEqual(rules);
  });
});
