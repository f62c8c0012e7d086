/**
 * Finds what the long tasks (> 50 ms) during a layout run consist of, from a Chrome trace:
 *   npx tsx tests/browser/pages/layout-trace.ts <n>
 * Prints each long task with its biggest child events (function calls by name, paints, GC).
 */
import { createServer } from 'vite';
import { launchChromium } from '../browser';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number } };
}

const n = Number(process.argv[2] ?? 40);
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false } });
await server.listen();
const address = server.httpServer!.address() as { port: number };
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.goto(`http://127.0.0.1:${address.port}/tests/browser/pages/layout.html?n=${n}&layout=none`);
await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 120_000 });
const cdp = await browser.context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] },
  transferMode: 'ReportEvents',
});
await page.evaluate(`(async () => {
  const p = window.layoutPage;
  p.run = p.startLayout(p.cy, { pinned: new Set(), animate: true });
  await p.run.done;
  await new Promise((r) => setTimeout(r, 300));
})()`);
await cdp.send('Tracing.end');
await complete;

// Only the page's main thread: worker threads may take as long as they like.
const mainThreads = new Set(
  events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
);
const tasks = events.filter(
  (e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000 && mainThreads.has(`${e.pid}:${e.tid}`),
);
for (const task of tasks) {
  const end = task.ts + task.dur!;
  const inside = events.filter(
    (e) => e.ph === 'X' && e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts < end && e !== task,
  );
  const totals = new Map<string, number>();
  for (const e of inside) {
    const d = e.args?.data;
    const key = d?.functionName !== undefined ? `${e.name} ${d.functionName} ${d.url?.split('/').pop()}:${d.lineNumber}` : e.name;
    totals.set(key, (totals.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log(`long task ${(task.dur! / 1000).toFixed(0)} ms`);
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`   ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}
await browser.close();
await server.close();
