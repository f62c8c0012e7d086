/**
 * The browser project's global setup on a machine without a browser: it stops before starting
 * anything, with the search's one message, so the run fails at once instead of once per file.
 */
import { describe, expect, it } from 'vitest';
import { createSetup } from '../../browser/global-setup';
import { requireChromium } from '../../browser/browser';

const MESSAGE = 'No Chromium for the browser tests and the benchmark. Looked for … Install one with `apt-get install chromium fonts-noto-core`.';

describe('the browser global setup', () => {
  it('throws the one message when no browser is found, and provides nothing to the tests', async () => {
    const provided: unknown[] = [];
    const setup = createSetup(() => ({ found: false, message: MESSAGE }));
    const error = await setup({ provide: (...args: unknown[]) => void provided.push(args) } as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(MESSAGE);
    // Only the message is shown: no stack trace pointing into the test harness.
    expect((error as Error).stack).toBe(MESSAGE);
    expect(provided).toEqual([]);
  });

  it('requireChromium hands back the path the search found', () => {
    expect(requireChromium(() => ({ found: true, path: '/usr/bin/chromium' }))).toBe('/usr/bin/chromium');
  });
});
