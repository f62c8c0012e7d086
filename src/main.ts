/** The full-page site: the bundled graph in one viewer that owns the URL hash. */
import './define';
import bundledGraphUrl from '../data/russia-iran-ai-blockchain.json?url';

const viewer = document.querySelector('kg-viewer');
if (viewer && !viewer.getAttribute('src')) viewer.setAttribute('src', bundledGraphUrl);
// Keep the page's own language and direction in step with the viewer's.
const syncPageLanguage = (): void => {
  const lang = viewer?.getAttribute('lang');
  if (!lang) return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
};
if (viewer) new MutationObserver(syncPageLanguage).observe(viewer, { attributes: true, attributeFilter: ['lang'] });
