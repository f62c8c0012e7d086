import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type * as TS from 'typescript';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { cssTemplatesPlugin } from './src/dev/css-templates-plugin';
import { graphFilesPlugin } from './src/dev/graph-files-plugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** What an app that installs the package already has: the ES modules import them, never bundle them. */
const PACKAGE_DEPENDENCIES = ['lit', 'cytoscape', 'cytoscape-cola', 'd3-scale', 'd3-force'];
const isDependency = (id: string): boolean => PACKAGE_DEPENDENCIES.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * The package's `.d.ts` files (dist/types), written by the TypeScript compiler from
 * tsconfig.build.json after the ES modules are built. Why not `tsc` on the command line: it
 * copies import paths as the source writes them (`'./format'`), and a consumer whose
 * tsconfig says `"moduleResolution": "nodenext"` cannot follow a path without its extension,
 * so every type would silently become `any` there. This emit adds `.js` (or `/index.js`) to
 * relative paths; nothing else differs from `tsc -p tsconfig.build.json`. No plugin dependency.
 */
function declarations(): Plugin {
  return {
    name: 'kg-viewer:declarations',
    apply: 'build',
    async closeBundle() {
      const ts = (await import('typescript')).default;
      const configPath = here('tsconfig.build.json');
      const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => this.error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) });
      if (!config) throw new Error(`cannot read ${configPath}`);
      const program = ts.createProgram(config.fileNames, config.options);
      const withExtension = (from: string, specifier: string): string => {
        if (!specifier.startsWith('.') || /\.(js|json)$/.test(specifier)) return specifier;
        const target = resolve(dirname(from), specifier);
        if (existsSync(`${target}.ts`) || existsSync(`${target}.d.ts`)) return `${specifier}.js`;
        if (existsSync(resolve(target, 'index.ts'))) return `${specifier}/index.js`;
        return specifier;
      };
      const addExtensions: TS.TransformerFactory<TS.SourceFile | TS.Bundle> = (context) => (root) => {
        if (!ts.isSourceFile(root)) return root;
        const from = root.fileName;
        const literal = (node: TS.Expression) =>
          ts.isStringLiteral(node) ? context.factory.createStringLiteral(withExtension(from, node.text)) : node;
        const visit = (node: TS.Node): TS.Node => {
          if (ts.isImportDeclaration(node)) {
            return context.factory.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier), node.attributes);
          }
          if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
            return context.factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier), node.attributes);
          }
          if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
            const argument = context.factory.updateLiteralTypeNode(node.argument, literal(node.argument.literal) as TS.StringLiteral);
            return context.factory.updateImportTypeNode(node, argument, node.attributes, node.qualifier, node.typeArguments, node.isTypeOf);
          }
          return ts.visitEachChild(node, visit, context);
        };
        return ts.visitEachChild(root, visit, context);
      };
      const result = program.emit(undefined, undefined, undefined, true, { afterDeclarations: [addExtensions] });
      const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (problems.length > 0) this.error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => here('.'), getNewLine: () => '\n' }));
    },
  };
}

function buildFor(mode: string, isSsrBuild: boolean | undefined): UserConfig['build'] {
  if (mode === 'lib') {
    // `vite build --mode lib`: the embeddable element as one minified ES module, dependencies
    // included, so a page needs one script tag: dist/lib/kg-viewer.js.
    return {
      target: 'es2022',
      sourcemap: true,
      outDir: 'dist/lib',
      copyPublicDir: false,
      lib: { entry: here('src/bundle.ts'), formats: ['es'], fileName: () => 'kg-viewer.js' },
      // Whitespace and names too: Vite leaves them in ES libraries so that apps can tree-shake
      // them, but this file is loaded whole by a script tag.
      // The editor is a chunk loaded on demand (`editable`); letting the entry export what the
      // editor shares with it keeps the reader in one file (kg-viewer.js) beside that chunk.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    };
  }
  if (mode === 'esm') {
    // `vite build --mode esm`: the package's ES modules for apps (`import 'kg-viewer/define'`,
    // `import { KgViewer } from 'kg-viewer'`): Lit, Cytoscape and d3 stay imports, so an app
    // shares one copy of each; not minified (the app's bundler does that).
    return {
      target: 'es2022',
      // Readable as it is; no source maps in the package.
      sourcemap: false,
      minify: false,
      outDir: 'dist/esm',
      copyPublicDir: false,
      lib: { entry: { index: here('src/index.ts'), define: here('src/define.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { external: isDependency },
    };
  }
  return {
    target: 'es2022',
    sourcemap: true,
    // The CLI (an SSR build) needs none of the site's static files.
    copyPublicDir: !isSsrBuild,
    // The CLI ships in the package: minified, it is a third of its size (its source maps stay out of the tarball).
    ...(isSsrBuild ? { minify: true } : {}),
    // The site's pages: the full-page viewer at the top; the embed page, the guide and the editor under src/pages/.
    rolldownOptions: isSsrBuild
      ? {}
      : { input: { main: here('index.html'), embed: here('src/pages/embed.html'), guide: here('src/pages/guide.html'), editor: here('src/pages/editor.html') } },
  };
}

// One config for the site (vite), the library builds and the tests (vitest projects).
export default defineConfig(({ mode, isSsrBuild }) => ({
  // Relative base so the built site works from any folder or sub-path.
  base: './',
  // `npm start` only: data/*.json reload in open pages without a page reload, and the editor saves back into data/.
  // The site and the script-tag bundle: the elements' CSS minified (production builds only).
  // The esm build also writes the package's declarations; it stays readable as written.
  plugins: mode === 'esm' ? [declarations()] : [graphFilesPlugin(), cssTemplatesPlugin()],
  // The editor's chunk loads on demand; pre-bundle what only it imports, so the dev server does not
  // discover it mid-session and reload the page.
  optimizeDeps: { include: ['lit/directives/live.js'] },
  build: buildFor(mode, isSsrBuild),
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
