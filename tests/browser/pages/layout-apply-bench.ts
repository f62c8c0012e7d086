import { createServer } from 'vite';
import { launchChromium } from '../browser';
const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, hmr: false } });
await server.listen();
const a = server.httpServer!.address() as { port: number };
const browser = await launchChromium();
const extra = process.argv[2] ?? '';
for (const n of (process.env.SIZES ?? '1000,5000,20000').split(',').map(Number)) {
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${a.port}/tests/browser/pages/layout.html?n=${n}&layout=none${extra}`);
  await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 120000 });
  const r = await page.evaluate(`(async () => {
    const cy = window.layoutPage.cy;
    const nodes = cy.nodes();
    const out = {};
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    for (const method of ['direct', 'nodes', 'direct', 'nodes', 'direct', 'nodes']) {
      await frame(); await frame();
      const t0 = performance.now();
      const j = Math.random() * 10;
      if (method === 'position') {
        cy.batch(() => { for (let i = 0; i < nodes.length; i++) { const p = nodes[i].position(); nodes[i].position({ x: p.x + j, y: p.y }); } });
      } else if (method === 'silent') {
        cy.batch(() => { for (let i = 0; i < nodes.length; i++) { const p = nodes[i].position(); nodes[i].silentPosition({ x: p.x + j, y: p.y }); } });
        cy.notify('position', nodes);
      } else if (method === 'nodes') {
        for (let i = 0; i < nodes.length; i++) { const p = nodes[i].position(); p.x = p.x + j; }
        cy.batch(() => { nodes.dirtyBoundingBoxCache(); });
      } else {
        for (let i = 0; i < nodes.length; i++) { const p = nodes[i].position(); p.x = p.x + j; }
        cy.batch(() => { cy.elements().dirtyBoundingBoxCache(); });
      }
      const t1 = performance.now();
      await frame();
      const t2 = performance.now();
      await frame();
      out[method] = (out[method] || '') + ' ' + Math.round(t1 - t0) + '/' + Math.round(t2 - t1);
    }
    return out;
  })()`);
  console.log(n, JSON.stringify(r));
  await page.close();
}
await browser.close(); await server.close();
