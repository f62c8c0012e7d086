/**
 * The full-page site: one viewer that owns the URL hash. It shows the bundled graph, or the
 * graph named by `?src=` (same origin, or another origin that allows it with CORS; the viewer
 * says in words why a file could not be fetched), or a file the reader opens or drops.
 */
import './define';
import bundledGraphUrl from '../data/russia-iran-ai-blockchain.json?url';
import { followViewerLanguage } from './pages/page-language';
import { useSiteLinks } from './pages/site-links';
import { enableFileOpening } from './pages/open-file';

const viewer = document.querySelector('kg-viewer');
if (viewer) {
  if (!viewer.getAttribute('src')) viewer.setAttribute('src', new URLSearchParams(location.search).get('src') || bundledGraphUrl);
  useSiteLinks(viewer, new URL('./', location.href));
  const files = enableFileOpening(viewer);
  followViewerLanguage(viewer, (lang) => files.setLanguage(lang));
}
