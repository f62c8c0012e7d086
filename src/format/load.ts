/**
 * The loader's entry points: text → graph, bytes → graph, JS value → graph. Each returns every
 * problem found (capped at `maxProblems`, the total still counted), errors first, then in file
 * order; the graph only when there is no error.
 */
import { parseJson, type JsonIssue } from './json/parse';
import { type JsonLocations, lineColumnOf, lineStartsOf } from './json/locations';
import { orderedKeys } from './json/key-order';
import { parsePointer } from './json/pointer';
import { formatCount, type Limits, type LoadOptions, resolveLimits } from './limits';
import type { Problem } from './problem';
import type { Finding } from './rules/context';
import type { GraphDocument } from './types';
import { validateDocument } from './validate';

export type LoadResult =
  | { ok: true; graph: GraphDocument; problems: readonly Problem[]; totalProblems: number }
  | { ok: false; graph?: undefined; problems: readonly Problem[]; totalProblems: number };

export const LOAD_CODES = {
  textTooLarge: 'text-too-large',
  invalidUtf8: 'invalid-utf8',
  utf16NotSupported: 'utf16-not-supported',
} as const;

/** Parses and validates graph file text. Problems carry line and column (UTF-16 code units). */
export function loadGraphText(text: string, options?: LoadOptions): LoadResult {
  const limits = resolveLimits(options);
  if (text.length > limits.maxTextLength) {
    return finish([located(tooLarge(text.length, limits.maxTextLength, 'characters'), 0, undefined)], limits, ONE_ERROR);
  }
  // Past maxProblems, problems are only counted: never stored, located or sorted.
  const parsed = parseJson(text, { maxDepth: limits.maxDepth, maxIssues: Math.max(0, limits.maxProblems) });
  const problems: Located[] = parsed.issues.map((issue) => fromIssue(issue, parsed.locations));
  const counted = { total: parsed.issueCount, errors: parsed.issueCount };
  if (parsed.fatal) return finish(problems, limits, counted);
  const validation = validateDocument(parsed.value, limits, { checkJsonValues: false });
  const { findings } = validation;
  // One walk locates every kept finding (a missing member at its nearest existing ancestor).
  const offsets = parsed.locations.offsetsOf(findings.map((finding) => ({ pointer: finding.pointer, part: finding.atKey ? 'key' : 'value' })));
  findings.forEach((finding, index) => problems.push(located(finding, offsets[index], parsed.locations)));
  return finish(problems, limits, { total: counted.total + validation.total, errors: counted.errors + validation.errors }, parsed.value);
}

/**
 * Decodes UTF-8 bytes (one leading BOM tolerated; invalid UTF-8 is a located error; UTF-16 and
 * UTF-32 are refused with a message that says so), then loads the text.
 */
export function loadGraphBytes(bytes: Uint8Array, options?: LoadOptions): LoadResult {
  const limits = resolveLimits(options);
  // A UTF-16 code unit takes at most 3 bytes of UTF-8: more bytes than that cannot fit the limit.
  if (bytes.length > limits.maxTextLength * 3) {
    return finish([located(tooLarge(bytes.length, limits.maxTextLength, 'bytes'), 0, undefined)], limits, ONE_ERROR);
  }
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const finding: Finding = {
      code: LOAD_CODES.utf16NotSupported,
      severity: 'error',
      pointer: '',
      message: `the file is encoded as ${utf16}, not UTF-8`,
      hint: 'save it as UTF-8 (most editors offer "UTF-8" in the save or encoding menu)',
    };
    return finish([{ ...finding, line: 1, column: 1, order: 0 }], limits, ONE_ERROR);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return finish([invalidUtf8(bytes)], limits, ONE_ERROR);
  }
  return loadGraphText(text, options);
}

/** Validates a value that is already parsed (e.g. the `graph` property). Problems have no line/column. */
export function validateGraph(value: unknown, options?: LoadOptions): LoadResult {
  const limits = resolveLimits(options);
  const validation = validateDocument(value, limits, { checkJsonValues: true });
  const problems: Located[] = validation.findings.map((finding, index) => ({ ...finding, order: index }));
  const order = new DocumentOrder(value);
  const orderKeys = new Map<Located, number[]>();
  for (const problem of problems) orderKeys.set(problem, order.of(problem.pointer));
  return finish(problems, limits, validation, value, (a, b) => compareOrder(orderKeys.get(a) as number[], orderKeys.get(b) as number[]));
}

// ── problems: location, order, cap ─────────────────────────────────────────────────────────

/** A problem with a sort position (text offset, or emission order). */
type Located = Finding & { line?: number; column?: number; order: number };

