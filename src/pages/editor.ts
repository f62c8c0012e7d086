/**
 * The editor page: one <kg-viewer editable> that opens a graph file from the computer (picker or
 * drop) or from the site (`?src=`, any file in data/ under `npm start`). Files of other formats
 * open when a format that reads them is registered (src/components/kg-editor/file-formats.ts).
 */
import '../define';
import bundledGraphUrl from '../../data/russia-iran-ai-blockchain.json?url';
import { formatProblem } from '../format/format-problem';
import { loadGraphBytes, loadGraphText, validateGraph } from '../format/load';
import { parseJson } from '../format/json/parse';
import { DEFAULT_LIMITS } from '../format/limits';
import type { GraphDocument } from '../format/types';
import { formatForFile, noteOpeningReport, reportLine } from '../components/kg-editor/file-formats';
import { editorStrings } from '../i18n/editor-strings';
import { directionOf } from '../i18n/strings';
import type { KgViewer } from '../components/kg-viewer/kg-viewer';

const viewer = document.querySelector('kg-viewer') as KgViewer;
const $ = <T extends HTMLElement>(selector: string): T => document.querySelector(selector) as T;
const input = $<HTMLInputElement>('.file-input');
const empty = $<HTMLElement>('.empty');
const problems = $<HTMLElement>('.problems');
const dropZone = $<HTMLElement>('.drop-zone');
// The page lives at src/pages/ in the dev server and in the build: the site's root is two up.
const siteRoot = new URL('../../', location.href);

function sameOrigin(url: string): URL | undefined {
  try {
    const resolved = new URL(url, siteRoot);
    return resolved.origin === location.origin ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own words follow the viewer's language. */
function localize(): void {
  const lang = viewer.getAttribute('lang') ?? 'en';
  const s = editorStrings(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  $('.page-title').textContent = s.pageTitle;
  $('.open-file').textContent = s.openFile;
  $('.open-example').textContent = s.openExample;
  $('.drop-hint').textContent = s.dropHint;
  dropZone.textContent = s.dropHere;
  empty.textContent = s.emptyEditor;
}
new MutationObserver(localize).observe(viewer, { attributes: true, attributeFilter: ['lang'] });

/**
 * What could not be opened, located; for a graph file that is not JSON the parser can read whole,
 * its text too, to fix here and open again (nothing the curator had is lost).
 */
function showProblems(name: string, lines: readonly string[], text?: string): void {
  const s = editorStrings(viewer.getAttribute('lang') ?? 'en');
  problems.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = s.notOpened(name);
  const list = document.createElement('ul');
  list.dir = 'ltr';
  for (const line of lines.slice(0, 30)) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  problems.append(heading, list);
  empty.hidden = true;
  if (text !== undefined) {
    const label = document.createElement('label');
    label.className = 'fix-text';
    label.textContent = s.fixTextHere;
    const area = document.createElement('textarea');
    area.className = 'file-text';
    area.dir = 'ltr';
    area.spellcheck = false;
    area.rows = 16;
    // Code keeps its lines: a wrapped line would hide where the problem's column is.
    area.wrap = 'off';
    area.value = text;
    label.append(area);
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'open-again';
    again.textContent = s.openAgain;
    again.addEventListener('click', () => openGraphText(area.value, name));
    problems.append(label, again);
  }
  problems.hidden = false;
}

/**
 * A graph file's text: valid, it opens; clean JSON that breaks the format's rules opens too (the
 * editor lists its problems in its problems panel); anything else is listed with its text kept.
 */
function openGraphText(text: string, name: string): void {
  const result = loadGraphText(text);
  if (result.ok) return openDocument(result.graph, name);
  const parsed = parseJson(text, { maxDepth: DEFAULT_LIMITS.maxDepth });
  if (parsed.issueCount === 0 && typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)) {
    return openDocument(parsed.value as GraphDocument, name);
  }
  showProblems(name, result.problems.map((p) => formatProblem(p, name)), text);
}

function openDocument(graph: GraphDocument, name: string): void {
  problems.hidden = true;
  empty.hidden = true;
  viewer.removeAttribute('src');
  viewer.fileName = name;
  viewer.graph = graph;
  const url = new URL(location.href);
  url.searchParams.delete('src');
  history.replaceState(null, '', url);
}

/**
 * The other formats (CSV, GEXF, GraphML, Cytoscape JSON) for opening, merging and the export
 * menu: a chunk of this page loaded after it starts, never part of the viewer or the package.
 */
const formatsRegistered = import('../components/kg-editor/interchange-formats').then(({ registerInterchangeFormats }) => {
  registerInterchangeFormats();
});

async function openFiles(files: readonly File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  await formatsRegistered;
  const format = await formatForFile(file);
  if (format?.read) {
    const read = await format.read(files);
    const lines = (read.problems ?? []).map(reportLine);
    const result = read.graph === undefined ? undefined : validateGraph(read.graph);
    if (result?.ok) {
      // The editor shows the import's report once it has loaded this document.
      noteOpeningReport(result.graph, { name: files.map((f) => f.name).join(', '), lines });
      openDocument(result.graph, file.name.replace(/\.[^.]+$/, '.json'));
    } else showProblems(file.name, [...lines.map((line) => line.text), ...(result?.problems.map((p) => formatProblem(p, file.name)) ?? [])]);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the loader says why, located.
    const result = loadGraphBytes(bytes);
    showProblems(file.name, result.problems.map((p) => formatProblem(p, file.name)));
    return;
  }
  openGraphText(text, file.name);
}

function openSrc(src: string): void {
  const url = sameOrigin(src);
  if (!url) return;
  problems.hidden = true;
  empty.hidden = true;
  viewer.graph = undefined;
  viewer.fileName = undefined;
  viewer.src = url.href;
}

$('.open-file').addEventListener('click', () => input.click());
// What src/components/kg-editor/interchange-formats.ts reads, besides graph files.
input.accept = ['.json', 'application/json', '.csv', '.tsv', '.gexf', '.graphml', '.cyjs'].join(',');
input.multiple = true;
input.addEventListener('change', () => {
  void openFiles([...(input.files ?? [])]);
  input.value = '';
});
$('.open-example').addEventListener('click', (ev) => {
  ev.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('src', bundledGraphUrl);
  history.replaceState(null, '', url);
  openSrc(bundledGraphUrl);
});

// Drop a file anywhere.
let dragDepth = 0;
window.addEventListener('dragenter', (ev) => {
  if (!ev.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  dropZone.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropZone.hidden = true;
});
window.addEventListener('dragover', (ev) => {
  if (ev.dataTransfer?.types.includes('Files')) ev.preventDefault();
});
window.addEventListener('drop', (ev) => {
  if (!ev.dataTransfer?.files.length) return;
  ev.preventDefault();
  dragDepth = 0;
  dropZone.hidden = true;
  void openFiles([...ev.dataTransfer.files]);
});

// `#lang=ar` speaks Arabic before any graph is open (the viewer reads the hash only with a graph).
const hashLang = new URLSearchParams(location.hash.slice(1)).get('lang');
if (hashLang && !viewer.getAttribute('lang')) viewer.setAttribute('lang', hashLang);
localize();
const asked = new URLSearchParams(location.search).get('src');
if (asked) openSrc(asked);
else empty.hidden = false;
