/** The full-page site: the bundled graph (or `?src=`) in one viewer that owns the URL hash. */
import './define';
import bundledGraphUrl from '../data/russia-iran-ai-blockchain.json?url';

const viewer = document.querySelector('kg-viewer');
// `?src=data/other.json` opens another graph file of this site (same origin only).
const asked = new URLSearchParams(location.search).get('src');
const sameOrigin = (url: string): boolean => {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
};
const src = asked && sameOrigin(asked) ? asked : bundledGraphUrl;
if (viewer && !viewer.getAttribute('src')) viewer.setAttribute('src', src);
// Keep the page's own language and direction in step with the viewer's.
const syncPageLanguage = (): void => {
  const lang = viewer?.getAttribute('lang');
  if (!lang) return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
};
if (viewer) new MutationObserver(syncPageLanguage).observe(viewer, { attributes: true, attributeFilter: ['lang'] });