function located(finding: Finding, offset: number | undefined, locations: JsonLocations | undefined): Located {
  if (offset === undefined || !locations) return { ...finding, order: offset ?? Number.MAX_SAFE_INTEGER };
  const { line, column } = locations.lineColumn(offset);
  return { ...finding, line, column, order: offset };
}

function fromIssue(issue: JsonIssue, locations: JsonLocations): Located {
  const finding: Finding = { code: issue.code, severity: 'error', pointer: issue.pointer, message: issue.message, ...(issue.hint === undefined ? {} : { hint: issue.hint }) };
  return located(finding, issue.offset, locations);
}

function tooLarge(size: number, limit: number, unit: string): Finding {
  return {
    code: LOAD_CODES.textTooLarge,
    severity: 'error',
    pointer: '',
    message: `the file has ${formatCount(size)} ${unit}; the limit is ${formatCount(limit)} characters (maxTextLength)`,
    hint: 'split the graph, or ask the embedding page to raise maxTextLength',
  };
}

/** How many problems there were in all, kept or not. */
interface Counted {
  readonly total: number;
  readonly errors: number;
}

const ONE_ERROR: Counted = { total: 1, errors: 1 };

function finish(problems: Located[], limits: Limits, counted: Counted, value?: unknown, compare?: (a: Located, b: Located) => number): LoadResult {
  const rank = (problem: Located): number => (problem.severity === 'error' ? 0 : 1);
  const sorted = problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => rank(a.problem) - rank(b.problem) || (compare ? compare(a.problem, b.problem) : a.problem.order - b.problem.order) || a.index - b.index)
    .map(({ problem }) => problem);
  const reported = sorted.slice(0, Math.max(0, limits.maxProblems)).map(toProblem);
  const totalProblems = counted.total;
  if (counted.errors > 0 || value === undefined) return { ok: false, problems: reported, totalProblems };
  return { ok: true, graph: value as GraphDocument, problems: reported, totalProblems };
}

/** The public Problem, without internal fields. */
function toProblem(problem: Located): Problem {
  const result: { -readonly [K in keyof Problem]: Problem[K] } = {
    code: problem.code,
    severity: problem.severity,
    pointer: problem.pointer,
    message: problem.message,
  };
  if (problem.line !== undefined && problem.column !== undefined) {
    result.line = problem.line;
    result.column = problem.column;
  }
  if (problem.hint !== undefined) result.hint = problem.hint;
  return result;
}

/**
 * Positions of pointers in document order (key index or array index per level). Each object's
 * key positions are worked out once, however many problems are about its members.
 */
class DocumentOrder {
  private readonly keyPositions = new WeakMap<object, Map<string, number>>();

  constructor(private readonly root: unknown) {}

  of(pointer: string): number[] {
    const order: number[] = [];
    let value: unknown = this.root;
    for (const token of parsePointer(pointer)) {
      if (typeof value !== 'object' || value === null) {
        order.push(Number.MAX_SAFE_INTEGER);
        break;
      }
      if (Array.isArray(value)) {
        const index = Number(token);
        order.push(Number.isInteger(index) ? index : Number.MAX_SAFE_INTEGER);
        value = value[index];
      } else {
        const index = this.positions(value).get(token);
        order.push(index ?? Number.MAX_SAFE_INTEGER);
        value = index === undefined ? undefined : (value as Record<string, unknown>)[token];
      }
    }
    return order;
  }

  private positions(object: object): Map<string, number> {
    let positions = this.keyPositions.get(object);
    if (!positions) {
      positions = new Map();
      for (const key of orderedKeys(object)) positions.set(key, positions.size);
      this.keyPositions.set(object, positions);
    }
    return positions;
  }
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

// ── encodings ──────────────────────────────────────────────────────────────────────────────

/** Names the encoding when the bytes are UTF-16 or UTF-32 (by BOM, or by NUL bytes JSON text never has). */
function detectUtf16(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
  if (bytes.length >= 2) {
    if (b0 === 0 && b1 !== 0) return 'UTF-16 (big-endian)';
    if (b0 !== 0 && b1 === 0) return b2 === 0 && bytes.length >= 4 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  }
  return undefined;
}

/** The first invalid UTF-8 sequence, located by line and column of the text before it. */
function invalidUtf8(bytes: Uint8Array): Located {
  const at = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
  const { line, column } = lineColumnOf(lineStartsOf(before), before.length);
  const byte = bytes[at];
  return {
    code: LOAD_CODES.invalidUtf8,
    severity: 'error',
    pointer: '',
    message: `the file is not valid UTF-8: byte ${formatCount(at)} (0x${(byte ?? 0).toString(16).padStart(2, '0')}) does not start or continue a character`,
    hint: 'the file was probably saved in another encoding (such as Windows-1256 or Latin-1); save it as UTF-8',
    line,
    column,
    order: before.length,
  };
}

/** Index of the first byte of the first invalid UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

