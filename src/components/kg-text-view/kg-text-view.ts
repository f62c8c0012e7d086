/**
 * The graph as text for screen readers and anyone who prefers reading: every node with its
 * relations and quotes, as a navigable list kept in sync with the canvas both ways.
 *
 * @fires kg-intent - (internal) select a node or edge.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import { directionOf, formatNumber, uiStrings } from '../../i18n/strings';
import { nodeTypeLabel, relationSentence } from '../../view/describe';
import { nodeText } from '../../view/view-model';
import type { Depth, Selection } from '../../view/view-state';
import { widerNeighbourhood } from '../../model/neighbourhood';
import { SMALL_GRAPH_MAX_NODES } from '../../view/thresholds';
import { intentEvent } from '../../state/intents';
import type { TourPosition } from '../../view/view-state';
import { tourListTemplate } from '../kg-tour/tour-list';
import { panelStyles, sharedStyles } from '../shared.styles';
import { panelHeader } from '../panel-header';

/** Beyond this many nodes the list shows the first ones and points to search. */
const TEXT_VIEW_MAX_NODES = SMALL_GRAPH_MAX_NODES;

export class KgTextView extends LitElement {
  static override styles = [
    sharedStyles,
    panelStyles,
    css`
      ul {
        padding-inline-start: 1.1rem;
        margin: 0.2rem 0;
      }
      li {
        margin: 0.2rem 0;
        line-height: 1.6;
      }
      .node > button[aria-current='true'] {
        font-weight: 700;
        outline: 2px solid var(--kg-focus);
      }
      .type {
        color: var(--kg-muted-text);
        font-size: 0.85rem;
      }
      q {
        color: var(--kg-muted-text);
      }
      .tours h3 {
        font-size: 1rem;
        margin: 0.2rem 0;
      }
      .tours h4 {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0.3rem 0;
        font-size: 0.95rem;
      }
      .tours button[aria-current='step'] {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ type: String }) override lang = 'en';
  @property({ attribute: false }) visible: Visibility | undefined;
  @property({ attribute: false }) selection: Selection | null = null;
  /** The tour being played, marked in the list of tours. */
  @property({ attribute: false }) tour: TourPosition | null = null;
  /** How far the spotlight reaches around the selected node: what is lit is listed first. */
  @property({ attribute: false }) depth: Depth = 1;


  #spotlight(kg: KnowledgeGraph, select: (kind: 'node' | 'edge', id: string) => void): TemplateResult | typeof nothing {
    return spotlightTemplate(kg, this.lang, this.selection, this.depth, this.visible, select);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.selection) {
      this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selection.id)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    if (!kg) return nothing;
    const s = uiStrings(this.lang);
    const dir = directionOf(this.lang);
    const nodes = kg.nodes.filter((n) => !this.visible || this.visible.node(n.id));
    const shown = nodes.slice(0, TEXT_VIEW_MAX_NODES);
    const select = (kind: 'node' | 'edge', id: string) => this.dispatchEvent(intentEvent({ type: 'select', kind, id }));
    return html`
      ${panelHeader(this, s.textView, s.close, 'text-view-title')}
      ${tourListTemplate(kg, this.lang, this.tour, (intent) => this.dispatchEvent(intentEvent(intent)))}
      ${this.#spotlight(kg, select)}
      <ul aria-labelledby="text-view-title">
        ${shown.map((node) => {
          const edges = kg.incidentEdges(node.id).filter((e) => !this.visible || this.visible.edge(e.id));
          const quote = node.evidence?.[0]?.quote;
          return html`<li class="node">
            <button class="link-button" data-id=${node.id} aria-current=${this.selection?.id === node.id ? 'true' : 'false'}
              @click=${() => select('node', node.id)}><bdi>${nodeText(kg, node, this.lang)}</bdi></button>
            <span class="type">(${nodeTypeLabel(kg, node.type, this.lang)})</span>
            ${quote ? html`<div><q dir="auto">${quote}</q></div>` : nothing}
            ${edges.length
              ? html`<ul>
                  ${edges.map(
                    (e) => html`<li><button class="link-button" data-id=${e.id} aria-current=${this.selection?.id === e.id ? 'true' : 'false'}
                      @click=${() => select('edge', e.id)}><bdi>${relationSentence(kg, e, this.lang, dir)}</bdi></button></li>`,
                  )}
                </ul>`
              : nothing}
          </li>`;
        })}
      </ul>
      ${nodes.length > shown.length ? html`<p>${formatNumber(shown.length, this.lang)} / ${formatNumber(nodes.length, this.lang)}</p>` : nothing}
    `;
  }
}

/** What the spotlight lights around the selected node, `depth` steps out, as a list. */
function spotlightTemplate(
  kg: KnowledgeGraph,
  lang: string,
  selection: Selection | null,
  depth: Depth,
  visible: Visibility | undefined,
  select: (kind: 'node' | 'edge', id: string) => void,
): TemplateResult | typeof nothing {
  const node = selection?.kind === 'node' ? kg.node(selection.id) : undefined;
  if (!node) return nothing;
  const lit = [...widerNeighbourhood(kg, node.id, depth, visible).nodes].filter((id) => id !== node.id);
  const s = uiStrings(lang);
  return html`<section class="spotlight" aria-labelledby="text-view-lit">
    <p id="text-view-lit">${s.litAround(nodeText(kg, node, lang), depth, lit.length)}</p>
    <ul>
      ${lit.map((id) => {
        const other = kg.node(id);
        return html`<li><button class="link-button" data-lit=${id} @click=${() => select('node', id)}><bdi>${other ? nodeText(kg, other, lang) : id}</bdi></button></li>`;
      })}
    </ul>
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-text-view': KgTextView;
  }
}
