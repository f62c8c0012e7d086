import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchGraphBytes } from '../../../src/io/fetch-graph';

// A server on the loopback address whose paths each misbehave in one way.
let server: Server;
let base = '';
const open = new Set<ServerResponse>();
let bodyBytesSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    switch (req.url) {
      case '/ok.json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"format":"kg-graph"}');
        break;
      case '/missing.json':
        res.writeHead(404).end('not here');
        break;
      case '/broken.json':
        res.writeHead(503).end('busy');
        break;
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>x</title>');
        break;
      case '/silent.json':
        break; // never answers
      case '/drip.json': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 20);
        res.on('close', () => clearInterval(timer));
        break;
      }
      case '/announced-huge.json':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10_000_000) });
        res.write('{');
        break;
      case '/streamed-huge.json': {
        // No Content-Length: the size is only known by counting while reading.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const timer = setInterval(() => {
          bodyBytesSent += chunk.length;
          res.write(chunk);
        }, 1);
        res.on('close', () => clearInterval(timer));
        break;
      }
      case '/cut.json':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"format": "kg-graph", "nodes": [');
        setTimeout(() => res.socket?.destroy(), 30);
        break;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchGraphBytes', () => {
  it('returns the body of a good response', async () => {
    const outcome = await fetchGraphBytes(`${base}/ok.json`);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(new TextDecoder().decode(outcome.bytes)).toBe('{"format":"kg-graph"}');
  });

  it('says not-found for a 404, with the status and the URL', async () => {
    expect(await fetchGraphBytes(`${base}/missing.json`)).toEqual({ ok: false, failure: { kind: 'not-found', status: 404, url: `${base}/missing.json` } });
  });

  it('says http-error with the status for other failures', async () => {
    expect(await fetchGraphBytes(`${base}/broken.json`)).toMatchObject({ ok: false, failure: { kind: 'http-error', status: 503 } });
  });

  it('says not-json for an HTML page', async () => {
    expect(await fetchGraphBytes(`${base}/page.html`)).toMatchObject({ ok: false, failure: { kind: 'not-json' } });
  });

  it('times out a server that never answers', async () => {
    expect(await fetchGraphBytes(`${base}/silent.json`, { timeoutMs: 150 })).toMatchObject({ ok: false, failure: { kind: 'timed-out', timeoutMs: 150 } });
  });

  it('times out a server that drips bytes forever', async () => {
    expect(await fetchGraphBytes(`${base}/drip.json`, { timeoutMs: 200 })).toMatchObject({ ok: false, failure: { kind: 'timed-out' } });
  });

  it('refuses an announced Content-Length over the limit before reading the body', async () => {
    expect(await fetchGraphBytes(`${base}/announced-huge.json`, { maxBytes: 1_000_000 })).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', size: 10_000_000, limit: 1_000_000 },
    });
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    bodyBytesSent = 0;
    const outcome = await fetchGraphBytes(`${base}/streamed-huge.json`, { maxBytes: 256 * 1024, timeoutMs: 20_000 });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'too-large', limit: 256 * 1024 } });
    // The server was stopped long before it could send, say, 50 MB.
    expect(bodyBytesSent).toBeLessThan(16 * 1024 * 1024);
  });

  it('says cut-off when the connection closes before the announced length', async () => {
    expect(await fetchGraphBytes(`${base}/cut.json`)).toMatchObject({ ok: false, failure: { kind: 'cut-off' } });
  });

  it('says network when the connection is refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchGraphBytes(`http://127.0.0.1:${port}/x.json`)).toMatchObject({ ok: false, failure: { kind: 'network' } });
  });

  it('reports an abort by the caller as aborted, not as a failure', async () => {
    const controller = new AbortController();
    const pending = fetchGraphBytes(`${base}/silent.json`, { signal: controller.signal, timeoutMs: 10_000 });
    setTimeout(() => controller.abort(), 30);
    expect(await pending).toEqual({ ok: false, aborted: true });
    const already = new AbortController();
    already.abort();
    expect(await fetchGraphBytes(`${base}/ok.json`, { signal: already.signal })).toEqual({ ok: false, aborted: true });
  });
});
