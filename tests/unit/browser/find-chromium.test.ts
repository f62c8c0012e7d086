import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium, INSTALL_HINT, playwrightCache, type FileProbe, type Machine } from '../../browser/find-chromium';

/** A file system holding exactly `files` (executables); folders are whatever contains them. */
function filesystem(files: readonly string[]): FileProbe & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    exists(path) {
      asked.push(path);
      return files.includes(path);
    },
    list(path) {
      const prefix = `${path}/`;
      return [...new Set(files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0] ?? ''))];
    },
  };
}

const linux = (env: Record<string, string> = {}): Machine => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
  platform: 'linux',
  home: '/home/reader',
});
const mac = (env: Record<string, string> = {}): Machine => ({
  env: { PATH: '/opt/homebrew/bin:/usr/bin:/bin', ...env },
  platform: 'darwin',
  home: '/Users/reader',
});

const found = (machine: Machine, files: readonly string[]): string | undefined => {
  const result = findChromium(machine, filesystem(files));
  return result.found ? result.path : undefined;
};

describe('findChromium on Linux', () => {
  it("finds Debian's chromium, Ubuntu's chromium-browser and Google's Chrome", () => {
    expect(found(linux(), ['/usr/bin/chromium'])).toBe('/usr/bin/chromium');
    expect(found(linux(), ['/usr/bin/chromium-browser'])).toBe('/usr/bin/chromium-browser');
    expect(found(linux(), ['/usr/bin/google-chrome'])).toBe('/usr/bin/google-chrome');
    expect(found(linux(), ['/usr/bin/google-chrome-stable'])).toBe('/usr/bin/google-chrome-stable');
  });

  it("finds the snap's wrapper and system browsers even when PATH leaves their folders out", () => {
    expect(found(linux({ PATH: '/nowhere' }), ['/snap/bin/chromium'])).toBe('/snap/bin/chromium');
    expect(found(linux({ PATH: '' }), ['/usr/bin/chromium'])).toBe('/usr/bin/chromium');
  });

  it('follows PATH order, and prefers chromium over Chrome', () => {
    expect(found(linux(), ['/usr/bin/chromium', '/usr/local/bin/chromium'])).toBe('/usr/local/bin/chromium');
    expect(found(linux(), ['/usr/local/bin/google-chrome', '/usr/bin/chromium'])).toBe('/usr/bin/chromium');
  });

  it("finds Playwright's Chromium, newest revision first, before its headless shell", () => {
    const cache = '/home/reader/.cache/ms-playwright';
    const files = [
      `${cache}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
      `${cache}/chromium-1200/chrome-linux64/chrome`,
      `${cache}/chromium-1190/chrome-linux64/chrome`,
    ];
    expect(found(linux(), files)).toBe(`${cache}/chromium-1200/chrome-linux64/chrome`);
    expect(found(linux(), files.slice(0, 1))).toBe(files[0]);
  });

  it("finds the older Playwright layouts (chrome-linux/chrome and chrome-linux/headless_shell)", () => {
    const cache = '/home/reader/.cache/ms-playwright';
    expect(found(linux(), [`${cache}/chromium-1097/chrome-linux/chrome`])).toBe(`${cache}/chromium-1097/chrome-linux/chrome`);
    expect(found(linux(), [`${cache}/chromium_headless_shell-1148/chrome-linux/headless_shell`])).toBe(
      `${cache}/chromium_headless_shell-1148/chrome-linux/headless_shell`,
    );
  });

  it('looks in the cache Playwright itself would use: PLAYWRIGHT_BROWSERS_PATH, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(playwrightCache(linux())).toBe('/home/reader/.cache/ms-playwright');
    expect(playwrightCache(linux({ XDG_CACHE_HOME: '/var/cache/reader' }))).toBe('/var/cache/reader/ms-playwright');
    expect(playwrightCache(linux({ PLAYWRIGHT_BROWSERS_PATH: '/opt/pw' }))).toBe('/opt/pw');
    expect(found(linux({ PLAYWRIGHT_BROWSERS_PATH: '/opt/pw' }), ['/opt/pw/chromium-1200/chrome-linux64/chrome'])).toBe(
      '/opt/pw/chromium-1200/chrome-linux64/chrome',
    );
  });

  it('prefers a system browser to a Playwright download', () => {
    const files = ['/home/reader/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome', '/usr/bin/google-chrome'];
    expect(found(linux(), files)).toBe('/usr/bin/google-chrome');
  });

  it('does not look for macOS apps on Linux', () => {
    expect(chromiumCandidates(linux(), filesystem([])).some((c) => c.startsWith('/Applications'))).toBe(false);
  });
});

describe('findChromium on macOS', () => {
  it('finds the Google Chrome and Chromium apps', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(found(mac(), [chrome])).toBe(chrome);
    expect(found(mac(), [chromium])).toBe(chromium);
    expect(found(mac(), ['/Users/reader/Applications/Chromium.app/Contents/MacOS/Chromium'])).toBe(
      '/Users/reader/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  });

  it("finds Playwright's Chrome for Testing in ~/Library/Caches", () => {
    const path = '/Users/reader/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(found(mac(), [path])).toBe(path);
  });

  it('does not look in /usr/bin or /snap/bin unless PATH says so', () => {
    expect(found(mac({ PATH: '/opt/homebrew/bin' }), ['/usr/bin/chromium', '/snap/bin/chromium'])).toBeUndefined();
    expect(found(mac(), ['/opt/homebrew/bin/chromium'])).toBe('/opt/homebrew/bin/chromium');
  });
});

describe('CHROMIUM_PATH', () => {
  it('wins over every other browser when it exists', () => {
    expect(found(linux({ CHROMIUM_PATH: '/opt/chrome/chrome' }), ['/usr/bin/chromium', '/opt/chrome/chrome'])).toBe('/opt/chrome/chrome');
  });

  it('is the only place looked at when set: a wrong setting is an error, not a reason to pick another', () => {
    const files = filesystem(['/usr/bin/chromium']);
    const result = findChromium(linux({ CHROMIUM_PATH: '/nonexistent' }), files);
    expect(result).toEqual({
      found: false,
      message:
        'No Chromium for the browser tests and the benchmark: CHROMIUM_PATH is "/nonexistent", which is not an executable file. ' +
        `Point it at a Chromium or Chrome executable, or unset it to search the usual places. ${INSTALL_HINT}`,
    });
    expect(files.asked).toEqual(['/nonexistent']);
  });

  it('counts as unset when empty', () => {
    expect(found(linux({ CHROMIUM_PATH: '' }), ['/usr/bin/chromium'])).toBe('/usr/bin/chromium');
  });
});

describe('when there is no browser', () => {
  it('says in one message where it looked and how to install one', () => {
    const files = filesystem([]);
    const result = findChromium(linux(), files);
    expect(result.found).toBe(false);
    const message = result.found ? '' : result.message;
    expect(message).toBe(
      'No Chromium for the browser tests and the benchmark. Looked for chromium, chromium-browser, google-chrome, google-chrome-stable ' +
        "on PATH and in /usr/bin and /snap/bin; Playwright's browser cache (/home/reader/.cache/ms-playwright). " +
        INSTALL_HINT,
    );
    expect(message).toContain('apt-get install chromium fonts-noto-core');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).not.toContain('\n');
    // It really looked everywhere it says it did.
    expect(files.asked).toEqual(chromiumCandidates(linux(), files));
    expect(files.asked).toContain('/usr/local/bin/chromium-browser');
    expect(files.asked).toContain('/snap/bin/google-chrome-stable');
  });

  it('names the macOS apps on a Mac', () => {
    const result = findChromium(mac(), filesystem([]));
    expect(result.found ? '' : result.message).toContain('the Google Chrome and Chromium apps in /Applications');
  });

  it('ignores folders in the cache that are not Chromium', () => {
    const cache = '/home/reader/.cache/ms-playwright';
    expect(found(linux(), [`${cache}/firefox-1400/firefox/firefox`, `${cache}/webkit-2000/pw_run.sh`])).toBeUndefined();
  });
});
