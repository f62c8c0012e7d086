import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/run';
import { WATCH_SETTLE_MS } from '../../../src/cli/validate-command';
import { memoryIo } from './memory-io';
import { BUNDLED_TEXT } from '../model/edit/fixtures';

const BROKEN = BUNDLED_TEXT.replace('"type": "country"', '"type": "planet"');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory CliIo whose files "change" when the test says so. */
function watchableIo(files: Record<string, string>) {
  const io = memoryIo(files);
  const controller = new AbortController();
  let notify: ((path: string) => void) | undefined;
  let watched: readonly string[] = [];
  return Object.assign(io, {
    watch(paths: readonly string[], onChange: (path: string) => void) {
      watched = paths;
      notify = onChange;
    },
    interrupted: () => controller.signal,
    save(path: string, text: string) {
      io.files.set(path, new TextEncoder().encode(text));
      // Editors write more than once per save; the watch gathers them.
      notify?.(path);
      notify?.(path);
    },
    stop: () => controller.abort(),
    watched: () => watched,
  });
}

describe('validate --watch', () => {
  test('parses --watch', () => {
    expect(parseArgs(['validate', '--watch', 'a.json'])).toEqual({ ok: true, value: { command: 'validate', files: ['a.json'], json: false, watch: true } });
  });

  test('checks the files, then checks a file again each time it is saved, until interrupted', async () => {
    const io = watchableIo({ 'a.json': BUNDLED_TEXT, 'b.json': BUNDLED_TEXT });
    const done = runCli(['validate', '--watch', 'a.json', 'b.json'], io);
    await wait(20);
    expect(io.watched()).toEqual(['a.json', 'b.json']);
    expect(io.out).toContain('1 file: 0 errors');
    io.out = '';
    io.save('a.json', BROKEN);
    await wait(WATCH_SETTLE_MS + 60);
    expect(io.err).toContain('a.json changed');
    expect(io.out).toMatch(/a\.json:\d+:\d+ error unknown-node-type/);
    // One check per save, however many events the save made.
    expect(io.out.match(/1 file: 1 error/g)).toHaveLength(1);
    expect(io.out).not.toContain('b.json');
    io.out = '';
    io.save('a.json', BUNDLED_TEXT);
    await wait(WATCH_SETTLE_MS + 60);
    expect(io.out).toContain('1 file: 0 errors');
    io.stop();
    expect(await done).toBe(0);
  });

  test('ends with exit code 1 when a file was left with errors', async () => {
    const io = watchableIo({ 'a.json': BUNDLED_TEXT });
    const done = runCli(['validate', '--watch', 'a.json'], io);
    await wait(20);
    io.save('a.json', BROKEN);
    await wait(WATCH_SETTLE_MS + 60);
    io.stop();
    expect(await done).toBe(1);
  });

  test('says so where watching is not possible', async () => {
    const io = memoryIo({ 'a.json': BUNDLED_TEXT });
    expect(await runCli(['validate', '--watch', 'a.json'], io)).toBe(2);
    expect(io.err).toContain('--watch is not available');
  });
});
