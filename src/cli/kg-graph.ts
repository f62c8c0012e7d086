#!/usr/bin/env node
/**
 * kg-graph: validate, format and describe kg-viewer graph files from the command line.
 * This file only wires the process in; the logic lives in run.ts and the command modules.
 */
import { nodeIo } from './node-io';
import { runCli } from './run';

// exitCode rather than process.exit(), so buffered output to a pipe is flushed first.
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
