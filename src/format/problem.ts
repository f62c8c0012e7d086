/**
 * A problem the loader found in a graph file. Codes are stable: tools and tests match on
 * them, messages may improve.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable kebab-case code, e.g. `dangling-edge-end`, `json-syntax`, `duplicate-id`. */
  readonly code: string;
  readonly severity: Severity;
  /** RFC 6901 JSON pointer to the value the problem is about (`""` for the whole file). */
  readonly pointer: string;
  /** 1-based line and column in the text, when the graph was loaded from text. */
  readonly line?: number;
  readonly column?: number;
  /** A sentence a curator understands. */
  readonly message: string;
  /** What to do about it, where that helps (`did you mean "iran"?`). */
  readonly hint?: string;
}
