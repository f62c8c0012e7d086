import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSavePath, handleSave, isLoopbackAddress, type SaveRequest } from '../../../src/dev/save-handler';
import { graphFileUrl } from '../../../src/dev/graph-files-plugin';
import { BUNDLED_TEXT } from '../model/edit/fixtures';

let root: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-save-'));
  outside = mkdtempSync(join(tmpdir(), 'kg-outside-'));
  mkdirSync(join(root, 'data', 'sub'), { recursive: true });
  writeFileSync(join(root, 'data', 'graph.json'), '{}\n');
  writeFileSync(join(outside, 'victim.json'), 'untouched');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function request(file: string | null, body: string = BUNDLED_TEXT, overrides: Partial<SaveRequest> & { headers?: SaveRequest['headers'] } = {}): SaveRequest {
  return {
    method: 'POST',
    url: file === null ? '/__kg/save' : `/__kg/save?file=${encodeURIComponent(file)}`,
    remoteAddress: '127.0.0.1',
    headers: { host: 'localhost:5173', origin: 'http://localhost:5173', 'content-length': String(Buffer.byteLength(body)) },
    readBody: async (limit) => (Buffer.byteLength(body) > limit ? undefined : body),
    ...overrides,
  };
}

const save = (req: SaveRequest) => handleSave(req, { root });

describe('the save endpoint', () => {
  it('writes a valid graph into data/ and says how many bytes', async () => {
    const response = await save(request('data/graph.json'));
    expect(response).toEqual({ status: 200, body: { ok: true, file: 'data/graph.json', bytes: Buffer.byteLength(BUNDLED_TEXT) } });
    expect(readFileSync(join(root, 'data', 'graph.json'), 'utf8')).toBe(BUNDLED_TEXT);
    // No temporary file is left behind.
    expect(readdirSync(join(root, 'data')).sort()).toEqual(['graph.json', 'sub']);
  });

  it('creates a new file in an existing folder of data/', async () => {
    expect((await save(request('data/sub/new.json'))).status).toBe(200);
    expect(existsSync(join(root, 'data', 'sub', 'new.json'))).toBe(true);
  });

  it('refuses a graph with errors and writes nothing, listing the problems', async () => {
    const response = await save(request('data/graph.json', BUNDLED_TEXT.replace('"type": "country"', '"type": "planet"')));
    expect(response.status).toBe(422);
    expect(response.body.problems?.map((p) => p.code)).toContain('unknown-node-type');
    expect(readFileSync(join(root, 'data', 'graph.json'), 'utf8')).toBe('{}\n');
  });

  it.each([
    ['data/../package.json', 400],
    ['../outside.json', 400],
    ['/etc/passwd.json', 400],
    ['C:/x.json', 400],
    ['data\\..\\x.json', 400],
    ['data/graph.js', 400],
    ['data/graph.json.txt', 400],
    ['src/x.json', 400],
    ['data', 400],
    ['data//x.json', 400],
    ['data/./x.json', 400],
    ['data/missing/x.json', 404],
  ])('refuses the path %s', async (file, status) => {
    expect((await save(request(file))).status).toBe(status);
  });

  it('refuses a request without a file', async () => {
    expect((await save(request(null))).status).toBe(400);
  });

  it('refuses a link or a linked folder that leads out of data/', async () => {
    symlinkSync(join(outside, 'victim.json'), join(root, 'data', 'link.json'));
    symlinkSync(outside, join(root, 'data', 'out'));
    expect((await save(request('data/link.json'))).status).toBe(403);
    expect((await save(request('data/out/victim.json'))).status).toBe(403);
    expect(readFileSync(join(outside, 'victim.json'), 'utf8')).toBe('untouched');
  });

  it('follows a link that stays inside data/', async () => {
    symlinkSync(join(root, 'data', 'graph.json'), join(root, 'data', 'alias.json'));
    expect((await save(request('data/alias.json'))).status).toBe(200);
    expect(readFileSync(join(root, 'data', 'graph.json'), 'utf8')).toBe(BUNDLED_TEXT);
  });

  it('answers only POST, from this machine, to a localhost name, from a localhost page', async () => {
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { method: 'GET' }))).status).toBe(405);
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { remoteAddress: '192.168.1.5' }))).status).toBe(403);
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { remoteAddress: undefined }))).status).toBe(403);
    // DNS rebinding: a foreign name resolving to 127.0.0.1.
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { headers: { host: 'evil.example:5173' } }))).status).toBe(403);
    // A page on another site posting to localhost.
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { headers: { host: 'localhost:5173', origin: 'https://evil.example' } }))).status).toBe(403);
    expect(readFileSync(join(root, 'data', 'graph.json'), 'utf8')).toBe('{}\n');
    // IPv6 and IPv4-mapped loopback, a 127.0.0.1 host and no Origin (curl) are fine.
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { remoteAddress: '::1', headers: { host: '[::1]:5173', origin: 'http://[::1]:5173' } }))).status).toBe(200);
    expect((await save(request('data/graph.json', BUNDLED_TEXT, { remoteAddress: '::ffff:127.0.0.1', headers: { host: '127.0.0.1:5173' } }))).status).toBe(200);
  });

  it('refuses a body over the limit', async () => {
    const big = request('data/graph.json', BUNDLED_TEXT, { headers: { host: 'localhost', 'content-length': String(1e12) } });
    expect((await save(big)).status).toBe(413);
    const lying = request('data/graph.json', BUNDLED_TEXT, { headers: { host: 'localhost' }, readBody: async () => undefined });
    expect((await save(lying)).status).toBe(413);
  });
});

describe('helpers', () => {
  it('loopback addresses', () => {
    expect(['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '', '1127.0.0.1'].some(isLoopbackAddress)).toBe(false);
  });

  it('checkSavePath accepts only .json under data/', () => {
    expect(checkSavePath('data/a/b.json')).toEqual({ ok: true, path: 'data/a/b.json' });
    expect(checkSavePath('data/a/b.JSON').ok).toBe(true);
    expect(checkSavePath('data/a\0.json').ok).toBe(false);
  });

  it('graphFileUrl names data/ JSON files only', () => {
    expect(graphFileUrl('/p', '/p/data/x.json')).toBe('/data/x.json');
    expect(graphFileUrl('/p', '/p/data/sub/y.json')).toBe('/data/sub/y.json');
    expect(graphFileUrl('/p', '/p/data/sources/a.txt')).toBeUndefined();
    expect(graphFileUrl('/p', '/p/src/x.json')).toBeUndefined();
    expect(graphFileUrl('/p', '/p/database/x.json')).toBeUndefined();
  });
});
