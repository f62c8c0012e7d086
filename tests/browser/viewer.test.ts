/**
 * <kg-viewer> in real Chromium on the bundled article graph: drawing, clicking, details,
 * evidence in context, search, filters, paths, language and direction, keyboard, teardown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { events, nodeScreenPosition, openViewer, openViewerWithGraph, tinyGraph, useChromium, viewState, waitForEvent } from './viewer-fixture';

const baseURL = inject('baseURL');
/** The bundled graph as a file, so counts follow the file instead of being written down here. */
const bundledGraph = JSON.parse(readFileSync(new URL('../../data/russia-iran-ai-blockchain.json', import.meta.url), 'utf8')) as {
  nodes: Array<{ id: string; position?: { x: number; y: number } }>;
};
let page: Page;
useChromium((p) => (page = p));

const shadow = (selector: string) => page.locator(`kg-viewer ${selector}`);
/** All text inside a component's shadow root. */
const textOf = (selector: string) =>
  page.locator(`kg-viewer ${selector}`).first().evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '');

describe('drawing the bundled graph', () => {
  it('fires kg-draw then kg-ready with the graph’s counts, and draws every node on the canvas', async () => {
    await openViewer(page, baseURL);
    const list = await events(page);
    const draw = list.findIndex((e) => e.type === 'kg-draw');
    const ready = list.findIndex((e) => e.type === 'kg-ready');
    expect(draw).toBeGreaterThanOrEqual(0);
    expect(ready).toBeGreaterThan(draw);
    const detail = list[ready]?.detail as { nodes: number; edges: number };
    const counts = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as HTMLElement & { cy: { nodes(): { length: number }; edges(): { length: number } } };
      return { nodes: el.cy.nodes().length, edges: el.cy.edges().length };
    });
    expect(detail.nodes).toBe(counts.nodes);
    expect(detail.edges).toBe(counts.edges);
    expect(counts.nodes).toBeGreaterThan(20);
  });

  it('leaves no two nodes on top of each other after the first layout', async () => {
    await openViewer(page, baseURL);
    const overlaps = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as HTMLElement & { cy: any };
      const boxes = el.cy.nodes().map((n: any) => n.boundingBox({ includeLabels: false }));
      let count = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
          const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (ox > 2 && oy > 2) count++;
        }
      return count;
    });
    expect(overlaps).toBe(0);
  });

  it('uses the file’s first language (Arabic) and turns the interface right to left', async () => {
    await openViewer(page, baseURL);
    const dir = await page.evaluate(() => document.querySelector('kg-viewer')?.shadowRoot?.querySelector('.root')?.getAttribute('dir'));
    expect(dir).toBe('rtl');
    expect((await viewState(page)).lang).toBe('ar');
  });
});

describe('clicking', () => {
  it('a node selects it, lights up its neighbourhood and shows its story with evidence', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const p = await nodeScreenPosition(page, 'iran');
    await page.mouse.click(p.x, p.y);
    const sel = await waitForEvent(page, 'kg-select');
    expect(sel.detail).toEqual({ id: 'iran', kind: 'node' });
    const lit = await page.evaluate(() => [...(document.querySelector('kg-viewer') as any).highlighted]);
    expect(lit).toContain('iran');
    expect(lit).toContain('sco');
    expect(lit).toContain('iran-proposes-sco-crypto');
    expect(lit).not.toContain('putin');
    const details = shadow('kg-details');
    await expect.poll(() => details.locator('h2').textContent()).toContain('Iran');
    await expect.poll(() => textOf('kg-details')).toContain('proposed');
    // A relation in words, and the exact quote of the source.
    expect(await details.locator('blockquote').first().textContent()).toMatch(/إيران|طهران/);
  });

  it('a relation in the panel moves the selection there; a topic chip leads back to the node', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('memorandum'));
    await shadow('kg-details').getByRole('button', { name: 'Blockchain' }).first().click();
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: 'blockchain' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('ru-ir-mou'));
    await expect.poll(() => textOf('kg-details')).toContain('signed');
    await shadow('kg-details').locator('.chips button', { hasText: 'Cybersecurity' }).click();
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: 'cybersecurity' });
  });

  it('the background or Escape clears the selection', async () => {
    await openViewer(page, baseURL);
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('russia'));
    await page.keyboard.press('Escape');
    // Escape from the page body reaches the element only when focus is inside it.
    await shadow('.graph').focus();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await viewState(page)).selection).toBeNull();
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('russia'));
    const box = await shadow('.graph').boundingBox();
    // A corner of the stage far from any node.
    await page.mouse.click(box!.x + box!.width / 2, box!.y + 8);
    await expect.poll(async () => (await viewState(page)).selection).toBeNull();
    const cleared = (await events(page, 'kg-select')).at(-1);
    expect(cleared?.detail).toEqual({ id: null, kind: null });
  });
});

