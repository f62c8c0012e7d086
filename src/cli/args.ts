/**
 * Parses the kg-graph command line by hand (no dependency): a command, its files and flags.
 * Unknown flags and missing files are errors, so a typo never silently checks nothing.
 */

export type CliCommand =
  | { readonly command: 'validate'; readonly files: readonly string[]; readonly json: boolean; readonly watch?: boolean }
  | { readonly command: 'format'; readonly files: readonly string[]; readonly check: boolean }
  | { readonly command: 'schema'; readonly out: string | undefined }
  | { readonly command: 'help' };

export type ParsedArgs =
  | { readonly ok: true; readonly value: CliCommand }
  | { readonly ok: false; readonly error: string };

const COMMANDS = ['validate', 'format', 'schema', 'help'] as const;

const fail = (error: string): ParsedArgs => ({ ok: false, error });

/** Splits arguments into flags and positionals; `--` ends the flags, `--name=value` is one flag. */
function split(args: readonly string[]): { flags: string[]; positionals: string[] } {
  const flags: string[] = [];
  const positionals: string[] = [];
  let flagsEnded = false;
  for (const arg of args) {
    if (!flagsEnded && arg === '--') flagsEnded = true;
    else if (!flagsEnded && arg.startsWith('-') && arg !== '-') flags.push(arg);
    else positionals.push(arg);
  }
  return { flags, positionals };
}

/** Parses `process.argv.slice(2)`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return fail('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    return { ok: true, value: { command: 'help' } };
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return fail(`unknown command "${command}" (expected ${COMMANDS.join(', ')})`);
  }
  if (rest.includes('--help') || rest.includes('-h')) return { ok: true, value: { command: 'help' } };

  if (command === 'schema') return parseSchema(rest);
  const { flags, positionals } = split(rest);
  const allowed = command === 'validate' ? ['--json', '--watch'] : ['--check'];
  const unknown = flags.find((flag) => !allowed.includes(flag));
  if (unknown !== undefined) return fail(`unknown option "${unknown}" for ${command}`);
  if (positionals.length === 0) return fail(`${command} needs at least one file`);
  const flag = flags.length > 0;
  return command === 'validate'
    ? { ok: true, value: { command, files: positionals, json: flags.includes('--json'), ...(flags.includes('--watch') ? { watch: true } : {}) } }
    : { ok: true, value: { command: 'format', files: positionals, check: flag } };
}

function parseSchema(args: readonly string[]): ParsedArgs {
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    let value: string | undefined;
    if (arg === '--out' || arg === '-o') {
      value = args[++i];
      if (value === undefined) return fail(`${arg} needs a path`);
    } else if (arg.startsWith('--out=')) {
      value = arg.slice('--out='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      return fail(`unknown option "${arg}" for schema`);
    } else {
      return fail(`schema takes no files (use --out ${arg})`);
    }
    if (value === '') return fail('--out needs a path');
    if (out !== undefined) return fail('--out given twice');
    out = value;
  }
  return { ok: true, value: { command: 'schema', out } };
}
