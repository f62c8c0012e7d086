import { describe, expect, it } from 'vitest';
import { isSameFile } from '../../../src/io/live-file';

describe('isSameFile', () => {
  const base = 'http://localhost:5173/src/pages/editor.html?src=x';
  it('matches a viewer’s src against the changed file’s URL path, on the same server only', () => {
    expect(isSameFile('/data/a.json', { path: '/data/a.json' }, base)).toBe(true);
    expect(isSameFile('http://localhost:5173/data/a.json?t=1', { path: '/data/a.json' }, base)).toBe(true);
    expect(isSameFile('../../data/a.json', { path: '/data/a.json' }, base)).toBe(true);
    expect(isSameFile('/data/my%20graph.json', { path: '/data/my graph.json' }, base)).toBe(true);
    expect(isSameFile('/data/b.json', { path: '/data/a.json' }, base)).toBe(false);
    expect(isSameFile('http://example.org/data/a.json', { path: '/data/a.json' }, base)).toBe(false);
    expect(isSameFile('http://[bad', { path: '/data/a.json' }, base)).toBe(false);
  });
});
