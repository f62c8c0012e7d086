import { orderedKeys } from './key-order';
import { parsePointer } from './pointer';

/** 1-based line and column; columns count UTF-16 code units (what JS string indices count). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** What to locate: the value a pointer names, or (for object members) its key. */
export interface LocationRequest {
  readonly pointer: string;
  readonly part?: 'value' | 'key';
}

/**
 * Where every key and value of a parsed JSON text is.
 *
 * The parser records offsets in one flat list, in document order: for the root, its offset;
 * for each object member, the key's offset then the value's; for each array element, the
 * value's offset; each followed by its descendants'. Nothing is allocated per value or per
 * container, which keeps parsing large files cheap. To find a pointer, the parsed value is
 * walked in the same order, counting entries; all requests are answered in one walk.
 */
export class JsonLocations {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly root: unknown,
    private readonly entries: Int32Array,
  ) {}

  /**
   * Text offset of each request; a pointer to something not in the text (a missing member)
   * gets the offset of its nearest existing ancestor.
   */
  offsetsOf(requests: readonly LocationRequest[]): number[] {
    const results: number[] = requests.map(() => this.entries[0] ?? 0);
    if (requests.length === 0 || this.entries.length === 0) return results;
    // A trie of the requested paths: the walk only notes entries where a request ends or passes.
    interface TrieNode {
      children: Map<string, TrieNode> | undefined;
      /** Requests this path answers, with the part each wants. */
      requests: { index: number; part: 'value' | 'key' }[];
      /** Requests below this path (for the nearest-ancestor fallback). */
      below: number[];
    }
    const newNode = (): TrieNode => ({ children: undefined, requests: [], below: [] });
    const trie = newNode();
    requests.forEach((request, index) => {
      let node = trie;
      node.below.push(index);
      for (const token of parsePointer(request.pointer)) {
        node.children ??= new Map();
        let child = node.children.get(token);
        if (!child) {
          child = newNode();
          node.children.set(token, child);
        }
        node = child;
        node.below.push(index);
      }
      node.requests.push({ index, part: request.part ?? 'value' });
    });
    const entries = this.entries;
    const settle = (node: TrieNode, keyEntry: number, valueEntry: number): void => {
      for (const index of node.below) results[index] = entries[valueEntry] as number;
      for (const { index, part } of node.requests) {
        results[index] = (part === 'key' && keyEntry >= 0 ? entries[keyEntry] : entries[valueEntry]) as number;
      }
    };
    settle(trie, -1, 0);
    // Iterative pre-order walk; `counter` is the next unread entry.
    let counter = 1;
    const stack: { value: unknown; node: TrieNode | undefined; keys: string[] | undefined; index: number }[] = [];
    const push = (value: unknown, node: TrieNode | undefined): void => {
      if (typeof value !== 'object' || value === null) return;
      stack.push({ value, node, keys: Array.isArray(value) ? undefined : orderedKeys(value), index: 0 });
    };
    push(this.root, trie);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const container = top.value as Record<string, unknown> | unknown[];
      const length = top.keys ? top.keys.length : (container as unknown[]).length;
      if (top.index >= length) {
        stack.pop();
        continue;
      }
      const i = top.index++;
      let child: unknown;
      let childNode: TrieNode | undefined;
      if (top.keys) {
        const key = top.keys[i] as string;
        child = (container as Record<string, unknown>)[key];
        childNode = top.node?.children?.get(key);
        if (childNode) settle(childNode, counter, counter + 1);
        counter += 2;
      } else {
        child = (container as unknown[])[i];
        childNode = top.node?.children?.get(String(i));
        if (childNode) settle(childNode, -1, counter);
        counter += 1;
      }
      push(child, childNode);
    }
    return results;
  }

  /** Offset of the value (or, with `part: 'key'`, of the key) that `pointer` names, or of its nearest existing ancestor. */
  offsetOf(pointer: string, part: 'value' | 'key' = 'value'): number {
    return this.offsetsOf([{ pointer, part }])[0] as number;
  }

  /** Line and column of the value or key that `pointer` names (see offsetOf). */
  positionOf(pointer: string, part: 'value' | 'key' = 'value'): LineColumn {
    return this.lineColumn(this.offsetOf(pointer, part));
  }

  /** Line and column of a text offset. */
  lineColumn(offset: number): LineColumn {
    this.lineStarts ??= lineStartsOf(this.text);
    return lineColumnOf(this.lineStarts, offset);
  }
}

/** Offsets where lines start; `\n`, `\r\n` and a lone `\r` each end a line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, with the engine's fast search.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Line and column of `offset`, by binary search over the line starts. */
export function lineColumnOf(lineStarts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}
