/**
 * The project stands alone: nothing in src/, tests/ or the build configuration reads a path
 * outside the repository, so a clone with nothing beside it passes `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideReferences } from './outside-paths';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TEXT_FILE = /\.(ts|js|mjs|cjs|json|html|md|txt)$/;
const ROOT_FILES = ['package.json', 'vite.config.ts', 'eslint.config.js', 'tsconfig.json', 'index.html', '.ci/run'];

// The scanner and this test quote the very patterns they look for, so they are left out.
const SELF = resolve(root, 'tests/unit/repo');

function filesUnder(folder: string): string[] {
  return readdirSync(resolve(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name) && entry.parentPath !== SELF)
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the repository stands alone', () => {
  const files = [...filesUnder('src'), ...filesUnder('tests'), ...ROOT_FILES.map((f) => resolve(root, f))];

  it('scans the sources, the tests and the build configuration', () => {
    const names = files.map((file) => relative(root, file));
    expect(names).toContain('tests/unit/data/bundled-graph.test.ts');
    expect(names).toContain('src/main.ts');
    expect(names).toContain('vite.config.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('no file there references a path outside the repository', () => {
    const found = files.flatMap((file) =>
      outsideReferences(root, file, readFileSync(file, 'utf8')).map((r) => `${relative(root, file)}:${r.line}: ${r.why}: ${r.text}`),
    );
    expect(found).toEqual([]);
  });
});

describe('outsideReferences', () => {
  const file = resolve(root, 'tests/unit/data/example.test.ts');
  const whys = (text: string): string[] => outsideReferences(root, file, text).map((r) => r.why);

  it('finds the reference that once made the bundled-graph test need a folder beside the clone', () => {
    // The samples are put together here so that this file itself names no folder outside the
    // repository (a scan of the tree, this test's own included, must not find one).
    const beside = ['..', 'shared'].join('/');
    expect(whys(`const articlePath = resolve(repoRoot, '${beside}/sources/russia-iran-ai-blockchain.ar.txt');`)).toHaveLength(1);
    expect(whys("join(repoRoot, '..', 'shared', 'sources')")).toHaveLength(1);
    expect(whys(`readFileSync('/${['work', 'shared'].join('/')}/docs/graph-format.md')`)).toHaveLength(2);
  });

  it('finds relative paths and runs of .. that climb above the root from the file', () => {
    expect(whys("import x from '../../../../outside/x';")).toEqual(['"../../../../outside/x" climbs out of the repository']);
    expect(whys("new URL('../../../../x.json', import.meta.url)")).toHaveLength(1);
    expect(whys("resolve(here, '..', '..', '..', '..')")).toEqual(["4 × '..' climbs out of the repository"]);
    expect(whys('see [the format](../../../../docs/graph-format.md)')).toHaveLength(1);
  });

  it('lets paths that stay inside pass', () => {
    expect(whys("import { x } from '../../../src/format/types';")).toEqual([]);
    expect(whys("resolve(here, '..', '..', '..')")).toEqual([]);
    expect(whys("resolve(repoRoot, 'data/sources/russia-iran-ai-blockchain.ar.txt')")).toEqual([]);
    expect(whys("import { sharedStyles } from '../shared.styles';")).toEqual([]);
    expect(whys("const SHOTS = join(tmpdir(), 'kg-viewer-shots');")).toEqual([]);
  });
});
