/**
 * Light or dark: the `theme` attribute when set, else the reader's system setting (followed
 * live while the element is connected). Resolves the `--kg-*` tokens the canvas draws with.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { THEMES, resolveTokens, type ThemeTokens } from '../../view/theme';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: 'light' | 'dark' | undefined;
}

export class ThemeController implements ReactiveController {
  readonly #host: ThemeHost;
  /** The system setting changed while no theme is set. */
  readonly #systemChanged: () => void;
  #query: MediaQueryList | undefined;

  constructor(host: ThemeHost, systemChanged: () => void) {
    this.#host = host;
    this.#systemChanged = systemChanged;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.#query?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    this.#query = undefined;
  }

  get dark(): boolean {
    const theme = this.#host.theme;
    return theme === 'dark' || (!theme && this.#query?.matches === true);
  }

  /** The tokens in force: the theme's defaults under whatever `--kg-*` the page sets. */
  tokens(): ThemeTokens {
    const style = getComputedStyle(this.#host);
    return resolveTokens((p) => style.getPropertyValue(p), this.dark ? THEMES.dark : THEMES.light);
  }

  #onChange = (): void => {
    if (!this.#host.theme) this.#systemChanged();
  };
}
