/**
 * Legend and filters in one: every node type, relation type and status with its visual
 * encoding and count, and a checkbox that shows or hides it.
 *
 * @fires kg-intent - (internal) toggle a filter.
 * @csspart legend - the legend box.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FilterState } from '../../model/filters';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { formatNumber, uiStrings } from '../../i18n/strings';
import { edgeTypeLabel, nodeTypeLabel, statusGlyph, statusLabel } from '../../view/describe';
import type { FilterKind } from '../../view/view-state';
import { intentEvent } from '../../state/intents';
import { sharedStyles } from '../shared.styles';
import { customProperties } from '../custom-properties';

export interface LegendCounts {
  readonly nodeTypes: ReadonlyMap<string, number>;
  readonly edgeTypes: ReadonlyMap<string, number>;
  readonly statuses: ReadonlyMap<string, number>;
}

export class KgLegend extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      details {
        margin: 0 0 0.3rem;
      }
      summary {
        font-weight: 600;
        color: var(--kg-muted-text);
        cursor: pointer;
        padding: 0.15rem 0;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.45em;
        padding: 0.12rem 0;
        cursor: pointer;
        min-height: 1.6rem;
      }
      input {
        margin: 0;
        width: 1rem;
        height: 1rem;
        accent-color: var(--kg-accent);
      }
      .swatch {
        width: 0.95em;
        height: 0.95em;
        display: inline-block;
        flex: none;
        border-radius: 50%;
        background: var(--swatch-color, gray);
      }
      .line {
        width: 1.8em;
        height: 0;
        border-top-width: 2px;
        border-top-style: var(--line-style, solid);
        border-top-color: var(--kg-edge);
        flex: none;
      }
      .glyph {
        width: 1.2em;
        text-align: center;
        flex: none;
      }
      .count {
        color: var(--kg-muted-text);
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ type: String }) override lang = 'en';
  @property({ attribute: false }) filters: FilterState | undefined;
  @property({ attribute: false }) counts: LegendCounts | undefined;
  @property({ attribute: false }) colors: ((type: string) => string) | undefined;


  #toggle(kind: FilterKind, key: string): void {
    this.dispatchEvent(intentEvent({ type: 'toggle-filter', kind, key }));
  }

  #item(kind: FilterKind, key: string, sample: TemplateResult, label: string, count: number): TemplateResult {
    const hidden = this.filters?.[kind].has(key) ?? false;
    return html`<label>
      <input type="checkbox" .checked=${!hidden} @change=${() => this.#toggle(kind, key)} />
      ${sample}<bdi>${label}</bdi> <span class="count">(${formatNumber(count, this.lang)})</span>
    </label>`;
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    const counts = this.counts;
    if (!kg || !counts) return nothing;
    const s = uiStrings(this.lang);
    const edgeTypes = kg.document.edgeTypes;
    return html`<div part="legend">
      <details open><summary>${s.nodeTypes}</summary><fieldset aria-label=${s.nodeTypes}>
        ${[...counts.nodeTypes].map(([type, n]) =>
          this.#item('hiddenNodeTypes', type, html`<span class="swatch" ${customProperties({ '--swatch-color': this.colors?.(type) ?? 'gray' })}></span>`, nodeTypeLabel(kg, type, this.lang), n),
        )}
      </fieldset></details>
      <details ?open=${counts.edgeTypes.size <= 6}><summary>${s.edgeTypes}</summary><fieldset aria-label=${s.edgeTypes}>
        ${[...counts.edgeTypes].map(([type, n]) =>
          this.#item(
            'hiddenEdgeTypes',
            type,
            html`<span class="line" ${customProperties({ '--line-style': edgeTypes[type]?.line ?? 'solid' })}></span><span aria-hidden="true">${edgeTypes[type]?.directed === false ? '' : '▸'}</span>`,
            edgeTypeLabel(kg, type, this.lang),
            n,
          ),
        )}
      </fieldset></details>
      <details open><summary>${s.statuses}</summary><fieldset aria-label=${s.statuses}>
        ${[...counts.statuses].map(([status, n]) =>
          this.#item('hiddenStatuses', status, html`<span class="glyph" aria-hidden="true">${statusGlyph(status)}</span>`, statusLabel(kg, status, this.lang), n),
        )}
      </fieldset></details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-legend': KgLegend;
  }
}
