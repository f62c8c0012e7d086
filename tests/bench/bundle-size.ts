/**
 * gzip size of what a page loads lazily beyond its own harness: for the viewer page, everything
 * src/define.ts pulls in (the element's bundle, workers included); for the baseline, Cytoscape and
 * cytoscape-cola. Read from Vite's build manifest plus references between the emitted files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleSize } from './report';

/** The part of a Vite manifest entry used here. */
export interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}
export type Manifest = { readonly [key: string]: ManifestChunk };

/**
 * Files reachable from the dynamic imports of `entryKey`: their static and dynamic imports, and
 * any emitted JS file whose name appears in a reachable file's text (a Worker URL, say).
 * `emitted` lists every JS file of the build, `readText` reads one.
 */
export function lazyClosure(manifest: Manifest, entryKey: string, emitted: readonly string[], readText: (file: string) => string): string[] {
  const entry = manifest[entryKey];
  if (entry === undefined) throw new Error(`the manifest has no entry ${entryKey}`);
  const files = new Set<string>();
  const keys = [...(entry.dynamicImports ?? [])];
  const seenKeys = new Set<string>();
  while (keys.length > 0) {
    const key = keys.pop() as string;
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) continue;
    files.add(chunk.file);
    keys.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  const queue = [...files];
  while (queue.length > 0) {
    const text = readText(queue.pop() as string);
    for (const other of emitted) {
      const name = other.slice(other.lastIndexOf('/') + 1);
      if (!files.has(other) && text.includes(name)) {
        files.add(other);
        queue.push(other);
      }
    }
  }
  files.delete(entry.file);
  return [...files].sort();
}

function listJs(folder: string, base = folder): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listJs(path, base));
    else if (/\.m?js$/.test(entry.name)) out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

/** gzip (level 9, what a server would send) of the lazy bundle of one built page. */
export function measureBundle(outDir: string, pageHtmlPath: string): BundleSize {
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return { gzipBytes: { outcome: 'failed', reason: 'no build manifest' }, files: [] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');
  const files = lazyClosure(manifest, pageHtmlPath, listJs(outDir), read);
  if (files.length === 0) return { gzipBytes: { outcome: 'unavailable', reason: 'the page loads no library' }, files };
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzipBytes: { value: gzip }, rawBytes: raw, files };
}
