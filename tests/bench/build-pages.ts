/**
 * Builds the bench pages with Vite's JS API — a production build, exactly what a site would ship —
 * into a folder the static server then serves. When the viewer page cannot be built (the element
 * is mid-change), the baseline is built alone and the viewer reported unavailable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { cssTemplatesPlugin } from '../../src/dev/css-templates-plugin';
import type { PageName } from './figures';
import { benchPageHead } from './page-head';

export interface BuiltPages {
  readonly outDir: string;
  /** Pages that were built, with their HTML path relative to outDir. */
  readonly pages: { readonly [page in PageName]?: string };
  /** Why a requested page is missing. */
  readonly problems: { readonly [page in PageName]?: string };
}

/** HTML path of a page relative to the repository root (and so to the build's outDir). */
export const pageHtml = (page: PageName): string => `tests/bench/pages/${page}.html`;

export interface BuildOptions {
  /** false keeps function names readable in CPU profiles (--profile); sizes then mean little. */
  readonly minify?: boolean;
}

async function buildOnce(root: string, outDir: string, pages: readonly PageName[], options: BuildOptions): Promise<void> {
  await build({
    configFile: false,
    root,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    // The site's and the script-tag bundle's own build step (vite.config.ts): the elements' CSS minified.
    plugins: [benchPageHead(), cssTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
      sourcemap: false,
      minify: options.minify ?? true,
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, join(root, pageHtml(p))])) },
    },
    worker: { format: 'es' },
  });
}

/** Builds `pages` into `outDir` (emptied first). */
export async function buildPages(root: string, outDir: string, pages: readonly PageName[], options: BuildOptions = {}): Promise<BuiltPages> {
  const problems: { [page in PageName]?: string } = {};
  try {
    await buildOnce(root, outDir, pages, options);
  } catch (error) {
    if (!pages.includes('viewer') || pages.length === 1) throw error;
    problems.viewer = `build failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    const rest = pages.filter((p) => p !== 'viewer');
    await buildOnce(root, outDir, rest, options);
    pages = rest;
  }
  const built: { [page in PageName]?: string } = {};
  for (const page of pages) {
    if (existsSync(join(outDir, pageHtml(page)))) built[page] = pageHtml(page);
    else problems[page] ??= 'the build produced no HTML for it';
  }
  return { outDir, pages: built, problems };
}
