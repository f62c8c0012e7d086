/**
 * The package as a developer gets it: built, packed with `npm pack`, unpacked into a fresh
 * folder's node_modules beside (symlinks to) this project's installed dependencies — no
 * network — then resolved and imported by Node through its `exports`, and type-checked by
 * `tsc` from a tiny consumer under both `bundler` and `nodenext` module resolution.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
/**
 * The packed size we keep under, to catch what should not ship (the list above guards tests,
 * sources and maps by name). 774 kB measured on 2026-12-01 with the script-tag bundle and its lazy
 * chunks (renderer, cola, editor, handout), the ES modules, their types, the minified CLI and the
 * manifest; the editor's import, export and merge and the readers' label placement grew it from
 * 721 kB the same day. It was 2.6 MB with the tests in it before the package was made.
 */
const MAX_TARBALL_BYTES = 820_000;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let work = '';
let consumer = '';
let pack: PackResult;

/** The environment of a shell, not of this test run: Vitest's NODE_ENV=test would make a development build. */
const SHELL_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
  npm_config_update_notifier: 'false',
};

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: SHELL_ENV });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kg-pack-'));
  run('npm', ['run', 'build', '--silent'], root);
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  pack = (JSON.parse(packed.stdout) as PackResult[])[0] as PackResult;

  // A fresh project: the tarball unpacked as node_modules/kg-viewer, and every other package
  // this project has installed linked beside it (Lit, Cytoscape, d3, TypeScript).
  consumer = join(work, 'consumer');
  const modules = join(consumer, 'node_modules');
  mkdirSync(modules, { recursive: true });
  run('tar', ['-xzf', join(work, pack.filename), '-C', work], work);
  renameSync(join(work, 'package'), join(modules, 'kg-viewer'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'kg-viewer' && name !== '.package-lock.json') symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds the built package only: no tests, no sources, no source maps', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => /^(tests|src|data|public|node_modules)\//.test(p) || p.endsWith('.map'))).toEqual([]);
    for (const expected of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/esm/index.js', 'dist/esm/define.js', 'dist/types/index.d.ts', 'dist/types/define.d.ts', 'dist/lib/kg-viewer.js', 'dist/schema/kg-graph-v1.schema.json', 'dist/custom-elements.json', 'dist/cli/kg-graph.js']) {
      expect(paths).toContain(expected);
    }
  });

  it('carries production builds: the script-tag bundle is minified and without Lit’s development mode', () => {
    const lib = join(consumer, 'node_modules/kg-viewer/dist/lib');
    const scripts = readdirSync(lib).filter((name) => name.endsWith('.js'));
    expect(scripts).toContain('kg-viewer.js');
    for (const name of scripts) {
      const bundle = readFileSync(join(lib, name), 'utf8');
      expect(bundle, name).not.toContain('Lit is in dev mode');
      // Minified: no indented declarations (the lines left are HTML, CSS and shaders inside template strings).
      const statements = bundle.split('\n').filter((line) => /^\s+((const|let|var)\s+[\w$]+\s*=|function\s)/.test(line));
      expect(statements.length, name).toBeLessThan(5);
    }
  });

  it(`is reasonably small (under ${MAX_TARBALL_BYTES / 1000} kB packed)`, () => {
    console.log(`kg-viewer tarball: ${(pack.size / 1000).toFixed(1)} kB packed, ${(pack.unpackedSize / 1000).toFixed(1)} kB unpacked, ${pack.files.length} files`);
    expect(pack.size).toBeLessThan(MAX_TARBALL_BYTES);
  });
});

describe('a fresh project that installed it', () => {
  it('resolves every export of the package to its built files', () => {
    const script = `for (const s of ['kg-viewer', 'kg-viewer/define', 'kg-viewer/schema.json', 'kg-viewer/kg-viewer.js', 'kg-viewer/custom-elements.json']) console.log(s + ' ' + import.meta.resolve(s));`;
    const lines = run(process.execPath, ['--input-type=module', '-e', script], consumer).stdout.trim().split('\n');
    const resolved = Object.fromEntries(lines.map((l) => l.split(' ') as [string, string]));
    const inPackage = (path: string) => new URL(`node_modules/kg-viewer/${path}`, `file://${consumer}/`).href;
    expect(resolved).toEqual({
      'kg-viewer': inPackage('dist/esm/index.js'),
      'kg-viewer/define': inPackage('dist/esm/define.js'),
      'kg-viewer/schema.json': inPackage('dist/schema/kg-graph-v1.schema.json'),
      'kg-viewer/kg-viewer.js': inPackage('dist/lib/kg-viewer.js'),
      'kg-viewer/custom-elements.json': inPackage('dist/custom-elements.json'),
    });
  });

  it('imports in Node: the class and the loader, Lit and Cytoscape coming from the project, not the package', () => {
    const script = [
      "const m = await import('kg-viewer');",
      "const r = m.loadGraphText('{\"format\": \"kg-graph\"}');",
      "console.log(JSON.stringify({ exports: Object.keys(m).sort(), viewer: typeof m.KgViewer, methods: ['select', 'search', 'fit', 'loadText', 'share'].filter((k) => typeof m.KgViewer.prototype[k] === 'function'), ok: r.ok, problems: r.problems.length > 0 }));",
    ].join('\n');
    const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], consumer).stdout) as Record<string, unknown>;
    expect(out).toEqual({
      exports: ['DEFAULT_LIMITS', 'KgDrawEvent', 'KgEditEvent', 'KgEditRequestEvent', 'KgErrorEvent', 'KgReadyEvent', 'KgSelectEvent', 'KgTourStepEvent', 'KgViewer', 'KnowledgeGraph', 'THEMES', 'formatProblem', 'loadGraphBytes', 'loadGraphText', 'registerGraphFileFormat', 'serializeGraph', 'validateGraph'],
      viewer: 'function',
      methods: ['select', 'search', 'fit', 'loadText', 'share'],
      ok: false,
      problems: true,
    });
  });

  const CONSUMER = `import { KgViewer, loadGraphText, type KgSelectDetail } from 'kg-viewer';
import 'kg-viewer/define';

const viewer = document.createElement('kg-viewer');
const typed: KgViewer = viewer;
typed.node = 'iran';
typed.controls = 'search legend';
typed.loadText('{}', 'story.json');
viewer.addEventListener('kg-select', (event) => {
  const detail: KgSelectDetail = event.detail;
  console.log(detail.id);
});
const result = loadGraphText('{}');
if (result.ok) console.log(result.graph.nodes.length);
// @ts-expect-error no such method: the types are the element's, not \`any\`
typed.noSuchMethod();
// @ts-expect-error wheel is 'page' | 'zoom'
typed.wheel = 'sideways';
`;

  for (const resolution of ['bundler', 'nodenext'] as const) {
    it(`type-checks a consumer with "moduleResolution": "${resolution}"`, () => {
      writeFileSync(join(consumer, 'consumer.ts'), CONSUMER);
      const config = {
        compilerOptions: {
          target: 'ES2022',
          module: resolution === 'bundler' ? 'ESNext' : 'NodeNext',
          moduleResolution: resolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts'],
      };
      writeFileSync(join(consumer, `tsconfig.${resolution}.json`), JSON.stringify(config));
      const tsc = spawnSync(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], { cwd: consumer, encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    }, 60_000);
  }
});
