/**
 * Handouts for one viewer: `exportImage()` and the toolbar's downloads, and the printed page.
 * The handout code is a separate chunk, fetched when first needed, or while the browser is idle
 * after the graph is ready so that printing (which cannot wait for a download) finds it there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../when-idle';
import { tourStrings } from '../../i18n/tour-strings';
import type { ExportChoice } from '../kg-handout/kg-export-menu';
import type { ExportImageOptions, HandoutInputs } from './handout/handout';

type HandoutModule = typeof import('./handout/handout');
let handoutModule: Promise<HandoutModule> | undefined;
let loadedModule: HandoutModule | undefined;

function loadHandoutModule(): Promise<HandoutModule> {
  return (handoutModule ??= import('./handout/handout').then((m) => (loadedModule = m)));
}

export interface HandoutControllerOptions {
  /** What a handout is made of, once the graph is drawn. */
  inputs(): HandoutInputs | undefined;
  /** Where the printed handout goes (hidden on screen, shown by the print stylesheet). */
  printContainer(): HTMLElement | null;
  /** The file name a download gets, without its extension. */
  fileName(): string;
}

export class HandoutController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: HandoutControllerOptions;
  /** What the handout control says while a handout is made or after it failed ('' otherwise). */
  status = '';

  constructor(host: ReactiveControllerHost, options: HandoutControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The toolbar's export menu: print, or download a PNG or SVG, saying so in the reader's language. */
  choose(choice: ExportChoice, lang: string): void {
    if (choice === 'print') {
      void this.print();
      return;
    }
    const s = tourStrings(lang);
    this.#setStatus(s.saving);
    this.download(choice).then(
      () => this.#setStatus(''),
      () => this.#setStatus(s.saveFailed),
    );
  }

  #setStatus(status: string): void {
    this.status = status;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  /** The graph is ready: fetch the handout code while the browser is idle. */
  prefetch(): void {
    whenIdle(() => void loadHandoutModule().catch(() => undefined));
  }

  async exportImage(options: ExportImageOptions): Promise<Blob> {
    if (options?.format !== 'png' && options?.format !== 'svg') throw new TypeError(`exportImage: format must be 'png' or 'svg', not ${String(options?.format)}`);
    const { exportHandout } = await loadHandoutModule();
    const inputs = this.#options.inputs();
    if (!inputs) throw new Error('exportImage: the graph is not drawn yet');
    return exportHandout(inputs, options);
  }

  /** Saves the handout as a file through a download link. */
  async download(format: 'png' | 'svg'): Promise<void> {
    const blob = await this.exportImage({ format });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.#options.fileName()}.${format}`;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by now; give it a moment before freeing the data.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Prints the page (the print stylesheet shows the handout in place of the live view). */
  async print(): Promise<void> {
    await loadHandoutModule();
    window.print();
  }

  #beforePrint = (): void => {
    const container = this.#options.printContainer();
    const inputs = this.#options.inputs();
    // Printing lays the page out right after this event: only code already loaded can help.
    if (container && inputs && loadedModule) loadedModule.renderPrintHandout(inputs, container);
  };

  #afterPrint = (): void => {
    const container = this.#options.printContainer();
    if (container && loadedModule) loadedModule.clearPrintHandout(container);
  };
}

/** A download's name from the graph file's: `story.json` → `story-handout`. */
export function handoutFileName(src: string | undefined): string {
  const file = (src ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  const stem = file.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);
  return `${stem || 'graph'}-handout`;
}
