import { escapeForMessage } from './message-text';
import type { Problem } from './problem';

/**
 * One line for a terminal or log:
 * `data/x.json:57:17 error dangling-edge-end /edges/3/target: no node has id "irn" — did you mean "iran"?`
 * Control and bidi characters are shown escaped, so a hostile file cannot rewrite the terminal.
 */
export function formatProblem(problem: Problem, fileName?: string): string {
  const where = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}` : '';
  const place = fileName !== undefined ? (where ? `${fileName}:${where}` : fileName) : where;
  const pointer = problem.pointer === '' ? '' : ` ${problem.pointer}`;
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  const line = `${place ? `${place} ` : ''}${problem.severity} ${problem.code}${pointer}: ${problem.message}${hint}`;
  return escapeForMessage(line);
}
