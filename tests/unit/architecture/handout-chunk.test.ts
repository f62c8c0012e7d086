/**
 * The handout code (SVG writer, PNG painter, print template) is a chunk of its own that the
 * element imports dynamically: a reader who never saves or prints does not load it. This follows
 * the static imports from the package's entries and checks that none reaches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return undefined;
}

/** Every source file reachable from `entry` through static (value) imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
      const target = specifier ? resolveModule(file, specifier) : undefined;
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((f) => relative(root, f).split('\\').join('/')));
}

describe('the handout chunk', () => {
  const handout = (file: string) => file.startsWith('src/view/handout/') || file.startsWith('src/components/kg-viewer/handout/');

  it.each(['src/define.ts', 'src/index.ts', 'src/main.ts'])('is not statically imported from %s', (entry) => {
    const reachable = staticClosure(entry);
    expect(reachable.has('src/components/kg-viewer/kg-viewer.ts')).toBe(true);
    expect([...reachable].filter(handout)).toEqual([]);
  });

  it('is loaded with a dynamic import by the handout controller', () => {
    const controller = readFileSync(resolve(root, 'src/components/kg-viewer/handout-controller.ts'), 'utf8');
    expect(controller).toMatch(/import\('\.\/handout\/handout'\)/);
    // The closure walk itself sees through ordinary imports (so the check above can fail).
    expect(staticClosure('src/components/kg-viewer/handout/handout.ts').has('src/view/handout/handout-svg.ts')).toBe(true);
  });
});
