/**
 * The toolbar's tour control: one button when the file has one tour (press to play, press
 * again to stop), a button with a list of tours when it has several.
 *
 * @fires kg-intent - (internal) start-tour (focus moves to the card), stop-tour.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Tour } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { resolveText } from '../../model/localize';
import { tourStrings } from '../../i18n/tour-strings';
import { intentEvent, type Intent } from '../../state/intents';
import { sharedStyles, toolbarMenuStyles } from '../shared.styles';

export class KgTourMenu extends LitElement {
  static override styles = [
    sharedStyles,
    toolbarMenuStyles,
    css`
      :host {
        --kg-menu-min-width: 14rem;
      }
      li button[aria-current='true'] {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) tours: readonly Tour[] = [];
  /** Id of the tour being played, if any. */
  @property({ attribute: false }) active: string | null = null;
  @property({ type: String }) override lang = 'en';
  @state() private _open = false;

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('button.toggle')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  #emit(intent: Intent): void {
    this.dispatchEvent(intentEvent(intent));
  }

  #setOpen(open: boolean): void {
    this._open = open;
    if (open) document.addEventListener('pointerdown', this.#onOutside, true);
    else document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  #onOutside = (ev: Event): void => {
    if (!ev.composedPath().includes(this)) this.#setOpen(false);
  };

  #title(tour: Tour): string {
    return (this.kg && resolveText(tour.title, this.lang, this.kg.languages)?.text) || tour.id;
  }

  override render(): TemplateResult | typeof nothing {
    const tours = this.tours;
    if (tours.length === 0) return nothing;
    const t = tourStrings(this.lang);
    const playing = this.active !== null;
    if (tours.length === 1) {
      const tour = tours[0] as Tour;
      // The name keeps the visible word; pressed says it plays, the tooltip how to stop it.
      const label = `${t.tour}: ${this.#title(tour)}`;
      return html`<button class="toggle" aria-pressed=${playing ? 'true' : 'false'} aria-label=${label} title=${playing ? t.stopTour : label}
        @click=${() => this.#emit(playing ? { type: 'stop-tour' } : { type: 'start-tour', tour: tour.id, focus: true })}>
        <span aria-hidden="true">${playing ? '■' : '▶'}</span><span class="label">${t.tour}</span></button>`;
    }
    return html`<button class="toggle" aria-expanded=${this._open ? 'true' : 'false'} aria-pressed=${playing ? 'true' : 'false'}
        aria-label=${`${t.tours}: ${t.tourMenu}`} title=${t.tourMenu} @click=${() => this.#setOpen(!this._open)}
        @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && this._open && (ev.stopPropagation(), this.#setOpen(false))}>
        <span aria-hidden="true">▶</span><span class="label">${t.tours}</span></button>
      ${this._open
        ? html`<ul aria-label=${t.tourMenu} @keydown=${(ev: KeyboardEvent) => {
            if (ev.key !== 'Escape') return;
            ev.stopPropagation();
            this.#setOpen(false);
            this.focus();
          }}>
            ${tours.map(
              (tour) => html`<li><button aria-current=${tour.id === this.active ? 'true' : 'false'} @click=${() => {
                this.#setOpen(false);
                this.#emit({ type: 'start-tour', tour: tour.id, focus: true });
              }}>${this.#title(tour)}</button></li>`,
            )}
            ${playing ? html`<li><button @click=${() => (this.#setOpen(false), this.#emit({ type: 'stop-tour' }))}>${t.stopTour}</button></li>` : nothing}
          </ul>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-tour-menu': KgTourMenu;
  }
}
