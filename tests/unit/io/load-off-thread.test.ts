/**
 * Loading off the main thread: what a Worker sends back (structured clone) must serialize
 * exactly like the main-thread load, and the job must end when the load is aborted. Node has
 * no Web Worker, so a stand-in runs the real worker code through a real structured clone.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadGraphBytes, loadGraphText } from '../../../src/format';
import { collectKeyOrders, restoreKeyOrders } from '../../../src/format/json/key-order';
import { serializeGraph } from '../../../src/format/serialize';
import type { GraphDocument } from '../../../src/format/types';
import { loadGraphBytesOffThread } from '../../../src/io/load-off-thread';
import type { LoadReply, LoadRequest } from '../../../src/io/load-protocol';

// Integer-like keys (which JS objects list first) and prototype-member keys, at several depths.
const TEXT =
  '{\n  "format": "kg-graph",\n  "x-first": true,\n  "version": 1,\n  "meta": {"languages": ["en"], "title": "T"},\n' +
  '  "nodeTypes": {"b": {"label": "B"}, "10": {"label": "Ten"}, "2": {"label": "Two"}},\n' +
  '  "edgeTypes": {"r": {"label": "r", "9": 9, "1": 1}},\n' +
  '  "nodes": [{"type": "b", "label": "N", "id": "n", "data": {"z": 1, "3": 3, "__proto__": {"20": 0, "1": 1}}}],\n' +
  '  "edges": [{"id": "e", "type": "r", "source": "n", "target": "n", "x-note": "kept"}]\n}\n';
const BYTES = new TextEncoder().encode(TEXT);

function mainThreadText(): string {
  const result = loadGraphText(TEXT);
  if (!result.ok) throw new Error('the sample must load');
  return serializeGraph(result.graph);
}

describe('key orders across structured clone', () => {
  test('a plain clone loses them; collected and restored, the clone serializes like the original', () => {
    const result = loadGraphText(TEXT);
    expect(result.ok).toBe(true);
    const graph = result.graph as GraphDocument;
    const clone = structuredClone(graph);
    // Without the records the integer-like keys move first: this is why they are sent apart.
    expect(serializeGraph(clone)).not.toBe(serializeGraph(graph));
    const entries = collectKeyOrders(graph);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    restoreKeyOrders(clone, structuredClone(entries));
    expect(serializeGraph(clone)).toBe(mainThreadText());
  });

  test('entries whose path is missing are ignored', () => {
    const target = { b: 1, '1': 2 };
    restoreKeyOrders({ x: target }, [{ path: ['y', 0], keys: ['b', '1'] }, { path: ['x'], keys: ['b', '1'] }]);
    expect(serializeGraph(target as unknown as GraphDocument).indexOf('"b"')).toBeLessThan(serializeGraph(target as unknown as GraphDocument).indexOf('"1"'));
  });
});

/** A stand-in Worker that runs the worker's job asynchronously and replies through structuredClone. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: LoadReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(request: LoadRequest): void {
    const sent = structuredClone(request);
    setTimeout(() => {
      if (this.terminated) return;
      const result = loadGraphBytes(sent.bytes, sent.options);
      const reply = structuredClone({ result, keyOrders: result.ok ? collectKeyOrders(result.graph) : [] });
      this.onmessage?.({ data: reply });
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('loadGraphBytesOffThread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    FakeWorker.created = [];
  });

  test('a large file goes through the worker and comes back serializing exactly like the main-thread load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = await loadGraphBytesOffThread(BYTES, {}, new AbortController().signal, 1);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(result?.ok).toBe(true);
    expect(serializeGraph(result!.graph!)).toBe(mainThreadText());
    expect(result).toEqual(loadGraphBytes(BYTES));
  });

  test('problems come back the same as the main-thread load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const broken = new TextEncoder().encode(TEXT.replace('"source": "n"', '"source": "missing"'));
    const result = await loadGraphBytesOffThread(broken, { limits: { maxProblems: 5 } }, new AbortController().signal, 1);
    expect(result?.ok).toBe(false);
    expect(result).toEqual(loadGraphBytes(broken, { limits: { maxProblems: 5 } }));
  });

  test('below the threshold no worker starts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = await loadGraphBytesOffThread(BYTES, {}, new AbortController().signal, BYTES.length + 1);
    expect(FakeWorker.created).toHaveLength(0);
    expect(serializeGraph(result!.graph!)).toBe(mainThreadText());
  });

  test('an abort terminates the worker and resolves undefined', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const abort = new AbortController();
    const pending = loadGraphBytesOffThread(BYTES, {}, abort.signal, 1);
    abort.abort();
    expect(await pending).toBeUndefined();
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  test('when no Worker can start, the file loads on the main thread', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('Worker', class {
      constructor() {
        throw new Error('blocked by CSP');
      }
    });
    const result = await loadGraphBytesOffThread(BYTES, {}, new AbortController().signal, 1);
    expect(serializeGraph(result!.graph!)).toBe(mainThreadText());
    expect(console.warn).toHaveBeenCalledOnce();
  });

  test('a worker that fails to load its script falls back to the main thread', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class FailingWorker extends FakeWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.({ message: 'script not found' }), 1);
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    const result = await loadGraphBytesOffThread(BYTES, {}, new AbortController().signal, 1);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(serializeGraph(result!.graph!)).toBe(mainThreadText());
  });
});
