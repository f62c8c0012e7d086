/** `kg-graph schema [--out path]`: writes the JSON Schema generated from src/format/schema.ts. */
import { SCHEMA_FILE_PATH, schemaText } from '../format/schema';
import { EXIT, type ExitCode } from './exit-codes';
import { describeIoError, type CliIo } from './io';

/** Writes the schema to `out` (default the published file; `-` is standard output). */
export async function runSchema(options: { readonly out: string | undefined }, io: CliIo): Promise<ExitCode> {
  const out = options.out ?? SCHEMA_FILE_PATH;
  if (out === '-') {
    io.stdout(schemaText());
    return EXIT.ok;
  }
  try {
    await io.writeFile(out, schemaText());
  } catch (error) {
    io.stderr(`kg-graph: cannot write ${out}: ${describeIoError(error)}\n`);
    return EXIT.usage;
  }
  io.stdout(`wrote ${out}\n`);
  return EXIT.ok;
}
