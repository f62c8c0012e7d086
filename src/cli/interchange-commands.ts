/**
 * `kg-graph import`, `export` and `merge`: the interchange layer (src/interchange) over files.
 * Diagnostics go to standard error, so `-o -` can write the result to standard output; a
 * one-line summary goes to standard output otherwise. Exit codes as for validate: 1 when the
 * input has errors (or a merge has collisions and no --on-collision), 2 for files that cannot
 * be read or written.
 */
import { formatProblem, serializeGraph, type GraphDocument } from '../format/index';
import {
  exportGraph,
  formatInterchangeProblem,
  importGraph,
  type InterchangeFormat,
  type InterchangeProblem,
} from '../interchange/index';
import { findCollisions, mergeGraphs, type Collision, type CollisionChoice } from '../interchange/merge';
import { EXIT, type ExitCode } from './exit-codes';
import { describeIoError, type CliIo } from './io';
import { checkFile, plural, readFailure } from './report';

function printProblems(problems: readonly InterchangeProblem[], io: CliIo): void {
  for (const problem of problems) io.stderr(`${formatInterchangeProblem(problem)}\n`);
}

function counts(problems: readonly InterchangeProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Writes text to a path, or to standard output for `-`; false (with a message) when it cannot. */
async function write(path: string, text: string, io: CliIo): Promise<boolean> {
  if (path === '-') {
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFile(path, text);
    return true;
  } catch (error) {
    io.stderr(`kg-graph: cannot write ${path}: ${describeIoError(error)}\n`);
    return false;
  }
}

/** Loads a graph file with the loader; undefined (after printing why) when it cannot be used. */
async function loadGraph(file: string, io: CliIo): Promise<{ graph?: GraphDocument; exit?: ExitCode }> {
  const check = await checkFile(file, io);
  if (check.readError !== undefined) {
    io.stderr(readFailure(file, check.readError));
    return { exit: EXIT.usage };
  }
  if (!check.result.ok) {
    for (const problem of check.result.problems) if (problem.severity === 'error') io.stderr(`${formatProblem(problem, file)}\n`);
    io.stderr(`${file}: not a valid graph file; fix it first (kg-graph validate ${file})\n`);
    return { exit: EXIT.problems };
  }
  return { graph: check.result.graph };
}

export async function runImport(
  options: { readonly files: readonly string[]; readonly out: string; readonly from?: InterchangeFormat; readonly lang?: string; readonly title?: string },
  io: CliIo,
): Promise<ExitCode> {
  const inputs = [];
  for (const file of options.files) {
    try {
      inputs.push({ name: file, content: await io.readFile(file) });
    } catch (error) {
      io.stderr(readFailure(file, describeIoError(error)));
      return EXIT.usage;
    }
  }
  const result = importGraph(inputs, {
    ...(options.from ? { format: options.from } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(options.title ? { title: options.title } : {}),
  });
  printProblems(result.problems, io);
  if (!result.graph) {
    io.stderr(`kg-graph: nothing written: ${counts(result.problems)}\n`);
    return EXIT.problems;
  }
  if (!(await write(options.out, serializeGraph(result.graph), io))) return EXIT.usage;
  if (options.out !== '-') {
    io.stdout(`wrote ${options.out}: ${plural(result.graph.nodes.length, 'node')}, ${plural(result.graph.edges.length, 'edge')} (${counts(result.problems)})\n`);
  }
  return EXIT.ok;
}

export async function runExport(
  options: { readonly file: string; readonly to: InterchangeFormat; readonly out: string; readonly lang?: string },
  io: CliIo,
): Promise<ExitCode> {
  if (options.to === 'csv' && options.out === '-') {
    io.stderr('kg-graph: CSV export writes nodes.csv and edges.csv: give a folder with -o, not "-"\n');
    return EXIT.usage;
  }
  const loaded = await loadGraph(options.file, io);
  if (!loaded.graph) return loaded.exit ?? EXIT.problems;
  const result = exportGraph(loaded.graph, options.to, options.lang ? { language: options.lang } : {});
  printProblems(result.problems, io);
  const written: string[] = [];
  for (const file of result.files) {
    // CSV is several files: -o names the folder they go in. Other formats: -o is the file.
    const path = options.to === 'csv' ? `${options.out.replace(/[\\/]+$/, '')}/${file.name}` : options.out;
    if (!(await write(path, file.text, io))) return EXIT.usage;
    written.push(path);
  }
  if (options.out !== '-') io.stdout(`wrote ${written.join(', ')} (${counts(result.problems)})\n`);
  return EXIT.ok;
}

function describeCollision(collision: Collision): string {
  const what = collision.kindInA ? `b's ${collision.kind} "${collision.id}" has the id of a's ${collision.kindInA}` : `${collision.kind} "${collision.id}" differs between the files`;
  if (collision.resolution === undefined) return what;
  const done = collision.resolution === 'rename' ? `b's renamed to "${collision.renamedTo}"` : collision.resolution === 'keep-a' ? "a's kept" : "b's kept";
  return `${what}: ${done}${collision.note ? ` (${collision.note})` : ''}`;
}

export async function runMerge(
  options: { readonly files: readonly [string, string]; readonly out: string; readonly onCollision?: CollisionChoice },
  io: CliIo,
): Promise<ExitCode> {
  const [fileA, fileB] = options.files;
  const a = await loadGraph(fileA, io);
  if (!a.graph) return a.exit ?? EXIT.problems;
  const b = await loadGraph(fileB, io);
  if (!b.graph) return b.exit ?? EXIT.problems;
  if (options.onCollision === undefined) {
    const collisions = findCollisions(a.graph, b.graph);
    if (collisions.length > 0) {
      for (const collision of collisions) io.stderr(`${fileB}: collision ${collision.kind}:${collision.id}: ${describeCollision(collision)}\n`);
      io.stderr(`kg-graph: nothing written: ${plural(collisions.length, 'id collision')}; choose with --on-collision keep-a|keep-b|rename\n`);
      return EXIT.problems;
    }
  }
  const result = mergeGraphs(a.graph, b.graph, options.onCollision ? { onCollision: options.onCollision } : {});
  for (const collision of result.collisions) io.stderr(`${fileB}: info collision ${collision.kind}:${collision.id}: ${describeCollision(collision)}\n`);
  for (const duplicate of result.duplicates) {
    io.stderr(`${fileB}: warning likely-duplicate: node "${duplicate.b}" and node "${duplicate.a}" of ${fileA} have the same label "${duplicate.label}"\n`);
  }
  printProblems(result.problems, io);
  if (!result.graph) {
    io.stderr(`kg-graph: nothing written: the merged graph does not validate (${counts(result.problems)})\n`);
    return EXIT.problems;
  }
  if (!(await write(options.out, serializeGraph(result.graph), io))) return EXIT.usage;
  if (options.out !== '-') {
    io.stdout(
      `wrote ${options.out}: ${plural(result.graph.nodes.length, 'node')}, ${plural(result.graph.edges.length, 'edge')} (${plural(result.collisions.length, 'collision')} resolved, ${plural(result.duplicates.length, 'likely duplicate')})\n`,
    );
  }
  return EXIT.ok;
}
