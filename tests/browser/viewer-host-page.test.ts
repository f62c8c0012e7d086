/**
 * Living in someone else's page: the element leaves the host document's head alone (Cytoscape
 * would prepend a <style> to it: src/render/cytoscape-in-shadow.ts), and it draws under a strict
 * Content Security Policy with Trusted Types without a single violation. The CSP page uses the
 * library build (`vite build --mode lib`), served as an embedding site would serve it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { serveFolder, type StaticServer } from '../bench/static-server';
import { generateGraph } from '../bench/generate-graph';
import { BUNDLED_GRAPH, newPage, useChromium, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
const browser = useChromium();

/** The policy README.md documents for embedding pages. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types kg-viewer lit-html";

const headHtml = (page: Page) => page.evaluate(() => document.head.outerHTML);

/** Selects the best-connected node, so the details panel (with its type swatch) is drawn. */
async function selectHub(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('kg-viewer') as any;
    const hub = el.cy.nodes().max((n: any) => n.degree(false)).ele;
    el.select(hub.id());
  });
  await waitForEvent(page, 'kg-select');
  await page.waitForTimeout(400);
}

describe('the host page', () => {
  it("leaves the host document's head byte-identical while drawing", async () => {
    const page = await newPage(browser.context);
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    const before = await headHtml(page);
    await page.evaluate((src) => {
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', src);
      document.body.append(el);
    }, BUNDLED_GRAPH);
    await waitForEvent(page, 'kg-ready');
    await selectHub(page);
    expect(await headHtml(page)).toBe(before);
    expect(await page.evaluate(() => document.getElementById('__________cytoscape_stylesheet'))).toBeNull();
    await page.close();
  });

  it('a Cytoscape container in the light DOM still gets the stylesheet (the check can fail)', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('tests/browser/pages/renderer.html', baseURL).href);
    await page.waitForFunction(() => window.rendererPage !== undefined, undefined, { timeout: 30_000 });
    expect(await headHtml(page)).toContain('__________cytoscape_stylesheet');
    await page.close();
  });
});

describe('under a strict Content Security Policy with Trusted Types', () => {
  let site: string;
  let server: StaticServer;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'kg-csp-site-'));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'lib',
      logLevel: 'warn',
      build: { outDir: site, emptyOutDir: true, sourcemap: false },
    });
    // A graph without positions above the quick layout's 300 nodes: the layout then starts its
    // Worker (smaller ones are laid out on the main thread before the first frame).
    const graph = generateGraph({ nodes: 400, edgesPerNode: 2.5, seed: 3 });
    writeFileSync(join(site, 'graph.json'), JSON.stringify(graph));
    // Nothing inline: the page's own script and style are files too, as the policy requires.
    writeFileSync(
      join(site, 'record.js'),
      `window.__violations = [];
       document.addEventListener('securitypolicyviolation', function (e) {
         window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
       });
       document.addEventListener('DOMContentLoaded', function () { window.__headAtLoad = document.head.outerHTML; });`,
    );
    writeFileSync(join(site, 'page.css'), 'body { margin: 0; } kg-viewer { height: 640px; }');
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>kg-viewer under a strict CSP</title>
    <script src="record.js"></script>
    <link rel="stylesheet" href="page.css" />
    <script type="module" src="kg-viewer.js"></script>
  </head>
  <body><kg-viewer src="graph.json"></kg-viewer></body>
</html>`,
    );
    server = await serveFolder(site, { 'content-security-policy': CSP });
  });

  afterAll(async () => {
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('draws, lays out in its Worker and shows details with zero violations', async () => {
    const page = await newPage(browser.context);
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    const workerScripts: number[] = [];
    page.on('response', (response) => {
      if (/force-worker[^/]*\.js$/.test(new URL(response.url()).pathname)) workerScripts.push(response.status());
    });
    const response = await page.goto(new URL('index.html', server.url).href);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await waitForEvent(page, 'kg-ready');
    await selectHub(page);
    const result = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      return {
        violations: (window as any).__violations,
        swatches: el.shadowRoot.querySelector('kg-details')?.shadowRoot.querySelectorAll('.swatch').length ?? 0,
        legendSwatches: el.shadowRoot.querySelector('kg-legend')?.shadowRoot.querySelectorAll('.swatch').length ?? 0,
        headKept: document.head.outerHTML === (window as any).__headAtLoad,
      };
    });
    expect(result.violations).toEqual([]);
    expect(messages.filter((m) => /Content Security Policy|Trusted Type|layout worker unavailable/i.test(m))).toEqual([]);
    // What used to break: the swatches' inline styles, Cytoscape's <style>, the Worker URL.
    expect(result.swatches).toBeGreaterThan(0);
    expect(result.legendSwatches).toBeGreaterThan(0);
    expect(result.headKept).toBe(true);
    expect(workerScripts).toEqual([200]);
    await page.close();
  });
});
