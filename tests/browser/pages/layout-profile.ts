/**
 * CPU profile of one layout run on the measurement page: prints the functions with the most self
 * time.   npx tsx tests/browser/pages/layout-profile.ts <n> '<cola options JSON>' [ms]
 */
import { createServer } from 'vite';
import { launchChromium } from '../browser';

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false } });
await server.listen();
const address = server.httpServer!.address() as { port: number };
const browser = await launchChromium();
const n = Number(process.argv[2] ?? 40);
const variant = process.argv[3] ?? '{}';
const ms = Number(process.argv[4] ?? 3000);
const page = await browser.context.newPage();
await page.goto(`http://127.0.0.1:${address.port}/tests/browser/pages/layout.html?n=${n}&layout=none`);
await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 60000 });
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(variant === 'start' ? `(() => {
  const page = window.layoutPage;
  page.run = page.startLayout(page.cy, { pinned: new Set(), animate: true });
})()` : `(() => {
  const cy = window.layoutPage.cy;
  window.probeLayout = cy.layout({ name: 'cola', animate: true, randomize: false, centerGraph: false, handleDisconnected: false, fit: false, maxSimulationTime: ${ms}, ...${variant} });
  window.probeLayout.run();
})()`);
await page.waitForTimeout(ms + 200);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
for (const node of profile.nodes) {
  const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(t.toFixed(0).padStart(7), 'ms', key);
// Inclusive (total) time per function name: self time of the node and everything below it.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map<number, number>();
const total = (id: number): number => {
  const cached = inclusive.get(id);
  if (cached !== undefined) return cached;
  const node = byId.get(id)!;
  const t = (dt.get(id) ?? 0) / 1000 + (node.children ?? []).reduce((sum, child) => sum + total(child), 0);
  inclusive.set(id, t);
  return t;
};
const totals = new Map<string, number>();
for (const node of profile.nodes) {
  const key = node.callFrame.functionName || '(anon)';
  totals.set(key, (totals.get(key) ?? 0) + total(node.id));
}
console.log('--- inclusive');
for (const [key, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(t.toFixed(0).padStart(7), 'ms', key);
await browser.close();
await server.close();
