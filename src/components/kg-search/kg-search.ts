/**
 * Search box with instant suggestions over labels and aliases in every language of the
 * file (an ARIA 1.2 combobox). Matching is Arabic-aware (see model/search.ts).
 *
 * @fires kg-intent - (internal) select the chosen node.
 * @csspart search-input - the text field.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { SearchHit, SearchIndex } from '../../model/search';
import type { Visibility } from '../../model/filters';
import { uiStrings } from '../../i18n/strings';
import { nodeTypeLabel } from '../../view/describe';
import { nodeText } from '../../view/view-model';
import { intentEvent } from '../../state/intents';
import { sharedStyles } from '../shared.styles';
import { searchStyles } from './kg-search.styles';

let instanceCounter = 0;

export class KgSearch extends LitElement {
  static override styles = [sharedStyles, searchStyles];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) index: SearchIndex | undefined;
  /** Hidden (filtered-out) nodes are not offered. */
  @property({ attribute: false }) visible: Visibility | undefined;
  @property({ type: String }) override lang = 'en';
  @state() private _hits: readonly SearchHit[] = [];
  @state() private _active = -1;
  @state() private _open = false;
  @state() private _query: string = '';
  readonly #listId = `kg-search-list-${++instanceCounter}`;


  /** Moves keyboard focus to the search field. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Runs a search now (also what typing does); returns the hits. */
  search(query: string): readonly SearchHit[] {
    this._query = query;
    this._hits = query.trim() && this.index ? this.index.search(query, { limit: 8, lang: this.lang, ...(this.visible ? { include: (id: string) => this.visible?.node(id) ?? true } : {}) }) : [];
    this._active = this._hits.length ? 0 : -1;
    this._open = query.trim().length > 0;
    return this._hits;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('index') || changed.has('visible')) && this._query) this.search(this._query);
  }

  #choose(hit: SearchHit | undefined): void {
    if (!hit) return;
    this._open = false;
    this.dispatchEvent(intentEvent({ type: 'select', kind: 'node', id: hit.id }));
  }

  #onKeyDown(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!this._hits.length) return;
      this._open = true;
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      this._active = (this._active + step + this._hits.length) % this._hits.length;
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      this.#choose(this._hits[this._active]);
    } else if (ev.key === 'Escape') {
      if (this._open || this._query) {
        // Escape backs out one step: first the suggestions, then the text.
        ev.stopPropagation();
        if (this._open) this._open = false;
        else {
          this.search('');
          (ev.target as HTMLInputElement).value = '';
        }
      }
    }
  }

  override render(): TemplateResult {
    const s = uiStrings(this.lang);
    const expanded = this._open && this._query.trim().length > 0;
    const activeId = expanded && this._active >= 0 ? `${this.#listId}-${this._active}` : '';
    return html`
      <label class="sr-only" for="q">${s.searchLabel}</label>
      <input
        id="q"
        part="search-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        dir="auto"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${this.#listId}
        aria-activedescendant=${activeId || nothing}
        placeholder=${s.searchPlaceholder}
        .value=${this._query}
        @input=${(ev: InputEvent) => this.search((ev.target as HTMLInputElement).value)}
        @keydown=${this.#onKeyDown}
        @blur=${() => setTimeout(() => (this._open = false), 150)}
      />
      <ul id=${this.#listId} role="listbox" aria-label=${s.searchLabel} ?hidden=${!expanded}>
        ${expanded && this._hits.length === 0 ? html`<li class="empty" role="presentation">${s.noResults}</li>` : nothing}
        ${expanded ? this._hits.map((hit, i) => this.#renderHit(hit, i)) : nothing}
      </ul>
      <div class="sr-only" aria-live="polite">${expanded ? (this._hits.length ? s.resultsCount(this._hits.length) : s.noResults) : ''}</div>
    `;
  }

  #renderHit(hit: SearchHit, i: number): TemplateResult {
    const kg = this.kg;
    const node = kg?.node(hit.id);
    const label = node && kg ? nodeText(kg, node, this.lang) : hit.id;
    const showMatched = hit.text !== label;
    return html`<li
      id="${this.#listId}-${i}"
      role="option"
      aria-selected=${i === this._active ? 'true' : 'false'}
      @mousedown=${(ev: Event) => ev.preventDefault()}
      @click=${() => this.#choose(hit)}
    >
      <span><bdi>${label}</bdi>${showMatched ? html` <span class="meta">(<bdi lang=${hit.lang}>${hit.text}</bdi>)</span>` : nothing}</span>
      <span class="meta">${node && kg ? nodeTypeLabel(kg, node.type, this.lang) : ''}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-search': KgSearch;
  }
}
