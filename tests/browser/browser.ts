/**
 * Real headless Chromium for browser tests and the benchmark: an installed Chromium or Chrome
 * (found by ./find-chromium.ts; Debian's /usr/bin/chromium on the project's machines) driven by
 * playwright-core. The flags keep Chromium off this closed network; a fresh profile per launch.
 */
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium, type ChromiumSearch, type FileProbe } from './find-chromium';

/** The real file system for the search: executable files, and folder listings. */
const realFiles: FileProbe = {
  exists(path) {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  list(path) {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
};

/** Searches this machine for a Chromium (see findChromium for the order). */
export function searchInstalledChromium(): ChromiumSearch {
  return findChromium({ env: process.env, platform: process.platform, home: homedir() }, realFiles);
}

/**
 * The Chromium to launch, or an error carrying only the search's one message (no stack: it is
 * an instruction to the person running the tests, not a bug).
 */
export function requireChromium(search: () => ChromiumSearch = searchInstalledChromium): string {
  const result = search();
  if (result.found) return result.path;
  const error = new Error(result.message);
  error.stack = result.message;
  throw error;
}

let chromiumPath: string | undefined;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data dir that is removed on close. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; locale?: string; extraArgs?: readonly string[] } = {},
): Promise<LaunchedBrowser> {
  const executablePath = (chromiumPath ??= requireChromium());
  const userDataDir = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type { Browser };
