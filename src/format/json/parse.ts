/**
 * A JSON parser of our own. `JSON.parse` gives no locations and silently keeps the last of two
 * duplicate keys; this one records where every key and value is, reports duplicate keys, lone
 * surrogates and out-of-range numbers, explains common syntax mistakes (comments, trailing
 * commas, NaN, single quotes, HTML pages), and is iterative: nesting is bounded by `maxDepth`
 * before any descent, so hostile input cannot overflow the call stack. Nothing is evaluated.
 * Keys such as `__proto__` become plain own data properties.
 */
import { defineDataProperty, isArrayIndexKey, isPrototypeKey, setKeyOrder } from './key-order';
import { JsonLocations } from './locations';
import { escapePointerToken } from './pointer';
import { findLoneSurrogate } from '../characters';
import { escapeForMessage, quote } from '../message-text';

/** A problem in the JSON text itself; all are errors. */
export interface JsonIssue {
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** Offset in the text (UTF-16 code units). */
  readonly offset: number;
  /** Pointer to the value being read when the problem was found. */
  readonly pointer: string;
}

export interface JsonParseOptions {
  /** Deepest nesting of objects and arrays allowed; the root container is depth 1. */
  readonly maxDepth: number;
  /**
   * Problems kept, besides a syntax error that stops the parse (always kept); the rest are only
   * counted (`issueCount`), so a file with a million duplicate keys stays cheap. Default: all.
   */
  readonly maxIssues?: number;
}

export interface JsonParseResult {
  /** The parsed value; `undefined` when a syntax error stopped the parse. */
  readonly value: unknown;
  /** True when a syntax error stopped the parse (then `issues` ends with it). */
  readonly fatal: boolean;
  /** Duplicate keys, lone surrogates, out-of-range numbers, and at most one syntax error. */
  readonly issues: readonly JsonIssue[];
  /** Problems found, kept or not. */
  readonly issueCount: number;
  readonly locations: JsonLocations;
}

/** Codes of problems found in the JSON text. */
export const JSON_CODES = {
  emptyFile: 'empty-file',
  htmlNotJson: 'html-not-json',
  syntax: 'json-syntax',
  trailingComma: 'json-trailing-comma',
  comment: 'json-comment',
  invalidLiteral: 'json-invalid-literal',
  singleQuote: 'json-single-quote',
  unquotedKey: 'json-unquoted-key',
  unterminatedString: 'json-unterminated-string',
  controlCharacter: 'json-control-character',
  invalidEscape: 'json-invalid-escape',
  invalidNumber: 'json-invalid-number',
  trailingContent: 'json-trailing-content',
  duplicateKey: 'duplicate-key',
  loneSurrogate: 'lone-surrogate',
  nonFiniteNumber: 'non-finite-number',
  maxDepth: 'max-depth',
} as const;

class SyntaxStop extends Error {}

/** An open container. Frames are reused per depth, so parsing allocates none per container. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  isArray: boolean;
  /** Keys in insertion order, when an integer-like key may have changed the enumeration order. */
  keys: string[] | undefined;
  /** Key whose value is being read (objects); undefined before the first key and after a comma. */
  key: string | undefined;
  /** True when the pending key duplicates an earlier one: its value is read and dropped. */
  dropValue: boolean;
  /** Offset of the pending key. */
  keyOffset: number;
  hasIndexKey: boolean;
}

const enum State {
  Value,
  AfterValue,
  Key,
}

/** Parses JSON text (a leading BOM is skipped), never throwing. */
export function parseJson(text: string, options: JsonParseOptions): JsonParseResult {
  return new Parser(text, options.maxDepth, options.maxIssues ?? Infinity).run();
}

