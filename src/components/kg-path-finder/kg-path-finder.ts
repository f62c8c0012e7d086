/**
 * "How is A connected to B?": pick two nodes, get the shortest paths in words. The viewer
 * computes the paths (they are highlighted on the canvas too) and hands them in.
 *
 * @fires kg-intent - (internal) find or clear a path, select an element of it.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { GraphPath } from '../../model/path';
import { directionOf, uiStrings } from '../../i18n/strings';
import { forwardArrow } from '../../view/describe';
import { edgeText, nodeText } from '../../view/view-model';
import type { PathQuery } from '../../view/view-state';
import { intentEvent } from '../../state/intents';
import { panelStyles, sharedStyles } from '../shared.styles';
import { panelHeader } from '../panel-header';

export class KgPathFinder extends LitElement {
  static override styles = [
    sharedStyles,
    panelStyles,
    css`
      form {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.4rem 0.6rem;
        align-items: center;
      }
      select {
        font: inherit;
        min-height: 2.25rem;
        min-width: 0;
        width: 100%;
        color: var(--kg-text);
        background: var(--kg-background);
        border: 1px solid var(--kg-border);
        border-radius: 6px;
      }
      .buttons {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
      }
      ol {
        padding-inline-start: 1.4rem;
      }
      li {
        margin: 0.4rem 0;
        line-height: 1.7;
      }
      .arrow {
        color: var(--kg-muted-text);
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ type: String }) override lang = 'en';
  @property({ attribute: false }) query: PathQuery | null = null;
  @property({ attribute: false }) paths: readonly GraphPath[] = [];


  #submit(ev: SubmitEvent): void {
    ev.preventDefault();
    const form = ev.target as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLSelectElement).value;
    const to = (form.elements.namedItem('to') as HTMLSelectElement).value;
    if (from && to) this.dispatchEvent(intentEvent({ type: 'find-path', from, to }));
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    if (!kg) return nothing;
    const s = uiStrings(this.lang);
    const dir = directionOf(this.lang);
    const collator = new Intl.Collator(this.lang);
    const options = kg.nodes
      .map((n) => ({ id: n.id, text: nodeText(kg, n, this.lang) }))
      .sort((a, b) => collator.compare(a.text, b.text));
    const select = (name: 'from' | 'to', label: string) => html`
      <label for=${name}>${label}</label>
      <select id=${name} name=${name} dir="auto">
        <option value="">${s.choose}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${this.query?.[name] === o.id}>${o.text}</option>`)}
      </select>`;
    const hops = this.paths[0]?.edges.length ?? 0;
    return html`
      ${panelHeader(this, s.pathFinder, s.close)}
      <form @submit=${this.#submit}>
        ${select('from', s.pathFrom)} ${select('to', s.pathTo)}
        <div class="buttons">
          <button type="submit">${s.findPath}</button>
          <button type="button" @click=${() => this.dispatchEvent(intentEvent({ type: 'clear-path' }))}>${s.clearPath}</button>
        </div>
      </form>
      <div role="status">
        ${this.query && this.paths.length === 0 ? html`<p>${s.noPath}</p>` : nothing}
        ${this.paths.length ? html`<p>${s.pathCount(this.paths.length, hops)}</p>` : nothing}
      </div>
      ${this.paths.length
        ? html`<ol>
            ${this.paths.map((p) => html`<li>${p.nodes.map((id, i) => {
              const node = kg.node(id);
              const edgeId = p.edges[i];
              const edge = edgeId ? kg.edge(edgeId) : undefined;
              const forward = edge ? edge.source === id : true;
              return html`<button class="link-button" @click=${() => this.dispatchEvent(intentEvent({ type: 'select', kind: 'node', id }))}>
                  <bdi>${node ? nodeText(kg, node, this.lang) : id}</bdi></button>
                ${edge
                  ? html` <span class="arrow" aria-hidden="true">—</span>
                      <button class="link-button" @click=${() => this.dispatchEvent(intentEvent({ type: 'select', kind: 'edge', id: edge.id }))}>
                        <bdi>${edgeText(kg, edge, this.lang)}</bdi></button>
                      <span class="arrow" aria-hidden="true">${kg.isDirected(edge) ? (forward ? forwardArrow(dir) : forwardArrow(dir === 'rtl' ? 'ltr' : 'rtl')) : '—'}</span> `
                  : nothing}`;
            })}</li>`)}
          </ol>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-path-finder': KgPathFinder;
  }
}
