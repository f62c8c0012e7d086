import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  test('validate takes files and --json, in any order', () => {
    expect(parseArgs(['validate', 'a.json', '--json', 'b.json'])).toEqual({
      ok: true,
      value: { command: 'validate', files: ['a.json', 'b.json'], json: true },
    });
    expect(parseArgs(['validate', 'a.json'])).toEqual({
      ok: true,
      value: { command: 'validate', files: ['a.json'], json: false },
    });
  });

  test('format takes files and --check', () => {
    expect(parseArgs(['format', '--check', 'a.json'])).toEqual({
      ok: true,
      value: { command: 'format', files: ['a.json'], check: true },
    });
  });

  test('-- ends the options, so a file may start with a dash', () => {
    expect(parseArgs(['validate', '--', '--json'])).toEqual({
      ok: true,
      value: { command: 'validate', files: ['--json'], json: false },
    });
  });

  test('schema takes --out path, --out=path, or nothing', () => {
    expect(parseArgs(['schema'])).toEqual({ ok: true, value: { command: 'schema', out: undefined } });
    expect(parseArgs(['schema', '--out', 'x.json'])).toEqual({ ok: true, value: { command: 'schema', out: 'x.json' } });
    expect(parseArgs(['schema', '--out=-'])).toEqual({ ok: true, value: { command: 'schema', out: '-' } });
  });

  test('help, --help and -h ask for help', () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['validate', '--help']]) {
      expect(parseArgs(argv)).toEqual({ ok: true, value: { command: 'help' } });
    }
  });

  test.each([
    [[], /no command/],
    [['check', 'a.json'], /unknown command "check"/],
    [['validate'], /needs at least one file/],
    [['validate', '--json'], /needs at least one file/],
    [['format', '--check'], /needs at least one file/],
    [['validate', '--jsn', 'a.json'], /unknown option "--jsn"/],
    [['validate', '--check', 'a.json'], /unknown option "--check" for validate/],
    [['format', '--json', 'a.json'], /unknown option "--json" for format/],
    [['schema', '--out'], /--out needs a path/],
    [['schema', '--out='], /--out needs a path/],
    [['schema', 'x.json'], /takes no files/],
    [['schema', '--force'], /unknown option "--force"/],
    [['schema', '--out', 'a', '--out', 'b'], /twice/],
  ] as [string[], RegExp][])('%j is refused', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
