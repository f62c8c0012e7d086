import { createServer } from 'vite';
import { launchChromium } from '../browser';
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false } });
await server.listen();
const a = server.httpServer!.address() as { port: number };
const browser = await launchChromium();
const n = Number(process.argv[2] ?? 40);
const variants: Record<string, unknown>[] = JSON.parse(process.argv[3] ?? '[{}]');
for (const v of variants) {
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${a.port}/tests/browser/pages/layout.html?n=${n}&layout=none`);
  await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 60000 });
  const r = await page.evaluate(`(async (v) => {
    const cy = window.layoutPage.cy;
    const tasks = [];
    const obs = new PerformanceObserver((l) => tasks.push(...l.getEntries()));
    obs.observe({ type: 'longtask' });
    const t0 = performance.now();
    const layout = cy.layout({ name: 'cola', animate: true, randomize: false, centerGraph: false, handleDisconnected: false, fit: false, maxSimulationTime: 60000, ...v });
    layout.run();
    const t1 = performance.now();
    const frames = [];
    let last = performance.now();
    let on = true;
    const f = function () { const now = performance.now(); frames.push(now - last); last = now; if (on) requestAnimationFrame(f); };
    requestAnimationFrame(f);
    await new Promise((res) => layout.one('layoutstop', () => res()));
    on = false;
    const t2 = performance.now();
    await new Promise((r) => setTimeout(r, 200));
    obs.disconnect();
    return { start: Math.round(t1 - t0), total: Math.round(t2 - t0), frames: frames.length, maxFrame: Math.round(Math.max(...frames)), longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))), long: tasks.length };
  })(${JSON.stringify(v)})`);
  console.log(JSON.stringify(v), JSON.stringify(r));
  await page.close();
}
await browser.close(); await server.close();
