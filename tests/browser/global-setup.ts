/**
 * Before any browser test: makes sure there is a Chromium to run them in (else the browser
 * project stops at once with one message saying how to get one, and the run fails), then starts
 * one Vite dev server for the whole run and hands its URL to the tests. Chromium itself is
 * launched per test file (see ./browser.ts) so a crash stays local.
 */
import { createServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { requireChromium, searchInstalledChromium } from './browser';
import type { ChromiumSearch } from './find-chromium';

let server: ViteDevServer | undefined;

/** The project's setup, with the browser search passed in so a machine without one can be tested. */
export function createSetup(search: () => ChromiumSearch): (project: Pick<TestProject, 'provide'>) => Promise<void> {
  return async (project) => {
    requireChromium(search);
    server = await createServer({
      configFile: 'vite.config.ts',
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, hmr: false },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('vite dev server has no port');
    project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  };
}

export const setup = createSetup(searchInstalledChromium);

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