describe('evidence in context', () => {
  it('opens the source text with the quote highlighted and scrolled into view, and leads back to the facts', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.evaluate(() => (document.querySelector('kg-viewer') as any).select('iran-proposes-sco-crypto'));
    const quote = (await shadow('kg-details blockquote').first().textContent())?.trim() ?? '';
    await shadow('kg-details').getByRole('button', { name: 'Show in source' }).first().click();
    const mark = shadow('kg-source-view mark.focus');
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    const marked = (await mark.allTextContents()).join('');
    expect(quote).toContain(marked.trim());
    expect(await mark.first().isVisible()).toBe(true);
    await mark.first().click();
    const facts = shadow('kg-source-view .facts');
    await expect.poll(() => facts.textContent()).toContain('Iran');
    await facts.getByRole('button').first().click();
    await expect.poll(async () => (await viewState(page)).selection?.id).toBeTruthy();
  });
});

describe('search', () => {
  it('finds إيران from ايران (hamza dropped) and from Tehran (an alias), and selects the chosen result', async () => {
    await openViewer(page, baseURL);
    const input = page.locator('kg-viewer input[type=search]');
    await input.fill('ايران');
    const option = page.locator('kg-viewer [role=option]');
    await expect.poll(() => option.first().textContent()).toContain('إيران');
    await input.fill('طهران');
    await expect.poll(() => option.first().textContent()).toContain('إيران');
    await input.fill('Tehran');
    await expect.poll(() => option.first().textContent()).toContain('إيران');
    await input.press('Enter');
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: 'iran' });
  });

  it('ignores diacritics and tatweel, and says when nothing matches', async () => {
    await openViewer(page, baseURL);
    const input = page.locator('kg-viewer input[type=search]');
    await input.fill('الهِنْـــد');
    await expect.poll(() => page.locator('kg-viewer [role=option]').first().textContent()).toContain('الهند');
    await input.fill('zzzzqqq');
    await expect.poll(() => page.locator('kg-viewer kg-search li.empty').count()).toBe(1);
  });

  it('"/" focuses the search box', async () => {
    await openViewer(page, baseURL);
    await shadow('.graph').focus();
    await page.keyboard.press('/');
    const focused = await page.evaluate(() => {
      const search = document.querySelector('kg-viewer')?.shadowRoot?.querySelector('kg-search');
      return search?.shadowRoot?.activeElement?.tagName;
    });
    expect(focused).toBe('INPUT');
  });
});

describe('filters', () => {
  it('hides a node type from the legend, with counts, and shows it again', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const label = page.locator('kg-viewer kg-legend label', { hasText: 'Technology' });
    await expect.poll(() => label.textContent()).toMatch(/\(\d+\)/);
    const count = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
    await label.locator('input').uncheck();
    const hidden = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.nodes('.kg-hidden').length);
    expect(hidden).toBe(count);
    await label.locator('input').check();
    expect(await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.nodes('.kg-hidden').length)).toBe(0);
  });

  it('hides edges by status', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await page.locator('kg-viewer kg-legend fieldset[aria-label="How firm"] label', { hasText: 'proposed' }).locator('input').uncheck();
    const visibleProposed = await page.evaluate(
      () => (document.querySelector('kg-viewer') as any).cy.edges('[status = "proposed"]').filter((e: any) => !e.hasClass('kg-hidden')).length,
    );
    expect(visibleProposed).toBe(0);
  });
});

describe('paths', () => {
  it('highlights and lists the shortest paths between two nodes', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await shadow('.tools').getByRole('button', { name: 'How are they connected?' }).click();
    const finder = shadow('kg-path-finder');
    await finder.locator('select[name=from]').selectOption('india');
    await finder.locator('select[name=to]').selectOption('iran');
    await finder.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => finder.locator('ol li').count()).toBeGreaterThan(0);
    const text = await finder.locator('ol li').first().textContent();
    expect(text).toContain('India');
    expect(text).toContain('Iran');
    const lit = await page.evaluate(() => [...(document.querySelector('kg-viewer') as any).highlighted]);
    expect(lit).toContain('india');
    expect(lit).toContain('iran');
  });
});

