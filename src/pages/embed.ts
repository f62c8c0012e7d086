/**
 * The standalone embed page, for sites that strip scripts: `<iframe src=".../embed.html?src=…
 * &lang=ar&node=iran">`. It takes the element's embed options as URL parameters (src, lang,
 * theme, node, view, controls, wheel, tour, tour-step, autoplay; see src/view/embed-options.ts)
 * and shows one viewer filling the frame. Without `src` it shows the bundled graph. It does not
 * sync the URL hash: inside a frame the history belongs to the host page.
 */
import '../define';
import bundledGraphUrl from '../../data/russia-iran-ai-blockchain.json?url';
import { embedAttributesFromSearch } from '../view/embed-options';
import { followViewerLanguage } from './page-language';
import { useSiteLinks } from './site-links';

const viewer = document.querySelector('kg-viewer');
if (viewer) {
  for (const [name, value] of embedAttributesFromSearch(location.search)) viewer.setAttribute(name, value);
  if (!viewer.hasAttribute('src')) viewer.setAttribute('src', new URL(bundledGraphUrl, location.href).href);
  useSiteLinks(viewer, new URL('../../', location.href));
  followViewerLanguage(viewer);
}
