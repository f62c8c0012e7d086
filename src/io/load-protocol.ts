/**
 * Messages between the viewer and its load worker (./load-worker.ts). The graph comes back by
 * structured clone, which keeps every enumerable member (unknown fields, `__proto__` as a plain
 * key) but drops the symbol-keyed key-order records: those travel beside it as `keyOrders`.
 */
import type { LoadOptions, LoadResult } from '../format';
import type { KeyOrderEntry } from '../format/json/key-order';

export interface LoadRequest {
  readonly bytes: Uint8Array;
  readonly options: LoadOptions;
}

export interface LoadReply {
  readonly result: LoadResult;
  readonly keyOrders: readonly KeyOrderEntry[];
}
