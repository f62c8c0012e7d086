/**
 * "Open a graph file…" in the viewer's toolbar, and a drop zone over the whole window: the
 * file's text goes through the viewer's loader (`loadText`), so a broken file is explained with
 * line and column like a fetched one. The page's `?src=` and hash are dropped from the URL, since
 * they no longer describe what is shown.
 */
import { embedStrings } from '../i18n/embed-strings';
import type { KgViewer } from '../components/kg-viewer/kg-viewer';
import { DEFAULT_LIMITS } from '../format/limits';

/** Bytes read at most: enough for the loader to see a file is over the text limit and say so. */
const MAX_READ_BYTES = DEFAULT_LIMITS.maxTextLength * 3 + 1;

export interface FileOpening {
  /** Relabels the controls for the viewer's language. */
  setLanguage(lang: string): void;
}

export function enableFileOpening(viewer: KgViewer): FileOpening {
  const label = document.createElement('label');
  label.slot = 'toolbar';
  label.className = 'open-file';
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  const text = Object.assign(document.createElement('span'), { className: 'text' });
  label.append(input, folderIcon(), text);
  viewer.append(label);

  const zone = document.createElement('div');
  zone.className = 'drop-zone';
  zone.hidden = true;
  const zoneText = document.createElement('p');
  zone.append(zoneText);
  document.body.append(zone);

  const open = async (file: File): Promise<void> => {
    const content = await file.slice(0, MAX_READ_BYTES).text();
    history.replaceState(null, '', location.pathname);
    viewer.loadText(content, file.name);
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = '';
  });

  let depth = 0;
  const carriesFiles = (ev: DragEvent): boolean => ev.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragenter', (ev) => {
    if (!carriesFiles(ev)) return;
    depth++;
    zone.hidden = false;
  });
  window.addEventListener('dragleave', (ev) => {
    if (!carriesFiles(ev)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener('dragover', (ev) => {
    if (!carriesFiles(ev)) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (ev) => {
    if (!carriesFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    zone.hidden = true;
    const file = ev.dataTransfer?.files[0];
    if (file) void open(file);
  });

  const setLanguage = (lang: string): void => {
    const s = embedStrings(lang);
    text.textContent = s.openFile;
    label.title = s.openFileTitle;
    zoneText.textContent = s.dropFile;
  };
  setLanguage(viewer.getAttribute('lang') || document.documentElement.lang || 'en');
  return { setLanguage };
}

/** An open folder, drawn rather than a character: no font on a reader's machine is assumed to have one. */
function folderIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M3 6.5h6l2 2h9v2.5H7.5L4.5 19H3z M7.5 11h14l-3 8H4.5z');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.6');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
