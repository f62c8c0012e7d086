/**
 * Measures the layout on tests/browser/pages/layout.html in headless Chromium and prints a
 * markdown table (median of the runs).   npx tsx tests/browser/pages/layout-measure.ts [sizes…]
 * Options: RUNS=3, ANIMATE=0, CLICKS=1 (click the page while the layout runs, for input delay).
 */
import { createServer } from 'vite';
import { launchChromium } from '../browser';
import type { LayoutResult } from './layout-page';

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const runs = Number(process.env.RUNS ?? 3);
const animate = process.env.ANIMATE !== '0';
const clicks = process.env.CLICKS === '1';
/** Extra query for the page, e.g. QUERY='&labels=0'. */
const query = process.env.QUERY ?? '';

const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, hmr: false },
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${address.port}/tests/browser/pages/layout.html`;
const browser = await launchChromium();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
try {
  // Warm Vite's transform cache so the first measured run does not pay for it.
  const warm = await browser.context.newPage();
  await warm.goto(`${base}?n=50`);
  await warm.waitForFunction(() => window.layoutResult, undefined, { timeout: 60_000 });
  await warm.close();
  for (const n of sizes.length ? sizes : [40, 100, 1000, 2000, 5000, 20000]) {
    const results: LayoutResult[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await browser.context.newPage();
      await page.goto(`${base}?n=${n}&seed=${r + 1}&animate=${animate ? 1 : 0}${query}`);
      if (clicks) {
        for (let k = 0; k < 5; k++) {
          await page.waitForTimeout(400);
          await page.mouse.click(5 + k, 5);
        }
      }
      const result = (await page.waitForFunction(() => window.layoutResult, undefined, { timeout: 120_000 })).jsonValue();
      results.push((await result) as LayoutResult);
      await page.close();
    }
    const pick = (key: keyof LayoutResult) => median(results.map((x) => Number(x[key])));
    const row = `| ${n} | ${results[0]!.edges} | ${results[0]!.engine} | ${pick('firstFrameMs')} | ${pick('settleMs')} | ${pick('setupLongestTaskMs')} | ${pick('longestTaskMs')} | ${pick('longTasks')} | ${pick('worstInputDelayMs')} |`;
    console.log(row, JSON.stringify(results.map((x) => [x.settleMs, x.longestTaskMs])));
    rows.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('\n| nodes | edges | engine | first frame ms | settled ms | setup longest task ms | layout longest task ms | layout long tasks | worst input delay ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
