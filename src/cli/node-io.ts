/** The real CliIo: Node's file system and the process's standard streams. */
import { watch } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { CliIo } from './io';

/** I/O over the file system, relative paths resolved from the current directory. */
export function nodeIo(): CliIo {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    watch: watchFiles,
    interrupted,
  };
}

let interruption: AbortController | undefined;

/** Aborts on the first Ctrl+C (SIGINT) or SIGTERM; listening starts only when asked. */
function interrupted(): AbortSignal {
  if (!interruption) {
    const controller = new AbortController();
    interruption = controller;
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return interruption.signal;
}

/**
 * Watches the folders that hold the files rather than the files themselves: editors often save
 * by writing a new file and renaming it over the old one, which ends a watch on the old file.
 */
function watchFiles(paths: readonly string[], onChange: (path: string) => void, signal: AbortSignal): void {
  const byFolder = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const folder = dirname(resolve(path));
    const names = byFolder.get(folder) ?? new Map<string, string>();
    names.set(basename(path), path);
    byFolder.set(folder, names);
  }
  for (const [folder, names] of byFolder) {
    const watcher = watch(folder, { signal }, (_event, name) => {
      const path = name === null ? undefined : names.get(name.toString());
      if (path !== undefined) onChange(path);
    });
    watcher.on('error', () => undefined);
  }
}