describe('language switch', () => {
  it('switches labels and direction together', async () => {
    await openViewer(page, baseURL);
    await shadow('.tools').getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await viewState(page)).lang).toBe('en');
    const dir = await page.evaluate(() => document.querySelector('kg-viewer')?.shadowRoot?.querySelector('.root')?.getAttribute('dir'));
    expect(dir).toBe('ltr');
    const label = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('russia').data('label'));
    expect(label).toContain('Russia');
    expect(await page.evaluate(() => document.querySelector('kg-viewer')?.getAttribute('lang'))).toBe('en');
  });
});

describe('keyboard', () => {
  it('Tab reaches the graph; arrows walk from a node to its neighbours; Enter opens details', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    await shadow('.graph').focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.focused as string | null);
    const first = [await focused()];
    expect(first[0]).toBeTruthy();
    await page.keyboard.press('ArrowLeft');
    const second = [await focused()];
    expect(second[0]).toBeTruthy();
    expect(second[0]).not.toBe(first[0]);
    const neighbours = await page.evaluate((id) => (document.querySelector('kg-viewer') as any).knowledgeGraph.neighbours(id), first[0]);
    expect(neighbours).toContain(second[0]);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await viewState(page)).selection?.id).toBe(second[0]);
    await expect.poll(() => shadow('kg-details h2').count()).toBe(1);
  });

  it('every control is reachable with Tab and shows a focus ring', async () => {
    await openViewer(page, baseURL);
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, cls: el.className, outline: style.outlineStyle, width: style.outlineWidth };
      });
      if (!info) continue;
      seen.add(`${info.tag}.${info.cls}`);
      if (info.tag !== 'BODY') expect(info.outline, `${info.tag}.${info.cls}`).not.toBe('none');
    }
    expect([...seen].some((s) => s.startsWith('INPUT'))).toBe(true);
    expect([...seen].some((s) => s.includes('graph'))).toBe(true);
  });
});

describe('lifecycle', () => {
  it('removing the element destroys its Cytoscape instance and stops the layout', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json' }, 'kg-draw');
    const destroyed = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const cy = el.cy;
      el.remove();
      return cy.destroyed();
    });
    expect(destroyed).toBe(true);
  });

  it('moving the element elsewhere in the page draws it again with a fresh Cytoscape instance', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json' });
    const state = await page.evaluate(async () => {
      const el = document.querySelector('kg-viewer') as any;
      const first = el.cy;
      const box = document.createElement('section');
      document.body.append(box);
      box.append(el); // disconnect + connect
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { oldDestroyed: first.destroyed(), fresh: el.cy !== first && !el.cy.destroyed(), nodes: el.cy.nodes().length };
    });
    expect(state).toEqual({ oldDestroyed: true, fresh: true, nodes: bundledGraph.nodes.length });
  });

  it('a viewer that starts hidden lays itself out once shown', async () => {
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.style.display = 'none';
      box.id = 'box';
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', '/data/russia-iran-ai-blockchain.json');
      box.append(el);
      document.body.append(box);
    });
    await waitForEvent(page, 'kg-draw');
    expect(await events(page, 'kg-ready')).toHaveLength(0);
    await page.evaluate(() => ((document.getElementById('box') as HTMLElement).style.display = 'block'));
    await waitForEvent(page, 'kg-ready');
    const spread = await page.evaluate(() => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      const bb = cy.nodes().renderedBoundingBox();
      return { w: bb.w, h: bb.h, cw: cy.width(), ch: cy.height() };
    });
    expect(spread.cw).toBeGreaterThan(0);
    // Fitted to the container it finally got: fills one of its dimensions, overflows neither.
    expect(Math.max(spread.w / spread.cw, spread.h / spread.ch)).toBeGreaterThan(0.6);
    expect(spread.w).toBeLessThanOrEqual(spread.cw + 1);
    expect(spread.h).toBeLessThanOrEqual(spread.ch + 1);
  });
});

