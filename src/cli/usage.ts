import { SCHEMA_FILE_PATH } from '../format/schema';

/** Help text of the kg-graph command. */
export const USAGE = `Usage: kg-graph <command> [options]

Commands:
  validate <files...> [--json] [--watch]
                                 Check graph files; print each problem as
                                 file:line:col severity code pointer: message — hint
                                 --json   print a machine-readable report instead
                                 --watch  check again each time a file is saved (Ctrl+C ends)
  format <files...> [--check]    Rewrite valid graph files canonically (2-space indent,
                                 key order kept); invalid files are reported, left alone
                                 --check  write nothing, list files that would change
  schema [--out <path>]          Write the JSON Schema of the graph file
                                 (default ${SCHEMA_FILE_PATH}; "-" for standard output)
  help                           Show this help

Exit codes: 0 no errors, 1 errors found (or files to reformat with --check),
            2 wrong arguments or a file that cannot be read or written.
`;
