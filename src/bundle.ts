/**
 * The self-contained script-tag bundle (`dist/lib/kg-viewer.js`): registers the elements and
 * tells the share dialog where this script lives, so its `<script>` snippet loads the same
 * file. In the built site the embed page sits at `src/pages/embed.html` beside `lib/`; a page
 * that serves the bundle elsewhere sets `embed-url` (or `KgViewer.defaultEmbedUrl`).
 */
import './define';
import { KgViewer } from './components/kg-viewer/kg-viewer';

/** The embed page relative to this script in the built site (a variable: not a file to bundle). */
const EMBED_PAGE = '../src/pages/embed.html';

KgViewer.defaultScriptUrl ??= import.meta.url;
KgViewer.defaultEmbedUrl ??= new URL(EMBED_PAGE, import.meta.url).href;

export { KgViewer };
