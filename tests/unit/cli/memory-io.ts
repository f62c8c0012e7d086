import type { CliIo } from '../../../src/cli/io';

/** An in-memory CliIo: files in a Map, output collected as strings. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  readonly writes: string[];
  out: string;
  err: string;
  /** The file's content as text (undefined when absent). */
  text(path: string): string | undefined;
}

/** Files given as text are stored as UTF-8; paths not in `files` fail with ENOENT. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([path, content]) => [
      path,
      typeof content === 'string' ? new TextEncoder().encode(content) : content,
    ]),
  );
  const io: MemoryIo = {
    files: store,
    writes: [],
    out: '',
    err: '',
    text: (path) => {
      const bytes = store.get(path);
      return bytes && new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    },
    readFile: async (path) => {
      const bytes = store.get(path);
      if (!bytes) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/read-only/')) throw new Error(`EACCES: permission denied, open '${path}'`);
      io.writes.push(path);
      store.set(path, new TextEncoder().encode(text));
    },
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
  };
  return io;
}
