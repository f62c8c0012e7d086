/**
 * What a command may do to the outside world. The entry file passes the real file system
 * and process streams; tests pass in-memory ones.
 */
export interface CliIo {
  /** The file's bytes; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the text as UTF-8, creating missing parent folders; rejects when it cannot. */
  writeFile(path: string, text: string): Promise<void>;
  /** Writes to standard output; the text carries its own newlines. */
  stdout(text: string): void;
  /** Writes to standard error; the text carries its own newlines. */
  stderr(text: string): void;
  /**
   * Calls `onChange` with a path each time one of these files is saved, until `signal` aborts
   * (`validate --watch`). Absent where watching is not possible.
   */
  watch?(paths: readonly string[], onChange: (path: string) => void, signal: AbortSignal): void;
  /** A signal that aborts when the user stops the program (Ctrl+C): ends a watch. */
  interrupted?(): AbortSignal;
}

/** The message of an I/O failure, without a stack (`ENOENT: no such file or directory, open 'x'`). */
export function describeIoError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
