import { INTERCHANGE_FORMATS, type InterchangeFormat } from '../interchange/formats';
import { COLLISION_CHOICES, type CollisionChoice } from '../interchange/merge';

/**
 * Parses the kg-graph command line by hand (no dependency): a command, its files and flags.
 * Unknown flags and missing files are errors, so a typo never silently checks nothing.
 */

export type CliCommand =
  | { readonly command: 'validate'; readonly files: readonly string[]; readonly json: boolean; readonly watch?: boolean }
  | { readonly command: 'format'; readonly files: readonly string[]; readonly check: boolean }
  | { readonly command: 'schema'; readonly out: string | undefined }
  | {
      readonly command: 'import';
      readonly files: readonly string[];
      readonly out: string;
      readonly from?: InterchangeFormat;
      readonly lang?: string;
      readonly title?: string;
    }
  | { readonly command: 'export'; readonly file: string; readonly to: InterchangeFormat; readonly out: string; readonly lang?: string }
  | { readonly command: 'merge'; readonly files: readonly [string, string]; readonly out: string; readonly onCollision?: CollisionChoice }
  | { readonly command: 'help' };

export type ParsedArgs =
  | { readonly ok: true; readonly value: CliCommand }
  | { readonly ok: false; readonly error: string };

const COMMANDS = ['validate', 'format', 'schema', 'import', 'export', 'merge', 'help'] as const;

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
  if (command === 'import' || command === 'export' || command === 'merge') return parseInterchange(command, rest);
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

/** Options that take a value, per command: `--name value` or `--name=value`; `-o` is `--out`. */
const VALUE_OPTIONS = {
  import: ['out', 'from', 'lang', 'title'],
  export: ['out', 'to', 'lang'],
  merge: ['out', 'on-collision'],
} as const;

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T | string {
  return (allowed as readonly string[]).includes(value) ? (value as T) : `--${option} must be one of ${allowed.join(', ')} (got "${value}")`;
}

function parseInterchange(command: 'import' | 'export' | 'merge', args: readonly string[]): ParsedArgs {
  const allowed: readonly string[] = VALUE_OPTIONS[command];
  const values = new Map<string, string>();
  const positionals: string[] = [];
  let flagsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (flagsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      flagsEnded = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag === '-o' ? 'out' : flag.replace(/^--/, '');
    if (!flag.startsWith('--') && flag !== '-o') return fail(`unknown option "${arg}" for ${command}`);
    if (!allowed.includes(name)) return fail(`unknown option "${flag}" for ${command}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return fail(`${flag} needs a value`);
    if (values.has(name)) return fail(`--${name} given twice`);
    values.set(name, value);
  }
  const out = values.get('out');
  if (out === undefined) return fail(`${command} needs -o <path> (where to write)`);
  const lang = values.get('lang');
  if (command === 'import') {
    if (positionals.length === 0) return fail('import needs at least one file');
    const from = values.get('from');
    const format = from === undefined ? undefined : oneOf(from, INTERCHANGE_FORMATS, 'from');
    if (format !== undefined && !(INTERCHANGE_FORMATS as readonly string[]).includes(format)) return fail(format);
    const title = values.get('title');
    return {
      ok: true,
      value: { command, files: positionals, out, ...(format ? { from: format as InterchangeFormat } : {}), ...(lang ? { lang } : {}), ...(title ? { title } : {}) },
    };
  }
  if (command === 'export') {
    if (positionals.length !== 1) return fail('export takes one graph file');
    const to = values.get('to');
    if (to === undefined) return fail(`export needs --to ${INTERCHANGE_FORMATS.join('|')}`);
    const format = oneOf(to, INTERCHANGE_FORMATS, 'to');
    if (!(INTERCHANGE_FORMATS as readonly string[]).includes(format)) return fail(format);
    return { ok: true, value: { command, file: positionals[0] as string, to: format as InterchangeFormat, out, ...(lang ? { lang } : {}) } };
  }
  if (positionals.length !== 2) return fail('merge takes two graph files: the first, and the one merged into it');
  const choice = values.get('on-collision');
  const onCollision = choice === undefined ? undefined : oneOf(choice, COLLISION_CHOICES, 'on-collision');
  if (onCollision !== undefined && !(COLLISION_CHOICES as readonly string[]).includes(onCollision)) return fail(onCollision);
  return { ok: true, value: { command, files: [positionals[0] as string, positionals[1] as string], out, ...(onCollision ? { onCollision: onCollision as CollisionChoice } : {}) } };
}