class Parser {
  private pos = 0;
  /** Frames of the open containers are `frames[0 … depth-1]`; deeper entries are spare. */
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly issues: JsonIssue[] = [];
  private issueCount = 0;
  /** Offsets in document order (see JsonLocations); grown by doubling. */
  private entries = new Int32Array(1024);
  private entryCount = 0;
  /** While > 0: the depth of a duplicate key's container value, whose contents are not recorded. */
  private suppressFromDepth = 0;
  private root: unknown = undefined;
  /** Set just before a problem about the innermost container itself (not a member). */
  private pointerOfTopContainer = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly maxIssues: number,
  ) {}

  run(): JsonParseResult {
    let fatal = false;
    try {
      this.parseDocument();
    } catch (error) {
      if (!(error instanceof SyntaxStop)) throw error;
      fatal = true;
    }
    const value = fatal ? undefined : this.root;
    return {
      value,
      fatal,
      issues: this.issues,
      issueCount: this.issueCount,
      locations: new JsonLocations(this.text, value, this.entries.subarray(0, this.entryCount)),
    };
  }

  private parseDocument(): void {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipWhitespace();
    if (this.pos >= text.length) {
      this.stopAt(0, JSON_CODES.emptyFile, 'the file is empty', 'a graph file is one JSON object: { "format": "kg-graph", … }');
    }
    if (text.charCodeAt(this.pos) === 60 /* < */) {
      this.stop(
        JSON_CODES.htmlNotJson,
        'this looks like an HTML page, not JSON — is the URL right?',
        'a server often sends an HTML error or index page when the file is not where the URL points',
      );
    }
    let state: State = State.Value;
    for (;;) {
      if (state === State.Value) {
        state = this.readValue();
      } else if (state === State.Key) {
        this.readKey();
        state = State.Value;
      } else {
        const frame = this.top();
        this.skipWhitespace();
        if (!frame) {
          if (this.pos < text.length) {
            this.checkComment();
            this.stop(JSON_CODES.trailingContent, `unexpected ${this.describeHere()} after the end of the JSON value`, 'a file holds exactly one JSON value');
          }
          return;
        }
        const c = text.charCodeAt(this.pos);
        if (c === 44 /* , */) {
          const commaOffset = this.pos;
          this.pos++;
          this.skipWhitespace();
          const next = text.charCodeAt(this.pos);
          if (!frame.isArray) frame.key = undefined;
          if ((frame.isArray && next === 93) || (!frame.isArray && next === 125)) {
            this.pointerOfTopContainer = true;
            this.stopAt(
              commaOffset,
              JSON_CODES.trailingComma,
              `trailing comma before '${frame.isArray ? ']' : '}'}': JSON allows no comma after the last ${frame.isArray ? 'element' : 'member'}`,
              'remove the comma',
            );
          }
          state = frame.isArray ? State.Value : State.Key;
        } else if (c === (frame.isArray ? 93 : 125)) {
          this.pos++;
          this.closeFrame();
        } else {
          this.checkComment();
          const close = frame.isArray ? ']' : '}';
          const found = this.describeHere();
          const missingComma = c === 34 || c === 123 || c === 91 || (c >= 48 && c <= 57) || c === 45 || c === 116 || c === 102 || c === 110;
          this.stop(
            JSON_CODES.syntax,
            `expected ',' or '${close}' after ${frame.isArray ? 'an array element' : `the value of ${quote(frame.key ?? '')}`}, found ${found}`,
            missingComma ? 'is a comma missing?' : this.pos >= text.length ? `the ${frame.isArray ? 'array' : 'object'} is never closed` : undefined,
          );
        }
      }
    }
  }

  // ── values ──────────────────────────────────────────────────────────────────────────────

  /** Reads a scalar, or opens a container; returns what the parser expects next. */
  private readValue(): State {
    this.skipWhitespace();
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const isArray = c === 91;
      if (this.depth >= this.maxDepth) {
        this.stop(
          JSON_CODES.maxDepth,
          `the JSON is nested more than ${this.maxDepth} levels deep (limit maxDepth = ${this.maxDepth})`,
          'a graph file needs only a few levels; deeper nesting is refused to keep loading safe',
        );
      }
      const container: Record<string, unknown> | unknown[] = isArray ? [] : {};
      this.attach(container, start);
      const spare = this.frames[this.depth];
      if (spare) {
        spare.container = container;
        spare.isArray = isArray;
        spare.keys = undefined;
        spare.key = undefined;
        spare.dropValue = false;
        spare.keyOffset = 0;
        spare.hasIndexKey = false;
      } else {
        this.frames.push({ container, isArray, keys: undefined, key: undefined, dropValue: false, keyOffset: 0, hasIndexKey: false });
      }
      this.depth++;
      this.pos++;
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos);
      if (next === (isArray ? 93 : 125)) {
        this.pos++;
        this.closeFrame();
        return State.AfterValue;
      }
      return isArray ? State.Value : State.Key;
    }
    if (c === 34 /* " */) {
      this.attach(this.readString(), start);
      return State.AfterValue;
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      this.attach(this.readNumber(), start);
      return State.AfterValue;
    }
    if (c === 116 /* t */ && text.startsWith('true', start) && !isWordChar(text.charCodeAt(start + 4))) {
      this.pos += 4;
      this.attach(true, start);
      return State.AfterValue;
    }
    if (c === 102 /* f */ && text.startsWith('false', start) && !isWordChar(text.charCodeAt(start + 5))) {
      this.pos += 5;
      this.attach(false, start);
      return State.AfterValue;
    }
    if (c === 110 /* n */ && text.startsWith('null', start) && !isWordChar(text.charCodeAt(start + 4))) {
      this.pos += 4;
      this.attach(null, start);
      return State.AfterValue;
    }
    this.explainBadValue();
  }

  /** Stops with the most helpful message for text that cannot start a value. */
  private explainBadValue(): never {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (this.pos >= text.length) this.stop(JSON_CODES.syntax, 'expected a value, found the end of the file', 'the file seems cut off');
    this.checkComment();
    if (c === 39 /* ' */) {
      this.stop(JSON_CODES.singleQuote, 'strings must be in double quotes ("…"), not single quotes', undefined);
    }
    const frame = this.top();
    if (frame && ((frame.isArray && c === 93) || (!frame.isArray && c === 125))) {
      this.stop(JSON_CODES.syntax, `expected a value, found '${String.fromCharCode(c)}'`, undefined);
    }
    const word = /^[+-]?[A-Za-z_$][\w$]*/.exec(text.slice(this.pos, this.pos + 40))?.[0];
    if (word) {
      const bare = word.replace(/^[+-]/, '');
      const special: Record<string, string> = { NaN: 'null or a number', Infinity: 'null or a large number', undefined: 'null, or leave the field out' };
      const lower: Record<string, string> = { true: 'true', false: 'false', null: 'null' };
      const suggestion = Object.hasOwn(special, bare)
        ? `use ${special[bare]}`
        : Object.hasOwn(lower, bare.toLowerCase())
          ? `write it in lower case: ${bare.toLowerCase()}`
          : 'text values must be in double quotes';
      this.stop(JSON_CODES.invalidLiteral, `${escapeForMessage(word)} is not a JSON value`, suggestion);
    }
    if (c === 43 /* + */ || c === 46 /* . */) {
      this.stop(JSON_CODES.invalidNumber, `a JSON number cannot start with '${String.fromCharCode(c)}'`, 'write numbers like 0.5 or 12');
    }
    this.stop(JSON_CODES.syntax, `expected a value (string, number, object, array, true, false or null), found ${this.describeHere()}`, undefined);
  }

  /** Puts a value into the current container (or makes it the root). */
  private attach(value: unknown, offset: number): void {
    const frame = this.top();
    if (!frame) {
      this.root = value;
      this.record(offset);
      return;
    }
    const recording = this.suppressFromDepth === 0;
    if (frame.isArray) {
      (frame.container as unknown[]).push(value);
      if (recording) this.record(offset);
      return;
    }
    if (frame.dropValue) {
      // The duplicate's value is read (to find the syntax after it) but kept nowhere.
      if (recording && typeof value === 'object' && value !== null) this.suppressFromDepth = this.depth + 1;
      return;
    }
    const object = frame.container as Record<string, unknown>;
    const key = frame.key as string;
    if (isPrototypeKey(key)) defineDataProperty(object, key, value);
    else object[key] = value;
    if (recording) {
      this.record(frame.keyOffset);
      this.record(offset);
    }
    if (frame.keys) frame.keys.push(key);
  }

  private record(offset: number): void {
    if (this.entryCount === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.entryCount++] = offset;
  }

  private closeFrame(): void {
    const frame = this.top() as Frame;
    if (this.depth === this.suppressFromDepth) this.suppressFromDepth = 0;
    this.depth--;
    if (frame.hasIndexKey && frame.keys) setKeyOrder(frame.container, frame.keys);
  }

  // ── keys ────────────────────────────────────────────────────────────────────────────────

  /** Reads `"key" :` into the current frame. */
  private readKey(): void {
    this.skipWhitespace();
    const frame = this.top() as Frame;
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c !== 34) {
      this.checkComment();
      if (c === 39) this.stop(JSON_CODES.singleQuote, 'property names must be in double quotes ("…"), not single quotes', undefined);
      if (c === 125) this.stop(JSON_CODES.syntax, "expected a property name in double quotes, found '}'", undefined);
      if (isWordChar(c)) {
        const word = /^[\w$]+/.exec(text.slice(start, start + 40))?.[0] ?? '';
        this.stop(JSON_CODES.unquotedKey, `property names must be in double quotes: write "${word}"`, undefined);
      }
      this.stop(JSON_CODES.syntax, `expected a property name in double quotes, found ${this.describeHere()}`, undefined);
    }
    const key = this.readString();
    frame.key = key;
    frame.keyOffset = start;
    const object = frame.container as Record<string, unknown>;
    frame.dropValue = Object.prototype.hasOwnProperty.call(object, key);
    if (frame.dropValue) {
      if (this.keepIssue()) this.issues.push({
        code: JSON_CODES.duplicateKey,
        message: `the key ${quote(key)} appears twice in this object`,
        hint: 'a plain JSON parser would silently keep only the last one; keep one of them',
        offset: start,
        pointer: this.pointer(),
      });
    } else if (!frame.hasIndexKey && isArrayIndexKey(key)) {
      frame.hasIndexKey = true;
      frame.keys = Object.keys(object);
    }
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) !== 58 /* : */) {
      this.checkComment();
      this.stop(JSON_CODES.syntax, `expected ':' after the property name ${quote(key)}, found ${this.describeHere()}`, undefined);
    }
    this.pos++;
  }

  // ── strings ─────────────────────────────────────────────────────────────────────────────

  private readString(): string {
    const text = this.text;
    const open = this.pos;
    let i = open + 1;
    let sawSurrogate = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        const value = text.slice(open + 1, i);
        if (sawSurrogate) this.checkRawSurrogates(value, open + 1);
        return value;
      }
      if (c === 92 || c < 32 || c !== c) break;
      if (c >= 0xd800 && c <= 0xdfff) sawSurrogate = true;
      i++;
    }
    return this.readEscapedString(open, i);
  }

  /** Slow path: from `i` on, the string has escapes (or ends badly). */
  private readEscapedString(open: number, from: number): string {
    const text = this.text;
    let out = text.slice(open + 1, from);
    let sawSurrogate = false;
    for (let i = open + 1; i < from; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) sawSurrogate = true;
    }
    if (sawSurrogate) this.checkRawSurrogates(out, open + 1);
    let i = from;
    let pendingHigh = -1; // offset of an escaped high surrogate awaiting its low half
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== c) {
        this.stopAt(open, JSON_CODES.unterminatedString, 'this string is never closed: the file ends inside it', 'add the closing double quote');
      }
      if (c === 34) break;
      if (c < 32) {
        if (c === 10 || c === 13) {
          this.stopAt(open, JSON_CODES.unterminatedString, 'this string is not closed before the end of the line', 'add the closing double quote, or write a line break inside a string as \\n');
        }
        this.stopAt(i, JSON_CODES.controlCharacter, `a raw control character (U+${hex4(c)}) is not allowed inside a JSON string`, c === 9 ? 'write a tab as \\t' : `write it as \\u${hex4(c).toLowerCase()}`);
      }
      if (c !== 92) {
        if (pendingHigh >= 0) this.loneSurrogate(pendingHigh);
        pendingHigh = -1;
        if (c >= 0xd800 && c <= 0xdfff) {
          const isHigh = c <= 0xdbff;
          const next = text.charCodeAt(i + 1);
          if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
            out += text.slice(i, i + 2);
            i += 2;
            continue;
          }
          this.loneSurrogate(i);
        }
        out += text.charAt(i);
        i++;
        continue;
      }
      const escapeOffset = i;
      const e = text.charCodeAt(i + 1);
      let decoded: string;
      switch (e) {
        case 34: decoded = '"'; break;
        case 92: decoded = '\\'; break;
        case 47: decoded = '/'; break;
        case 98: decoded = '\b'; break;
        case 102: decoded = '\f'; break;
        case 110: decoded = '\n'; break;
        case 114: decoded = '\r'; break;
        case 116: decoded = '\t'; break;
        case 117: {
          const digits = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(digits)) {
            this.stopAt(escapeOffset, JSON_CODES.invalidEscape, `\\u must be followed by four hexadecimal digits, found "\\u${escapeForMessage(digits)}"`, undefined);
          }
          const code = parseInt(digits, 16);
          if (code >= 0xdc00 && code <= 0xdfff) {
            if (pendingHigh >= 0) {
              pendingHigh = -1;
            } else this.loneSurrogate(escapeOffset);
          } else {
            if (pendingHigh >= 0) this.loneSurrogate(pendingHigh);
            pendingHigh = code >= 0xd800 && code <= 0xdbff ? escapeOffset : -1;
          }
          out += String.fromCharCode(code);
          i += 6;
          continue;
        }
        default:
          if (e !== e) this.stopAt(open, JSON_CODES.unterminatedString, 'this string is never closed: the file ends inside it', 'add the closing double quote');
          this.stopAt(escapeOffset, JSON_CODES.invalidEscape, `"\\${escapeForMessage(String.fromCharCode(e))}" is not a JSON escape`, 'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\');
      }
      if (pendingHigh >= 0) this.loneSurrogate(pendingHigh);
      pendingHigh = -1;
      out += decoded;
      i += 2;
    }
    if (pendingHigh >= 0) this.loneSurrogate(pendingHigh);
    this.pos = i + 1;
    return out;
  }

  /** Reports raw (unescaped) lone surrogates in `value`, which starts at `offset`. */
  private checkRawSurrogates(value: string, offset: number): void {
    const index = findLoneSurrogate(value);
    if (index >= 0) this.loneSurrogate(offset + index);
  }

  private loneSurrogate(offset: number): void {
    if (this.keepIssue()) this.issues.push({
      code: JSON_CODES.loneSurrogate,
      message: 'a lone surrogate (half of a UTF-16 pair) is not well-formed Unicode text',
      hint: 'an escape like \\ud800 needs its second half, e.g. \\ud83d\\ude00; otherwise remove it',
      offset,
      pointer: this.pointer(),
    });
  }

  // ── numbers ─────────────────────────────────────────────────────────────────────────────

  private readNumber(): number {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45) i++;
    const firstDigit = text.charCodeAt(i);
    if (firstDigit === 48) {
      i++;
      if (isDigit(text.charCodeAt(i))) {
        this.stopAt(start, JSON_CODES.invalidNumber, 'a JSON number cannot have leading zeros', 'write 7 rather than 07; put codes such as "007" in double quotes');
      }
    } else if (isDigit(firstDigit)) {
      while (isDigit(text.charCodeAt(i))) i++;
    } else {
      if (text.startsWith('Infinity', i)) this.stopAt(start, JSON_CODES.invalidLiteral, '-Infinity is not a JSON value', 'use null or a number');
      this.stopAt(start, JSON_CODES.invalidNumber, "expected a digit after '-'", undefined);
    }
    if (text.charCodeAt(i) === 46 /* . */) {
      i++;
      if (!isDigit(text.charCodeAt(i))) this.stopAt(start, JSON_CODES.invalidNumber, "expected a digit after the decimal point", 'write 1.0 or 1, not 1.');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(text.charCodeAt(i))) this.stopAt(start, JSON_CODES.invalidNumber, 'expected a digit in the exponent', undefined);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (isWordChar(text.charCodeAt(i))) {
      this.stopAt(start, JSON_CODES.invalidNumber, `"${escapeForMessage(text.slice(start, Math.min(i + 1, start + 40)))}…" is not a JSON number`, 'put text in double quotes');
    }
    this.pos = i;
    const value = Number(text.slice(start, i));
    if (!Number.isFinite(value)) {
      if (this.keepIssue()) this.issues.push({
        code: JSON_CODES.nonFiniteNumber,
        message: `the number ${text.slice(start, Math.min(i, start + 40))} is too large to represent`,
        hint: 'numbers must fit a 64-bit float (about ±1.8e308)',
        offset: start,
        pointer: this.pointer(),
      });
    }
    return value;
  }

  private top(): Frame | undefined {
    return this.depth > 0 ? this.frames[this.depth - 1] : undefined;
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.pos = i;
  }

  /** Stops with a precise message if a comment starts here. */
  private checkComment(): void {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== 47) return;
    const next = text.charCodeAt(this.pos + 1);
    if (next === 47 || next === 42) {
      this.stop(JSON_CODES.comment, `comments (${next === 47 ? '//' : '/* */'}) are not allowed in JSON`, 'remove the comment; put notes in a field such as "description" or "data"');
    }
  }

  private describeHere(): string {
    const text = this.text;
    if (this.pos >= text.length) return 'the end of the file';
    const code = text.codePointAt(this.pos) as number;
    const char = String.fromCodePoint(code);
    return `'${escapeForMessage(char)}'`;
  }

  /** Pointer of the value being read: the keys and indices of the open containers. */
  private pointer(): string {
    let pointer = '';
    const last = this.pointerOfTopContainer ? this.depth - 1 : this.depth;
    for (let depth = 0; depth < last; depth++) {
      const frame = this.frames[depth] as Frame;
      if (frame.isArray) {
        // An open child container was already pushed into its parent array.
        const length = (frame.container as unknown[]).length;
        pointer += `/${depth < this.depth - 1 ? length - 1 : length}`;
      } else if (frame.key === undefined) {
        break;
      } else pointer += `/${escapePointerToken(frame.key)}`;
    }
    return pointer;
  }

  /** Counts a problem that does not stop the parse; true while it is to be kept (fewer than maxIssues kept). */
  private keepIssue(): boolean {
    this.issueCount++;
    return this.issues.length < this.maxIssues;
  }

  private stop(code: string, message: string, hint: string | undefined): never {
    this.stopAt(this.pos, code, message, hint);
  }

  private stopAt(offset: number, code: string, message: string, hint: string | undefined): never {
    this.issueCount++;
    this.issues.push({ code, message, ...(hint === undefined ? {} : { hint }), offset, pointer: this.pointer() });
    throw new SyntaxStop();
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
