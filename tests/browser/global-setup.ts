/**
 * Starts one Vite dev server for the whole browser test run and hands its URL to the tests.
 * Chromium itself is launched per test file (see ./browser.ts) so a crash stays local.
 */
import { createServer, type ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: ViteDevServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite dev server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
