/**
 * Reading and checking one graph file, and the words of the summary line: shared by the
 * validate and format commands.
 */
import { loadGraphBytes, type LoadResult, type Problem } from '../format/index';
import { describeIoError, type CliIo } from './io';

/** What the CLI learned about one file. */
export type FileCheck =
  | { readonly file: string; readonly readError: string }
  | { readonly file: string; readonly readError?: undefined; readonly bytes: Uint8Array; readonly result: LoadResult };

/** Reads a file and runs the loader over its bytes; a read failure is returned, not thrown. */
export async function checkFile(file: string, io: CliIo): Promise<FileCheck> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return { file, readError: describeIoError(error) };
  }
  return { file, bytes, result: loadGraphBytes(bytes) };
}

/** Number of errors and warnings among the reported problems. */
export function countSeverities(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

/** `1 file`, `2 files`, `0 errors`, `1 warning`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The message printed for a file that cannot be read. */
export function readFailure(file: string, readError: string): string {
  return `kg-graph: cannot read ${file}: ${readError}\n`;
}
