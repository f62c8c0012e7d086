/** The real CliIo: Node's file system and the process's standard streams. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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
  };
}
