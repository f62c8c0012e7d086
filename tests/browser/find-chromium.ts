/**
 * Where a Chromium (or Chrome) for the browser tests and the benchmark may be installed, and
 * which one to use. Pure: the machine (environment, platform, home folder) and the file system
 * (does this executable exist, what is in this folder) are passed in, so every case is testable
 * in Node; ./browser.ts hands in the real ones.
 */
import { posix } from 'node:path';

/** The machine being searched. */
export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

/** The file system as the search sees it. */
export interface FileProbe {
  /** Whether `path` is an executable file. */
  exists(path: string): boolean;
  /** The names in folder `path`; empty when it does not exist. */
  list(path: string): readonly string[];
}

export type ChromiumSearch =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly message: string };

/** How to get a browser, said once, in the one message a run without one ends with. */
export const INSTALL_HINT =
  'Install one with `apt-get install chromium fonts-noto-core` (Debian/Ubuntu; the fonts draw the Arabic text), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable. (Without one, `npm run test:unit` runs the Node tests alone.)';

/** Executable names of Chromium and Chrome on Debian, Ubuntu and Google's packages, most specific first. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
/** Where those packages put them even when PATH does not say so (snap's wrappers in /snap/bin). */
const SYSTEM_BIN = ['/usr/bin', '/snap/bin'] as const;

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
] as const;

/**
 * The executables inside one Playwright browser folder (`chromium-<revision>` or
 * `chromium_headless_shell-<revision>`), in the layouts Playwright has used: Chrome for Testing
 * builds (today) and the older Chromium builds (chrome-linux/, chrome-mac/).
 */
const PLAYWRIGHT_LAYOUTS: Readonly<Record<'linux' | 'darwin', Readonly<Record<'chromium' | 'shell', readonly string[]>>>> = {
  linux: {
    chromium: ['chrome-linux64/chrome', 'chrome-linux-arm64/chrome', 'chrome-linux/chrome'],
    shell: [
      'chrome-headless-shell-linux64/chrome-headless-shell',
      'chrome-headless-shell-linux-arm64/chrome-headless-shell',
      'chrome-linux/headless_shell',
    ],
  },
  darwin: {
    chromium: [
      'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ],
    shell: [
      'chrome-headless-shell-mac-arm64/chrome-headless-shell',
      'chrome-headless-shell-mac-x64/chrome-headless-shell',
      'chrome-mac/headless_shell',
    ],
  },
};

/** Playwright's browser cache: PLAYWRIGHT_BROWSERS_PATH, else its per-platform default. */
export function playwrightCache(machine: Machine): string | undefined {
  const { env, platform, home } = machine;
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  // "0" means "inside node_modules", which `npx playwright install` fills and we never run.
  if (configured !== undefined && configured !== '' && configured !== '0') return configured;
  if (platform === 'linux') return posix.join(env.XDG_CACHE_HOME || posix.join(home, '.cache'), 'ms-playwright');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'ms-playwright');
  return undefined;
}

/** The revision of a Playwright browser folder (`chromium-1200` → 1200), for newest-first order. */
function revision(folder: string): number {
  return Number(folder.slice(folder.lastIndexOf('-') + 1)) || 0;
}

/** Executables in Playwright's cache: full Chromium builds first, then headless shells, newest first. */
function playwrightCandidates(machine: Machine, probe: FileProbe): string[] {
  const cache = playwrightCache(machine);
  const platform = machine.platform === 'linux' || machine.platform === 'darwin' ? machine.platform : undefined;
  if (cache === undefined || platform === undefined) return [];
  const names = probe.list(cache);
  const found: string[] = [];
  for (const [prefix, kind] of [['chromium-', 'chromium'], ['chromium_headless_shell-', 'shell']] as const) {
    const folders = names.filter((name) => name.startsWith(prefix)).sort((a, b) => revision(b) - revision(a));
    for (const folder of folders) {
      for (const layout of PLAYWRIGHT_LAYOUTS[platform][kind]) found.push(posix.join(cache, folder, layout));
    }
  }
  return found;
}

/**
 * Every place a browser may be, in the order they are tried: each command on PATH and in the
 * system folders, the macOS applications, then Playwright's cache. CHROMIUM_PATH is not in it:
 * when set it is the only candidate (see findChromium).
 */
export function chromiumCandidates(machine: Machine, probe: FileProbe): string[] {
  const { env, platform, home } = machine;
  const pathDirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : ':').filter((dir) => dir !== '');
  const candidates: string[] = [];
  for (const command of COMMANDS) {
    for (const dir of [...pathDirs, ...(platform === 'linux' ? SYSTEM_BIN : [])]) candidates.push(posix.join(dir, command));
  }
  if (platform === 'darwin') {
    for (const apps of ['/Applications', posix.join(home, 'Applications')]) {
      for (const app of MAC_APPS) candidates.push(posix.join(apps, app));
    }
  }
  candidates.push(...playwrightCandidates(machine, probe));
  return [...new Set(candidates)];
}

/** Where the search looked, in words, for the message of a failed search. */
function placesSearched(machine: Machine): string {
  const places = [`${COMMANDS.join(', ')} on PATH${machine.platform === 'linux' ? ` and in ${SYSTEM_BIN.join(' and ')}` : ''}`];
  if (machine.platform === 'darwin') places.push('the Google Chrome and Chromium apps in /Applications and ~/Applications');
  const cache = playwrightCache(machine);
  if (cache !== undefined) places.push(`Playwright's browser cache (${cache})`);
  return places.join('; ');
}

/**
 * The browser to use: CHROMIUM_PATH when set (and then only it: a wrong setting is an error,
 * not a reason to pick another browser), else the first candidate that exists. When there is
 * none, one message that says where it looked and how to install one.
 */
export function findChromium(machine: Machine, probe: FileProbe): ChromiumSearch {
  const configured = machine.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (probe.exists(configured)) return { found: true, path: configured };
    return {
      found: false,
      message: `No Chromium for the browser tests and the benchmark: CHROMIUM_PATH is "${configured}", which is not an executable file. ` +
        `Point it at a Chromium or Chrome executable, or unset it to search the usual places. ${INSTALL_HINT}`,
    };
  }
  const path = chromiumCandidates(machine, probe).find((candidate) => probe.exists(candidate));
  if (path !== undefined) return { found: true, path };
  return {
    found: false,
    message: `No Chromium for the browser tests and the benchmark. Looked for ${placesSearched(machine)}. ${INSTALL_HINT}`,
  };
}
