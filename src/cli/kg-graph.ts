#!/usr/bin/env node
/**
 * kg-graph: validate, format and describe kg-viewer graph files from the command line.
 * This file only wires the process in; the logic lives in run.ts and the command modules.
 */
import { nodeIo } from './node-io';
import { runCli } from './run';

// A reader that stops early (`kg-graph validate … | head`) closes the pipe. Then stop writing
// to it but finish the run, so the exit code still tells whether the files have errors.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  stdoutClosed = true;
});
const io = nodeIo();
const stdout = (text: string): void => {
  if (!stdoutClosed) io.stdout(text);
};

// exitCode rather than process.exit(), so buffered output to a pipe is flushed first.
process.exitCode = await runCli(process.argv.slice(2), { ...io, stdout });
