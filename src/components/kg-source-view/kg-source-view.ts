/**
 * A source's full text beside the graph, with one quote highlighted and scrolled into view.
 * Every stretch that backs a fact is marked; activating it lists those facts, each leading
 * back to its node or edge.
 *
 * @fires kg-intent - (internal) select a fact, close the panel.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { fillGaps, sourceSpans, type SourceSpan } from '../../model/evidence-index';
import { resolveText } from '../../model/localize';
import { uiStrings } from '../../i18n/strings';
import { relationSentence } from '../../view/describe';
import { nodeText } from '../../view/view-model';
import { directionOf } from '../../i18n/strings';
import { intentEvent } from '../../state/intents';
import { panelStyles, sharedStyles } from '../shared.styles';
import { panelHeader } from '../panel-header';

export class KgSourceView extends LitElement {
  static override styles = [
    sharedStyles,
    panelStyles,
    css`
      .text {
        white-space: pre-wrap;
        line-height: 1.9;
        font-size: 1rem;
      }
      mark {
        background: none;
        color: inherit;
        text-decoration: underline dotted var(--kg-accent);
        text-underline-offset: 0.3em;
        cursor: pointer;
      }
      mark.focus {
        background: var(--kg-mark);
        text-decoration: none;
        outline: 2px solid var(--kg-focus);
        border-radius: 2px;
      }
      .facts {
        margin: 0.5rem 0;
        padding: 0.5rem 0.7rem;
        border: 1px solid var(--kg-border);
        border-radius: 6px;
        background: var(--kg-surface);
      }
      .facts ul {
        margin: 0.3rem 0 0;
        padding-inline-start: 1.2rem;
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) sourceId: string | undefined;
  @property({ attribute: false }) start: number = 0;
  @property({ attribute: false }) end: number = 0;
  @property({ type: String }) override lang = 'en';
  @state() private _activeSpan: SourceSpan | undefined;
  #spans: { key: string; kg: KnowledgeGraph; spans: SourceSpan[] } | undefined;

  /** The marked stretches, computed once per source and graph (an edit or a reload makes a new graph). */
  #segments(kg: KnowledgeGraph, sourceId: string, length: number): SourceSpan[] {
    if (this.#spans?.key !== sourceId || this.#spans.kg !== kg) this.#spans = { key: sourceId, kg, spans: fillGaps(sourceSpans(kg, sourceId), length) };
    return this.#spans.spans;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('start') || changed.has('sourceId') || changed.has('end')) {
      this._activeSpan = undefined;
      const focus = this.renderRoot.querySelector('mark.focus');
      focus?.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
  }

  #factLabel(kg: KnowledgeGraph, id: string): string {
    const node = kg.node(id);
    if (node) return nodeText(kg, node, this.lang);
    const edge = kg.edge(id);
    return edge ? relationSentence(kg, edge, this.lang, directionOf(this.lang)) : id;
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    const source = this.sourceId ? kg?.source(this.sourceId) : undefined;
    if (!kg || !source || typeof source.text !== 'string') return nothing;
    const s = uiStrings(this.lang);
    const text = source.text;
    const title = resolveText(source.title, this.lang, kg.languages);
    const segments = this.#segments(kg, source.id, text.length);
    const active = this._activeSpan;
    return html`
      ${panelHeader(this, html`${s.sourceText}: <bdi lang=${title?.lang ?? ''}>${title?.text ?? source.id}</bdi>`, s.close)}
      ${active
        ? html`<div class="facts" role="region" aria-label=${s.backToFact}>
            <strong>${s.backToFact}</strong>
            <ul>
              ${active.elements.map(
                (id) => html`<li><button class="link-button" @click=${() => this.dispatchEvent(intentEvent({ type: 'select', kind: kg.node(id) ? 'node' : 'edge', id }))}>
                  <bdi>${this.#factLabel(kg, id)}</bdi></button></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="text" lang=${source.lang ?? ''} dir=${source.lang ? directionOf(source.lang) : 'auto'}>${segments.map((seg) => {
        const part = text.slice(seg.start, seg.end);
        // A stretch of white space alone is not something to activate.
        if (seg.elements.length === 0 || part.trim() === '') return part;
        const focus = seg.start >= this.start && seg.end <= this.end && this.end > this.start;
        return html`<mark class=${focus ? 'focus' : 'fact'} role="button" tabindex="0"
          @click=${() => (this._activeSpan = seg)}
          @keydown=${(ev: KeyboardEvent) => {
            if (ev.key === 'Enter' || ev.key === ' ') {
              ev.preventDefault();
              this._activeSpan = seg;
            }
          }}>${part}</mark>`;
      })}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-source-view': KgSourceView;
  }
}
