/**
 * gzip size of what a page loads beyond its own harness, two ways: every file the page could load
 * (for the viewer everything src/define.ts pulls in, lazy chunks and workers included; for a peer
 * its libraries), read from Vite's build manifest plus references between the emitted files; and
 * the files the page really fetched before it settled (its first load).
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

/** The page's own harness: its entry chunk and everything that chunk imports statically. */
export function harnessFiles(manifest: Manifest, entryKey: string): string[] {
  const entry = manifest[entryKey];
  if (entry === undefined) throw new Error(`the manifest has no entry ${entryKey}`);
  const files = new Set<string>([entry.file]);
  const keys = [...(entry.imports ?? [])];
  const seen = new Set<string>();
  while (keys.length > 0) {
    const key = keys.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) continue;
    files.add(chunk.file);
    keys.push(...(chunk.imports ?? []));
  }
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

function readManifest(outDir: string): Manifest | undefined {
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  return existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
}

/** gzip (level 9, what a server would send) and raw sizes of some built files. */
function sizeOf(outDir: string, files: readonly string[]): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw };
}

/** Everything one built page could load beyond its harness. */
export function measureBundle(outDir: string, pageHtmlPath: string): BundleSize {
  const manifest = readManifest(outDir);
  if (manifest === undefined) return { gzipBytes: { outcome: 'failed', reason: 'no build manifest' }, files: [] };
  const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');
  const files = lazyClosure(manifest, pageHtmlPath, listJs(outDir), read);
  if (files.length === 0) return { gzipBytes: { outcome: 'unavailable', reason: 'the page loads no library' }, files };
  const { gzip, raw } = sizeOf(outDir, files);
  return { gzipBytes: { value: gzip }, rawBytes: raw, files };
}

/** What a page fetched before it settled (`fetched`, paths in outDir), less its harness. */
export function measureFirstLoad(outDir: string, pageHtmlPath: string, fetched: readonly string[]): BundleSize {
  const manifest = readManifest(outDir);
  if (manifest === undefined) return { gzipBytes: { outcome: 'failed', reason: 'no build manifest' }, files: [] };
  const harness = new Set(harnessFiles(manifest, pageHtmlPath));
  const files = [...new Set(fetched)].filter((f) => !harness.has(f) && existsSync(join(outDir, f))).sort();
  if (files.length === 0) return { gzipBytes: { outcome: 'unavailable', reason: 'the page fetched no library before settling' }, files };
  const { gzip, raw } = sizeOf(outDir, files);
  return { gzipBytes: { value: gzip }, rawBytes: raw, files };
}
