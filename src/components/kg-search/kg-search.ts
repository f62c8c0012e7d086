/**
 * Search box with instant suggestions over labels and aliases in every language of the
 * file (an ARIA 1.2 combobox). Matching is Arabic-aware (see model/search.ts).
 *
 * @fires kg-intent - (internal) select the chosen node.
 * @csspart search-input - the text field.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
  static override properties = {
    kg: { attribute: false },
    index: { attribute: false },
    visible: { attribute: false },
    lang: { type: String },
    hits: { state: true },
    active: { state: true },
    open: { state: true },
    query: { state: true },
  };

  declare kg: KnowledgeGraph | undefined;
  declare index: SearchIndex | undefined;
  /** Hidden (filtered-out) nodes are not offered. */
  declare visible: Visibility | undefined;
  declare lang: string;
  declare hits: readonly SearchHit[];
  declare active: number;
  declare open: boolean;
  declare query: string;
  readonly #listId = `kg-search-list-${++instanceCounter}`;

  constructor() {
    super();
    this.lang = 'en';
    this.hits = [];
    this.active = -1;
    this.open = false;
    this.query = '';
  }

  /** Moves keyboard focus to the search field. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Runs a search now (also what typing does); returns the hits. */
  search(query: string): readonly SearchHit[] {
    this.query = query;
    this.hits = query.trim() && this.index ? this.index.search(query, { limit: 8, lang: this.lang, ...(this.visible ? { include: (id: string) => this.visible?.node(id) ?? true } : {}) }) : [];
    this.active = this.hits.length ? 0 : -1;
    this.open = query.trim().length > 0;
    return this.hits;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('index') || changed.has('visible')) && this.query) this.search(this.query);
  }

  #choose(hit: SearchHit | undefined): void {
    if (!hit) return;
    this.open = false;
    this.dispatchEvent(intentEvent({ type: 'select', kind: 'node', id: hit.id }));
  }

  #onKeyDown(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!this.hits.length) return;
      this.open = true;
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      this.#choose(this.hits[this.active]);
    } else if (ev.key === 'Escape') {
      if (this.open || this.query) {
        // Escape backs out one step: first the suggestions, then the text.
        ev.stopPropagation();
        if (this.open) this.open = false;
        else {
          this.search('');
          (ev.target as HTMLInputElement).value = '';
        }
      }
    }
  }

  override render(): TemplateResult {
    const s = uiStrings(this.lang);
    const expanded = this.open && this.query.trim().length > 0;
    const activeId = expanded && this.active >= 0 ? `${this.#listId}-${this.active}` : '';
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
        .value=${this.query}
        @input=${(ev: InputEvent) => this.search((ev.target as HTMLInputElement).value)}
        @keydown=${this.#onKeyDown}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      <ul id=${this.#listId} role="listbox" aria-label=${s.searchLabel} ?hidden=${!expanded}>
        ${expanded && this.hits.length === 0 ? html`<li class="empty" role="presentation">${s.noResults}</li>` : nothing}
        ${expanded ? this.hits.map((hit, i) => this.#renderHit(hit, i)) : nothing}
      </ul>
      <div class="sr-only" aria-live="polite">${expanded ? (this.hits.length ? s.resultsCount(this.hits.length) : s.noResults) : ''}</div>
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
      aria-selected=${i === this.active ? 'true' : 'false'}
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
