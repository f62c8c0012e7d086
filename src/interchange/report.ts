/**
 * What an import, export or merge has to tell the curator: problems located in the file they
 * came from (`file:row:column` for a spreadsheet, `file:line:column` for XML and JSON), and what a
 * target format could not hold. Pure data, so the CLI prints it and an editor can list it.
 */
import { escapeForMessage } from './text';

export type InterchangeSeverity = 'error' | 'warning' | 'info';

export interface InterchangeProblem {
  readonly severity: InterchangeSeverity;
  /** Stable kebab-case code, e.g. `csv-missing-column`, `not-exported-evidence`. */
  readonly code: string;
  /** A sentence a curator understands. */
  readonly message: string;
  /** The file the problem is in (as the caller named it). */
  readonly file?: string;
  /** Spreadsheet row, 1-based, the header being row 1 (CSV). */
  readonly row?: number;
  /** Text line, 1-based (XML, JSON). */
  readonly line?: number;
  /** 1-based column: the spreadsheet column, or the character in the line. */
  readonly column?: number;
  /** JSON pointer into the graph document the problem is about, when there is one. */
  readonly pointer?: string;
}

/** Where something came from in an input file. */
export interface Origin {
  readonly file?: string;
  readonly row?: number;
  readonly line?: number;
  readonly column?: number;
}

/** Collects problems in the order they are found. */
export class ReportBuilder {
  readonly problems: InterchangeProblem[] = [];

  add(severity: InterchangeSeverity, code: string, message: string, origin?: Origin, pointer?: string): void {
    this.problems.push({ severity, code, message, ...(origin ?? {}), ...(pointer === undefined ? {} : { pointer }) });
  }
  error(code: string, message: string, origin?: Origin, pointer?: string): void {
    this.add('error', code, message, origin, pointer);
  }
  warning(code: string, message: string, origin?: Origin, pointer?: string): void {
    this.add('warning', code, message, origin, pointer);
  }
  info(code: string, message: string, origin?: Origin, pointer?: string): void {
    this.add('info', code, message, origin, pointer);
  }
  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly InterchangeProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * One line for a terminal: `nodes.csv:5:3 error csv-bad-number: …`. Control and bidi characters
 * are shown escaped, so a hostile file cannot rewrite the terminal.
 */
export function formatInterchangeProblem(problem: InterchangeProblem): string {
  const at = problem.row ?? problem.line;
  const place = problem.file === undefined ? '' : `${problem.file}${at === undefined ? '' : `:${at}${problem.column === undefined ? '' : `:${problem.column}`}`} `;
  const pointer = problem.pointer === undefined || problem.pointer === '' ? '' : ` ${problem.pointer}`;
  return escapeForMessage(`${place}${problem.severity} ${problem.code}${pointer}: ${problem.message}`);
}
