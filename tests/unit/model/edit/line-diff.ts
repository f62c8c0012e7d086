/**
 * A line diff for tests: which lines of `before` went and which lines of `after` came (longest
 * common subsequence, trimmed of the common head and tail first so a one-field edit in a large
 * file costs little).
 */
export interface LineDiff {
  /** Lines only in `before`, with their 1-based line numbers. */
  readonly removed: readonly { readonly line: number; readonly text: string }[];
  /** Lines only in `after`, with their 1-based line numbers. */
  readonly added: readonly { readonly line: number; readonly text: string }[];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // LCS table over the middle part.
  const width = y.length + 1;
  const table = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * width + j] = x[i] === y[j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const removed: { line: number; text: string }[] = [];
  const added: { line: number; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || (table[i * width + j + 1] as number) >= (table[(i + 1) * width + j] as number))) {
      added.push({ line: head + j + 1, text: y[j] as string });
      j++;
    } else {
      removed.push({ line: head + i + 1, text: x[i] as string });
      i++;
    }
  }
  return { removed, added };
}
