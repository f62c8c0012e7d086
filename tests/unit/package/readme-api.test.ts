/**
 * The README's `<kg-viewer>` API table and custom-elements.json (generated from the element's
 * JSDoc by @custom-elements-manifest/analyzer, as `npm run manifest` does) name the same
 * attributes, properties, methods, events, slots, CSS parts and CSS properties, so the two
 * cannot drift apart. The manifest is generated into a temporary folder (it stays out of git).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: Member[];
  events?: { name?: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

type Api = Map<string, Set<string>>;

/** What the manifest says <kg-viewer> offers, by the README's kinds. */
function manifestApi(viewer: Declaration): Api {
  const publicMembers = (viewer.members ?? []).filter((m) => !m.privacy && !m.name.startsWith('#'));
  return new Map([
    ['attribute', new Set((viewer.attributes ?? []).map((a) => a.name))],
    ['property', new Set(publicMembers.filter((m) => m.kind === 'field' && !m.static && !m.attribute).map((m) => m.name))],
    ['static property', new Set(publicMembers.filter((m) => m.kind === 'field' && m.static).map((m) => m.name))],
    ['method', new Set(publicMembers.filter((m) => m.kind === 'method' && !m.static).map((m) => m.name))],
    ['event', new Set((viewer.events ?? []).flatMap((e) => (e.name ? [e.name] : [])))],
    ['slot', new Set((viewer.slots ?? []).map((s) => s.name))],
    ['CSS part', new Set((viewer.cssParts ?? []).map((p) => p.name))],
    ['CSS property', new Set((viewer.cssProperties ?? []).map((p) => p.name))],
  ]);
}

/**
 * The README's API table, by kind: every `code` name in the name column (a call's arguments
 * dropped; a range `--x-0` … `--x-9` stands for every number in it).
 */
function readmeApi(readme: string): Api {
  const start = readme.indexOf('### `<kg-viewer>` API');
  if (start < 0) throw new Error('README has no "### `<kg-viewer>` API" section');
  const rows = readme.slice(start).split('\n').slice(1);
  const api: Api = new Map();
  let inTable = false;
  for (const row of rows) {
    if (!row.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = row.split(/(?<!\\)\|/).map((c) => c.trim());
    const [kind, names] = [cells[1] ?? '', cells[2] ?? ''];
    if (kind === 'kind' || /^-+$/.test(kind)) continue;
    const set = api.get(kind) ?? new Set<string>();
    const codes = [...names.matchAll(/`([^`]+)`/g)].map((m) => (m[1] as string).replace(/\(.*$/, ''));
    for (const name of codes) set.add(name);
    for (const m of names.matchAll(/`([^`]*?)(\d+)` … `\1(\d+)`/g)) {
      for (let i = Number(m[2]); i <= Number(m[3]); i++) set.add(`${m[1]}${i}`);
    }
    api.set(kind, set);
  }
  return api;
}

describe('README API table ↔ custom-elements.json', () => {
  let outDir = '';
  let viewer: Declaration | undefined;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'kg-cem-'));
    // The analyzer joins --outdir to the working directory: pass it relative.
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outDir), '--quiet'],
      { cwd: root, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`the analyzer failed: ${run.stderr}`);
    const manifest = JSON.parse(readFileSync(join(outDir, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    viewer = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kg-viewer');
  }, 60_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('finds <kg-viewer> in the manifest, with its tag name', () => {
    expect(viewer?.tagName).toBe('kg-viewer');
  });

  it('lists in the README exactly what the manifest declares, kind by kind', () => {
    const fromManifest = manifestApi(viewer as Declaration);
    const fromReadme = readmeApi(readFileSync(join(root, 'README.md'), 'utf8'));
    const sorted = (api: Api) => Object.fromEntries([...api].filter(([, names]) => names.size > 0).map(([kind, names]) => [kind, [...names].sort()]));
    expect(sorted(fromReadme)).toEqual(sorted(fromManifest));
  });
});

describe('readmeApi(readme)', () => {
  it('reads names, drops arguments and expands numbered ranges', () => {
    const api = readmeApi(
      ['### `<kg-viewer>` API', '', '| kind | name | meaning |', '| --- | --- | --- |', '| method | `select(id \\| null)`, `fit()` | x |', '| CSS property | `--p-0` … `--p-2` | y |', '', '| kind | name |', '| other | `no` |'].join('\n'),
    );
    expect([...(api.get('method') ?? [])]).toEqual(['select', 'fit']);
    expect([...(api.get('CSS property') ?? [])].sort()).toEqual(['--p-0', '--p-1', '--p-2']);
    expect(api.has('other')).toBe(false);
  });
});
