import { describe, expect, it } from 'vitest';
import { harnessFiles, lazyClosure, type Manifest } from '../../bench/bundle-size';

const manifest: Manifest = {
  'pages/viewer.html': { file: 'assets/viewer.js', imports: ['_harness.js'], dynamicImports: ['src/define.ts'] },
  '_harness.js': { file: 'assets/harness.js' },
  'src/define.ts': { file: 'assets/define.js', imports: ['_lit.js', '_cytoscape.js'], dynamicImports: ['src/lazy.ts'] },
  '_lit.js': { file: 'assets/lit.js' },
  '_cytoscape.js': { file: 'assets/cytoscape.js', imports: ['_lit.js'] },
  'src/lazy.ts': { file: 'assets/lazy.js' },
};
const texts: { [file: string]: string } = {
  'assets/viewer.js': 'import "./harness.js"; import("./define.js")',
  'assets/harness.js': '',
  'assets/define.js': 'new Worker(new URL("layout.worker-abc.js", import.meta.url))',
  'assets/lit.js': '',
  'assets/cytoscape.js': '',
  'assets/lazy.js': '',
  'assets/layout.worker-abc.js': 'importScripts("solver-x.js")',
  'assets/solver-x.js': '',
  'assets/unrelated.js': '',
};

describe('lazyClosure', () => {
  it('follows dynamic imports, their imports and files named in their text, but not the page harness', () => {
    const files = lazyClosure(manifest, 'pages/viewer.html', Object.keys(texts), (f) => texts[f] ?? '');
    expect(files).toEqual([
      'assets/cytoscape.js',
      'assets/define.js',
      'assets/layout.worker-abc.js',
      'assets/lazy.js',
      'assets/lit.js',
      'assets/solver-x.js',
    ]);
  });

  it('is empty for a page without dynamic imports and refuses an unknown entry', () => {
    expect(lazyClosure({ 'p.html': { file: 'p.js' } }, 'p.html', ['p.js'], () => '')).toEqual([]);
    expect(() => lazyClosure(manifest, 'nope.html', [], () => '')).toThrow(/no entry/);
  });
});

describe('harnessFiles', () => {
  it('is the page entry and its static imports, not what it loads lazily', () => {
    expect(harnessFiles(manifest, 'pages/viewer.html')).toEqual(['assets/harness.js', 'assets/viewer.js']);
    expect(() => harnessFiles(manifest, 'nope.html')).toThrow(/no entry/);
  });
});