describe('themes and pointer', () => {
  it('the dark theme reaches the canvas: background and label colours come from the tokens', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const light = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran').style('color'));
    await shadow('.tools').getByRole('button', { name: 'Dark' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('kg-viewer')?.getAttribute('theme'))).toBe('dark');
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.$id('iran').style('color'))).not.toBe(light);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('kg-viewer') as Element).backgroundColor);
    expect(bg).toBe('rgb(20, 23, 28)');
  });

  it('hovering a node inside the shadow root shows its full label', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const p = await nodeScreenPosition(page, 'memorandum');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.hovered)).toBe('memorandum');
    // Drawn in the spotlight with its full label; the main canvas is not restyled.
    const spot = () =>
      page.evaluate(() => {
        const el = document.querySelector('kg-viewer') as any;
        const spotCy = el.shadowRoot.querySelector('.spotlight')._cyreg.cy;
        return { spot: spotCy.$id('memorandum').hasClass('kg-hover'), main: el.cy.$id('memorandum').hasClass('kg-hover') };
      });
    expect(await spot()).toEqual({ spot: true, main: false });
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.hovered)).toBeNull();
  });

  it('honours positions pinned in the file', async () => {
    const graph = tinyGraph({
      nodes: [
        { id: 'a', type: 'country', label: { en: 'Alpha', ar: 'ألفا' }, position: { x: -300, y: 40 } },
        { id: 'b', type: 'country', label: { en: 'Beta', ar: 'بيتا' }, position: { x: 250, y: -60 } },
      ],
    });
    await openViewerWithGraph(page, baseURL, graph);
    const positions = await page.evaluate(() => (document.querySelector('kg-viewer') as any).cy.nodes().map((n: any) => [n.id(), n.position()]));
    expect(Object.fromEntries(positions)).toEqual({ a: { x: -300, y: 40 }, b: { x: 250, y: -60 } });
  });
});

describe('labels at the first view of the bundled graph', () => {
  for (const lang of ['ar', 'en']) {
    it(`overlap neither each other nor other nodes (${lang})`, async () => {
      await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang });
      const overlaps = await page.evaluate(() => {
        const cy = (document.querySelector('kg-viewer') as any).cy;
        const boxes = cy.nodes().map((n: any) => ({
          id: n.id(),
          label: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
          body: n.boundingBox({ includeLabels: false }),
        }));
        const overlap = (a: any, b: any) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
        const found: string[] = [];
        for (const a of boxes)
          for (const b of boxes) {
            if (a === b) continue;
            if (a.id < b.id && overlap(a.label, b.label)) found.push(`label ${a.id} / label ${b.id}`);
            if (overlap(a.label, b.body)) found.push(`label ${a.id} / node ${b.id}`);
          }
        return found;
      });
      expect(overlaps).toEqual([]);
    });
  }
});

describe('a large graph', () => {
  it('says it degrades, and clicking, hovering and dragging still find nodes (hit-tested by the viewer)', async () => {
    const { generateGraph } = await import('../bench/generate-graph');
    const graph = generateGraph({ nodes: 2000, edgesPerNode: 2.2, seed: 7 });
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThan(6000);
    await openViewerWithGraph(page, baseURL, graph, 'kg-ready', { lang: 'en' });
    expect(await shadow('.note[role=note]').textContent()).toMatch(/Large graph/);
    const target = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const cy = el.cy;
      // The node nearest the middle of the view (clear of the controls), zoomed in to aim at.
      cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      const ext = cy.extent();
      const mx = (ext.x1 + ext.x2) / 2;
      const my = (ext.y1 + ext.y2) / 2;
      const n = cy.nodes().min((m: any) => Math.hypot(m.position().x - mx, m.position().y - my)).ele;
      return n.id();
    });
    const p = await nodeScreenPosition(page, target);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('kg-viewer') as any).pointerState.hovered)).toBe(target);
    await page.mouse.click(p.x, p.y);
    await expect.poll(async () => (await viewState(page)).selection).toEqual({ kind: 'node', id: target });
    expect(await page.evaluate((id) => [...(document.querySelector('kg-viewer') as any).highlighted].includes(id), target)).toBe(true);

    // Selecting brings the neighbourhood clear of the panel: drag once the camera has stopped.
    const pan = () => page.evaluate(() => JSON.stringify((document.querySelector('kg-viewer') as any).cy.pan()));
    let last = '';
    await expect.poll(async () => (last === (last = await pan()) ? 'still' : 'moving'), { interval: 400 }).toBe('still');
    const at = await nodeScreenPosition(page, target);

    // Dragging moves the node, not the view.
    const before = await page.evaluate((id) => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return { node: { ...cy.$id(id).position() }, pan: { ...cy.pan() }, zoom: cy.zoom() };
    }, target);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 30, at.y + 20, { steps: 4 });
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 4 });
    await page.mouse.up();
    const after = await page.evaluate((id) => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return { node: { ...cy.$id(id).position() }, pan: { ...cy.pan() } };
    }, target);
    expect(after.pan).toEqual(before.pan);
    expect(after.node.x - before.node.x).toBeCloseTo(60 / before.zoom, 0);
    expect(after.node.y - before.node.y).toBeCloseTo(40 / before.zoom, 0);
  });
});

