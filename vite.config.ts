import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// One config for the site (vite), the library build and the tests (vitest projects).
export default defineConfig(({ mode, isSsrBuild }) => ({
  // Relative base so the built site works from any folder or sub-path.
  base: './',
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
        }
      : {
          target: 'es2022',
          sourcemap: true,
          // The CLI (an SSR build) needs none of the site's static files.
          copyPublicDir: !isSsrBuild,
          // The site's pages: the full-page viewer at the top, the embed page and the guide under src/pages/.
          rolldownOptions: isSsrBuild
            ? {}
            : { input: { main: here('index.html'), embed: here('src/pages/embed.html'), guide: here('src/pages/guide.html') } },
        },
  worker: {
    format: 'es',
  },
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
