/// <reference lib="webworker" />
/**
 * Parses and validates a graph file off the main thread (the loader is pure). One worker loads
 * one file and is then terminated by its caller.
 */
import { loadGraphBytes } from '../format';
import { collectKeyOrders } from '../format/json/key-order';
import type { LoadReply, LoadRequest } from './load-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  const { bytes, options } = event.data;
  const result = loadGraphBytes(bytes, options);
  const reply: LoadReply = { result, keyOrders: result.ok ? collectKeyOrders(result.graph) : [] };
  scope.postMessage(reply);
};
