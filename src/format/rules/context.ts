import type { Severity } from '../problem';
import type { Limits } from '../limits';

/** A problem as a rule reports it; the loader adds line/column and sorts. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
  /** The problem is about the key of the member `pointer` names (e.g. a type id), not its value. */
  readonly atKey?: boolean;
}

/**
 * What every rule gets: the limits, the declared languages, and a place to report.
 *
 * Reports are counted, all of them, but only the first `maxProblems` errors and the first
 * `maxProblems` warnings are kept: a file with a million problems costs a million counts, not a
 * million stored, located and sorted problems. (Keeping that many of each severity is enough to
 * report errors first, whatever order the rules find them in.)
 */
export class RuleContext {
  /** The findings kept (see above), in the order they were reported. */
  readonly findings: Finding[] = [];
  /** Every finding reported, kept or not. */
  total = 0;
  /** Errors reported, kept or not. */
  errors = 0;
  /**
   * Languages declared in `meta.languages` (valid tags only); undefined when meta.languages is
   * missing or not an array, so that one mistake is reported once, not at every text.
   */
  languages: ReadonlySet<string> | undefined = undefined;
  /** Did-you-mean searches cost time on huge broken files; only the first few get one. */
  private suggestionBudget: number;
  private readonly keep: number;

  constructor(readonly limits: Limits) {
    this.suggestionBudget = Math.max(limits.maxProblems, 20);
    this.keep = Math.max(0, limits.maxProblems);
  }

  error(code: string, pointer: string, message: string, hint?: string, atKey?: boolean): void {
    this.report({ code, severity: 'error', pointer, message, hint, atKey });
  }

  warning(code: string, pointer: string, message: string, hint?: string, atKey?: boolean): void {
    this.report({ code, severity: 'warning', pointer, message, hint, atKey });
  }

  report(finding: Finding): void {
    this.total++;
    const isError = finding.severity === 'error';
    if (isError) this.errors++;
    if ((isError ? this.errors : this.total - this.errors) > this.keep) return;
    const clean: { -readonly [K in keyof Finding]: Finding[K] } = { code: finding.code, severity: finding.severity, pointer: finding.pointer, message: finding.message };
    if (finding.hint !== undefined) clean.hint = finding.hint;
    if (finding.atKey) clean.atKey = true;
    this.findings.push(clean);
  }

  /** True while did-you-mean suggestions may still be computed. */
  takeSuggestion(): boolean {
    if (this.suggestionBudget <= 0) return false;
    this.suggestionBudget--;
    return true;
  }
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property lookup that never reads the prototype chain (ids like "constructor" are data). */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
