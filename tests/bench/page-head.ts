/**
 * What every bench page's <head> holds besides its title, written once and put into each page at
 * build time (a Vite plugin), so the four pages measure under the same observers and layout.
 */
import type { Plugin } from 'vite';

/**
 * Runs before any module: records every long task of the load (the "longest task" figure) and,
 * among them, the script evaluations (Long Animation Frame attribution), which are reported apart.
 * A classic inline script, because module scripts run only after parsing.
 */
const LOAD_OBSERVERS = `
  window.__longTasks = [];
  window.__scriptEvaluations = [];
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { window.__longTasks.push({ start: e.startTime, duration: e.duration }); });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no Long Tasks API: the figure stays 0 */ }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (frame) {
        (frame.scripts || []).forEach(function (s) {
          if (s.invokerType === "module-script" || s.invokerType === "classic-script") {
            window.__scriptEvaluations.push({ start: s.startTime, duration: s.duration });
          }
        });
      });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch (e) { /* no Long Animation Frames API: script evaluation is not told apart */ }
`;

/** The graph fills the window; nothing scrolls. */
const PAGE_STYLE = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  #graph, kg-viewer { position: absolute; inset: 0; display: block; }
`;

/** Prepends the observers and the style to each page's <head>. */
export function benchPageHead(): Plugin {
  return {
    name: 'kg-bench-page-head',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
      { tag: 'script', children: LOAD_OBSERVERS, injectTo: 'head-prepend' },
      { tag: 'style', children: PAGE_STYLE, injectTo: 'head' },
    ],
  };
}
