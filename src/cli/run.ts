/** Runs one kg-graph command line over the given I/O and returns the exit code. */
import { parseArgs } from './args';
import { EXIT, type ExitCode } from './exit-codes';
import { runFormat } from './format-command';
import { runExport, runImport, runMerge } from './interchange-commands';
import type { CliIo } from './io';
import { runSchema } from './schema-command';
import { USAGE } from './usage';
import { runValidate, watchValidate } from './validate-command';

/** `argv` is `process.argv.slice(2)`. Never throws for bad input: that is exit code 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`kg-graph: ${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const command = parsed.value;
  switch (command.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT.ok;
    case 'validate':
      return command.watch ? watchValidate(command, io) : runValidate(command, io);
    case 'format':
      return runFormat(command, io);
    case 'schema':
      return runSchema(command, io);
    case 'import':
      return runImport(command, io);
    case 'export':
      return runExport(command, io);
    case 'merge':
      return runMerge(command, io);
  }
}