describe('opening the panel', () => {
  it('does not resize the canvas (a resize redraws the whole graph)', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const size = () => page.evaluate(() => {
      const cy = (document.querySelector('kg-viewer') as any).cy;
      return [cy.width(), cy.height()];
    });
    const before = await size();
    const p = await nodeScreenPosition(page, 'russia');
    await page.mouse.click(p.x, p.y);
    await shadow('kg-details h2').waitFor();
    expect(await size()).toEqual(before);
  });
});

describe('a layout pinned by the curator', () => {
  it('opens the bundled graph as pinned, and re-running the layout lets the reader rearrange it', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en' });
    const pinned = bundledGraph.nodes.find((n) => n.id === 'russia')?.position;
    const position = () => page.evaluate(() => ({ ...(document.querySelector('kg-viewer') as any).cy.$id('russia').position() }));
    expect(await position()).toEqual(pinned);
    await shadow('.zoom').getByRole('button', { name: 'Re-run layout' }).click();
    await expect.poll(position, { timeout: 10_000 }).not.toEqual(pinned);
  });
});

describe('touch', () => {
  it('a two-finger pinch zooms and a one-finger drag pans (wheel="zoom")', async () => {
    await openViewer(page, baseURL, { src: '/data/russia-iran-ai-blockchain.json', lang: 'en', wheel: 'zoom' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
    const box = (await shadow('.graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + 40; // an empty strip at the top of the stage
    const viewport = () => page.evaluate(() => {
      const c = (document.querySelector('kg-viewer') as any).cy;
      return { zoom: c.zoom(), pan: { ...c.pan() } };
    });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });

    const before = await viewport();
    await touch('touchStart', [{ x: cx - 20, y: cy + 200 }, { x: cx + 20, y: cy + 200 }]);
    for (let d = 30; d <= 120; d += 15) await touch('touchMove', [{ x: cx - d, y: cy + 200 }, { x: cx + d, y: cy + 200 }]);
    await touch('touchEnd', []);
    const pinched = await viewport();
    expect(pinched.zoom).toBeGreaterThan(before.zoom * 1.3);

    // One finger on an empty spot (away from every node) pans.
    const empty = await page.evaluate(() => {
      const el = document.querySelector('kg-viewer') as any;
      const rect = el.shadowRoot.querySelector('.graph').getBoundingClientRect();
      const nodes = el.cy.nodes().map((n: any) => n.renderedPosition());
      let best = { x: 0, y: 0, d: -1 };
      for (let x = 120; x < rect.width - 300; x += 20)
        for (let y = 40; y < rect.height - 120; y += 20) {
          const d = Math.min(...nodes.map((p: any) => Math.hypot(p.x - x, p.y - y)));
          if (d > best.d) best = { x, y, d };
        }
      return { x: rect.left + best.x, y: rect.top + best.y };
    });
    await touch('touchStart', [empty]);
    for (let d = 10; d <= 80; d += 10) await touch('touchMove', [{ x: empty.x + d, y: empty.y + d / 2 }]);
    await touch('touchEnd', []);
    const panned = await viewport();
    expect(panned.pan.x - pinched.pan.x).toBeGreaterThan(40);
  });
});

describe('the veil', () => {
  it('is clear from the first frame until something is selected', async () => {
    await page.goto(new URL('/tests/browser/pages/viewer.html', baseURL).href);
    await page.waitForFunction(() => customElements.get('kg-viewer') !== undefined);
    // Read the veil's opacity in the same task as the first frame is reported.
    await page.evaluate(() => {
      document.addEventListener('kg-draw', () => {
        const veil = (document.querySelector('kg-viewer') as any).shadowRoot.querySelector('.veil');
        (window as any).__veilAtDraw = getComputedStyle(veil).opacity;
      });
      const el = document.createElement('kg-viewer');
      el.setAttribute('src', '/data/russia-iran-ai-blockchain.json');
      document.body.append(el);
    });
    await waitForEvent(page, 'kg-ready');
    expect(await page.evaluate(() => (window as any).__veilAtDraw)).toBe('0');
  });
});
