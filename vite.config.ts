import { defineConfig } from 'vitest/config';
import { graphFilesPlugin } from './src/dev/graph-files-plugin';

// One config for the site (vite), the library build and the tests (vitest projects).
export default defineConfig(({ mode, isSsrBuild }) => ({
  // Relative base so the built site works from any folder or sub-path.
  base: './',
  // `npm start` only: data/*.json reload in open pages without a page reload, and the editor saves back into data/.
  plugins: [graphFilesPlugin()],
  // The editor's chunk loads on demand; pre-bundle what only it imports, so the dev server does not
  // discover it mid-session and reload the page.
  optimizeDeps: { include: ['lit/directives/live.js'] },
  build:
    mode === 'lib'
      ? {
          // `vite build --mode lib`: the embeddable element as one ES module, dependencies
          // included, so a page needs one script tag: dist/lib/kg-viewer.js.
          target: 'es2022',
          sourcemap: true,
          outDir: 'dist/lib',
          copyPublicDir: false,
          lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'kg-viewer.js' },
          // The editor is a chunk loaded on demand (`editable`); letting the entry export what the
          // editor shares with it keeps the reader in one file (kg-viewer.js) beside that chunk.
          rolldownOptions: { preserveEntrySignatures: 'allow-extension' },
        }
      : {
          target: 'es2022',
          sourcemap: true,
          // The CLI (an SSR build) needs none of the site's static files.
          copyPublicDir: !isSsrBuild,
          // The site: the viewer page and the editor page (src/pages/editor.html).
          ...(isSsrBuild ? {} : { rolldownOptions: { input: { main: 'index.html', editor: 'src/pages/editor.html' } } }),
        },
  worker: {
    format: 'es',
  },
  // The CLI (an SSR build) bundles its dependencies (papaparse, fast-xml-parser), so
  // dist/cli/kg-graph.js runs under plain node wherever it is copied.
  ...(isSsrBuild ? { ssr: { noExternal: true } } : {}),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Real Chromium on a 2-core machine: one file at a time keeps timings sane.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
