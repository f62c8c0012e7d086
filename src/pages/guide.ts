/**
 * The embedding guide: every viewer marked `data-graph="bundled"` shows the bundled graph, and
 * every viewer's share dialog points at this site's bundle and embed page.
 */
import '../define';
import bundledGraphUrl from '../../data/russia-iran-ai-blockchain.json?url';
import { useSiteLinks } from './site-links';

const siteRoot = new URL('../../', location.href);
for (const viewer of document.querySelectorAll('kg-viewer')) {
  if (viewer.dataset.graph === 'bundled' && !viewer.hasAttribute('src')) viewer.setAttribute('src', new URL(bundledGraphUrl, location.href).href);
  useSiteLinks(viewer, siteRoot);
}
