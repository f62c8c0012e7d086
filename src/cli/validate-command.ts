/**
 * `kg-graph validate <files…> [--json]`: checks graph files with the loader and prints
 * every problem as a compiler-style line (editors and CI link them to the place), then a
 * summary; or, with --json, one machine-readable report per file.
 */
import { formatProblem, type Problem } from '../format/index';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIo } from './io';
import { checkFile, countSeverities, plural, readFailure } from './report';

/** One element of the `--json` array. */
export interface FileReport {
  readonly file: string;
  /** True when the file loaded: no errors (warnings allowed). */
  readonly ok: boolean;
  /** Set when the file could not be read; the other fields are then empty. */
  readonly readError?: string;
  readonly errors: number;
  readonly warnings: number;
  /** Problems reported, at most the loader's `maxProblems`; errors first. */
  readonly problems: readonly Problem[];
  /** All problems found, including those beyond the cap. */
  readonly totalProblems: number;
}

/** Validates the files; returns 0 when none has errors, 1 when one does, 2 when one cannot be read. */
export async function runValidate(
  options: { readonly files: readonly string[]; readonly json: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const reports: FileReport[] = [];
  for (const file of options.files) {
    const check = await checkFile(file, io);
    if (check.readError !== undefined) {
      reports.push({ file, ok: false, readError: check.readError, errors: 0, warnings: 0, problems: [], totalProblems: 0 });
      // In JSON mode the error is in the report; stderr still says it for a human watching.
      io.stderr(readFailure(file, check.readError));
      continue;
    }
    const { problems, totalProblems, ok } = check.result;
    reports.push({ file, ok, ...countSeverities(problems), problems, totalProblems });
    if (!options.json) {
      for (const problem of problems) io.stdout(`${formatProblem(problem, file)}\n`);
      if (totalProblems > problems.length) {
        io.stdout(`${file}: ${totalProblems - problems.length} more problems not shown\n`);
      }
    }
  }
  if (options.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else io.stdout(`${summaryLine(reports)}\n`);
  if (reports.some((report) => report.readError !== undefined)) return EXIT.usage;
  return reports.some((report) => !report.ok) ? EXIT.problems : EXIT.ok;
}

/** How long a burst of saves (editors write, rename, touch) is gathered into one check, in ms. */
export const WATCH_SETTLE_MS = 80;

/**
 * `validate --watch`: checks every file, then checks a file again each time it is saved, until
 * interrupted. Returns the exit code of the last check of all files (so CI-like wrappers still
 * learn whether errors were left).
 */
export async function watchValidate(
  options: { readonly files: readonly string[]; readonly json: boolean },
  io: CliIo,
): Promise<ExitCode> {
  if (!io.watch || !io.interrupted) {
    io.stderr('kg-graph: --watch is not available here\n');
    return EXIT.usage;
  }
  const interrupted = io.interrupted();
  const last = new Map<string, ExitCode>();
  const check = async (files: readonly string[]): Promise<void> => {
    for (const file of files) last.set(file, await runValidate({ files: [file], json: options.json }, io));
  };
  await check(options.files);
  io.stderr(`watching ${plural(options.files.length, 'file')} (Ctrl+C to stop)\n`);
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  io.watch(
    options.files,
    (path) => {
      pending.add(path);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const files = options.files.filter((file) => pending.has(file));
        pending.clear();
        running = running.then(async () => {
          io.stderr(`\n${files.join(', ')} changed:\n`);
          await check(files);
        });
      }, WATCH_SETTLE_MS);
    },
    interrupted,
  );
  await new Promise<void>((resolve) => (interrupted.aborted ? resolve() : interrupted.addEventListener('abort', () => resolve(), { once: true })));
  if (timer !== undefined) clearTimeout(timer);
  await running;
  const codes = [...last.values()];
  return codes.includes(EXIT.usage) ? EXIT.usage : codes.includes(EXIT.problems) ? EXIT.problems : EXIT.ok;
}

/** `2 files: 1 error, 3 warnings` (+ unread files and problems beyond the cap, when any). */
export function summaryLine(reports: readonly FileReport[]): string {
  const errors = reports.reduce((sum, report) => sum + report.errors, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
  const unread = reports.filter((report) => report.readError !== undefined).length;
  const hidden = reports.reduce((sum, report) => sum + report.totalProblems - report.problems.length, 0);
  let line = `${plural(reports.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (hidden > 0) line += `, ${hidden} more not shown`;
  if (unread > 0) line += `, ${unread} not readable`;
  return line;
}
