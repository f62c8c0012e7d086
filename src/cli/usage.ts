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
  import <files...> -o <graph.json> [--from csv|gexf|graphml|cyjs]
         [--lang <tag>] [--title <text>]
                                 Read a graph from other tools: nodes.csv + edges.csv
                                 (+ sources.csv), .gexf, .graphml (yEd, Gephi), .cyjs/.json
                                 (Cytoscape); format from the extension unless --from.
                                 --lang  language of plain labels (default: en)
  export <graph.json> --to csv|gexf|graphml|cyjs -o <path> [--lang <tag>]
                                 Write a graph for other tools and list what the format
                                 cannot hold. For csv, -o is a folder (nodes.csv, edges.csv,
                                 sources.csv). --lang  language of the format's own label
  merge <a.json> <b.json> -o <out.json> [--on-collision keep-a|keep-b|rename]
                                 Merge b into a; ids used for different things are listed
                                 and nothing is written until --on-collision says what to do.
                                 Likely duplicates (same label after folding) are flagged.
  help                           Show this help

Exit codes: 0 no errors, 1 errors found (or files to reformat with --check,
            or merge collisions without --on-collision), 2 wrong arguments or a file
            that cannot be read or written. "-o -" writes to standard output.
`;
