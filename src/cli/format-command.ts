/**
 * `kg-graph format <files…> [--check]`: rewrites valid graph files in the canonical form
 * serializeGraph gives (2-space indent, key order kept, newline at the end), like
 * `prettier --write`; `--check` writes nothing and lists what would change. Invalid files
 * are reported and never touched: rewriting a file the loader refuses could lose data.
 */
import { formatProblem, serializeGraph } from '../format/index';
import { EXIT, type ExitCode } from './exit-codes';
import { describeIoError, type CliIo } from './io';
import { checkFile, plural, readFailure } from './report';

/** Formats (or with `check`, checks) the files; returns the exit code. */
export async function runFormat(
  options: { readonly files: readonly string[]; readonly check: boolean },
  io: CliIo,
): Promise<ExitCode> {
  let changed = 0;
  let invalid = 0;
  let failed = 0;
  for (const file of options.files) {
    const check = await checkFile(file, io);
    if (check.readError !== undefined) {
      failed++;
      io.stderr(readFailure(file, check.readError));
      continue;
    }
    if (!check.result.ok) {
      invalid++;
      for (const problem of check.result.problems) {
        if (problem.severity === 'error') io.stderr(`${formatProblem(problem, file)}\n`);
      }
      io.stderr(`${file}: not formatted, it has errors\n`);
      continue;
    }
    const canonical = serializeGraph(check.result.graph);
    // Keep a BOM in the decoded text so a file that starts with one counts as non-canonical.
    const current = new TextDecoder('utf-8', { ignoreBOM: true }).decode(check.bytes);
    if (current === canonical) continue;
    changed++;
    if (options.check) {
      io.stdout(`${file}\n`);
      continue;
    }
    try {
      await io.writeFile(file, canonical);
      io.stdout(`formatted ${file}\n`);
    } catch (error) {
      failed++;
      io.stderr(`kg-graph: cannot write ${file}: ${describeIoError(error)}\n`);
    }
  }
  const files = options.files.length;
  const verb = options.check ? 'would be reformatted' : 'reformatted';
  let summary = `${plural(files, 'file')}: ${changed} ${verb}, ${files - changed - invalid - failed} already canonical`;
  if (invalid > 0) summary += `, ${invalid} with errors`;
  if (failed > 0) summary += `, ${failed} not readable or writable`;
  io.stdout(`${summary}\n`);
  if (failed > 0) return EXIT.usage;
  if (invalid > 0 || (options.check && changed > 0)) return EXIT.problems;
  return EXIT.ok;
}
