/**
 * The dev server's "save into data/" endpoint, as a function of a request: the Vite plugin
 * (graph-files-plugin.ts) adapts Node's request to it, tests call it directly. It answers only
 * requests from this machine to a localhost name (a page on another site, or DNS rebinding, is
 * refused), writes only `.json` files that already live under `data/` or are new files in a
 * folder of it (no `..`, no absolute path, no symlink out), validates the text with the loader
 * first (a file with errors is refused with its problems), and replaces the file atomically.
 */
import { lstat, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadGraphText } from '../format/load';
import type { Problem } from '../format/problem';

/** Mirrored by DEV_SAVE_ENDPOINT in src/io/save-graph.ts (the browser side). */
export const SAVE_ENDPOINT = '/__kg/save';
/** The largest body accepted: the loader's text limit is 20 M characters, at most 3 bytes each. */
export const MAX_SAVE_BYTES = 60 * 1024 * 1024;

export interface SaveRequest {
  readonly method: string;
  /** Path and query, e.g. `/__kg/save?file=data%2Fx.json`. */
  readonly url: string;
  readonly remoteAddress: string | undefined;
  readonly headers: { readonly host?: string | undefined; readonly origin?: string | undefined; readonly 'content-length'?: string | undefined };
  /** Reads the body as UTF-8, refusing more than `limit` bytes (then resolves undefined). */
  readBody(limit: number): Promise<string | undefined>;
}

export interface SaveResponse {
  readonly status: number;
  readonly body: { readonly ok: boolean; readonly error?: string; readonly file?: string; readonly bytes?: number; readonly problems?: readonly Problem[] };
}

export interface SaveOptions {
  /** The project folder; `data/` is inside it. */
  readonly root: string;
  /** Folder under the root that saves may write into. Default `data`. */
  readonly dataDir?: string;
}

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a socket address is this machine (IPv4 loopback, IPv6 loopback, IPv4-mapped loopback). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The hostname of a Host header (`localhost:5173` → `localhost`, `[::1]:5173` → `[::1]`). */
function hostnameOf(host: string): string {
  const bracket = host.match(/^(\[[^\]]*\])(?::\d+)?$/);
  if (bracket) return (bracket[1] as string).toLowerCase();
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** A project-relative path inside `dataDir` that names a .json file, or why not. */
export function checkSavePath(file: string | null, dataDir = 'data'): { ok: true; path: string } | { ok: false; error: string } {
  if (file === null || file === '') return { ok: false, error: 'no file given' };
  if (file.includes('\0') || file.includes('\\')) return { ok: false, error: 'the file name has a forbidden character' };
  if (isAbsolute(file) || /^[a-zA-Z]:/.test(file)) return { ok: false, error: 'absolute paths are refused' };
  const parts = file.split('/');
  if (parts.some((part) => part === '..' || part === '.' || part === '')) return { ok: false, error: 'the path must not contain "..", "." or empty parts' };
  if (parts[0] !== dataDir || parts.length < 2) return { ok: false, error: `only files inside ${dataDir}/ can be saved` };
  if (!file.toLowerCase().endsWith('.json')) return { ok: false, error: 'only .json files can be saved' };
  return { ok: true, path: file };
}

function within(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

export async function handleSave(request: SaveRequest, options: SaveOptions): Promise<SaveResponse> {
  const fail = (status: number, error: string, extra: Partial<SaveResponse['body']> = {}): SaveResponse => ({ status, body: { ok: false, error, ...extra } });
  if (request.method !== 'POST') return fail(405, 'use POST');
  if (!isLoopbackAddress(request.remoteAddress)) return fail(403, 'saving is only allowed from this machine');
  const host = request.headers.host;
  if (!host || !LOCAL_HOSTNAMES.has(hostnameOf(host))) return fail(403, 'saving is only allowed on a localhost address');
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== '') {
    let hostname: string;
    try {
      hostname = new URL(origin).hostname.toLowerCase();
    } catch {
      return fail(403, 'unreadable Origin');
    }
    const bracketed = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
    if (!LOCAL_HOSTNAMES.has(bracketed)) return fail(403, 'saving is only allowed from a page on localhost');
  }
  const dataDir = options.dataDir ?? 'data';
  const checked = checkSavePath(new URL(request.url, 'http://localhost').searchParams.get('file'), dataDir);
  if (!checked.ok) return fail(400, checked.error);
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_SAVE_BYTES) return fail(413, 'the file is too large');

  // Where it really goes: the folder must exist and resolve inside data/ (a symlinked folder out is refused).
  let dataReal: string;
  let parentReal: string;
  try {
    dataReal = await realpath(resolve(options.root, dataDir));
    parentReal = await realpath(dirname(resolve(options.root, checked.path)));
  } catch {
    return fail(404, 'no such folder inside data/');
  }
  if (parentReal !== dataReal && !within(dataReal, parentReal)) return fail(403, 'the folder lies outside data/');
  let target = join(parentReal, checked.path.split('/').at(-1) as string);
  const stat = await lstat(target).catch(() => undefined);
  if (stat?.isSymbolicLink()) {
    // A link may point at another file inside data/, never outside it.
    const real = await realpath(target).catch(() => undefined);
    if (!real || !within(dataReal, real)) return fail(403, 'the file is a link to outside data/');
    target = real;
  } else if (stat && !stat.isFile()) {
    return fail(400, 'not a file');
  }

  const text = await request.readBody(MAX_SAVE_BYTES);
  if (text === undefined) return fail(413, 'the file is too large');
  const loaded = loadGraphText(text);
  if (!loaded.ok) return fail(422, 'the graph has errors; nothing was written', { problems: loaded.problems });

  // Atomic replace: a reader (the watcher, a text editor) never sees half a file.
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    return fail(500, error instanceof Error ? error.message : String(error));
  }
  return { status: 200, body: { ok: true, file: checked.path, bytes: Buffer.byteLength(text, 'utf8') } };
}
