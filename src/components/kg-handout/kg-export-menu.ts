/**
 * The toolbar's handout control: a button with a short list — save the view as a PNG or an SVG
 * image, or print it (the printed page is the same handout).
 *
 * @fires kg-export - (internal) detail `'png' | 'svg' | 'print'`: what the reader chose.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tourStrings } from '../../i18n/tour-strings';
import { sharedStyles, toolbarMenuStyles } from '../shared.styles';

export type ExportChoice = 'png' | 'svg' | 'print';
export const EXPORT_EVENT = 'kg-export';

export class KgExportMenu extends LitElement {
  static override styles = [
    sharedStyles,
    toolbarMenuStyles,
    css`
      :host {
        --kg-menu-min-width: 11rem;
      }
      .status {
        position: absolute;
        top: calc(100% + 4px);
        inset-inline-end: 0;
        white-space: nowrap;
        font-size: 0.8rem;
        padding: 0.2rem 0.5rem;
        background: var(--kg-surface);
        border: 1px solid var(--kg-border);
        border-radius: 6px;
      }
    `,
  ];

  @property({ type: String }) override lang = 'en';
  /** What the element says while a handout is being made or when it failed (empty: nothing). */
  @property({ type: String }) status = '';
  @state() private _open = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  #setOpen(open: boolean): void {
    this._open = open;
    if (open) document.addEventListener('pointerdown', this.#onOutside, true);
    else document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  #onOutside = (ev: Event): void => {
    if (!ev.composedPath().includes(this)) this.#setOpen(false);
  };

  #choose(choice: ExportChoice): void {
    this.#setOpen(false);
    this.dispatchEvent(new CustomEvent(EXPORT_EVENT, { detail: choice, bubbles: true }));
  }

  override render(): TemplateResult {
    const t = tourStrings(this.lang);
    return html`<button class="toggle" aria-expanded=${this._open ? 'true' : 'false'} aria-label=${`${t.saveViewShort}: ${t.saveView}`} title=${t.saveView}
        @click=${() => this.#setOpen(!this._open)}
        @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && this._open && (ev.stopPropagation(), this.#setOpen(false))}>
        <span aria-hidden="true">⤓</span><span class="label">${t.saveViewShort}</span></button>
      ${this._open
        ? html`<ul aria-label=${t.saveView} @keydown=${(ev: KeyboardEvent) => {
            if (ev.key !== 'Escape') return;
            ev.stopPropagation();
            this.#setOpen(false);
            this.renderRoot.querySelector<HTMLElement>('button.toggle')?.focus();
          }}>
            <li><button data-format="png" @click=${() => this.#choose('png')}>${t.png}</button></li>
            <li><button data-format="svg" @click=${() => this.#choose('svg')}>${t.svg}</button></li>
            <li><button data-format="print" @click=${() => this.#choose('print')}>${t.print}</button></li>
          </ul>`
        : nothing}
      ${this.status && !this._open ? html`<span class="status" role="status">${this.status}</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-export-menu': KgExportMenu;
  }
}
