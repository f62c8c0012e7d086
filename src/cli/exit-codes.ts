/** Exit codes of the kg-graph command, as `tsc`, `eslint` and `prettier --check` use them. */
export const EXIT = {
  /** Everything checked, nothing wrong (warnings do not count). */
  ok: 0,
  /** A graph file has errors, or `format --check` found a file to reformat. */
  problems: 1,
  /** Wrong arguments, or a file could not be read or written. */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
