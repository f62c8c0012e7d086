/**
 * The details panel: what the selected node or edge is, how it is connected, and the exact
 * sentence of the source that says so. All text from the file is rendered as text.
 *
 * @fires kg-intent - (internal) select another element, show a quote in its source, close.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Evidence, GraphEdge, GraphNode, LocalizedText } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import { resolveText } from '../../model/localize';
import { relationGroups, type RelationGroup } from '../../model/relations';
import { quoteRange } from '../../model/evidence-index';
import { directionOf, uiStrings } from '../../i18n/strings';
import { edgeTypeLabel, forwardArrow, nodeTypeLabel, relationWords, statusGlyph, statusLabel } from '../../view/describe';
import { nodeText } from '../../view/view-model';
import { statusKey } from '../../model/filters';
import { safeUrl } from '../../view/safe-url';
import type { Depth, Selection } from '../../view/view-state';
import { intentEvent, type Intent } from '../../state/intents';
import { sharedStyles } from '../shared.styles';
import { customProperties } from '../custom-properties';
import { detailsStyles } from './kg-details.styles';

export class KgDetails extends LitElement {
  static override styles = [sharedStyles, detailsStyles];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) selection: Selection | null = null;
  @property({ type: String }) override lang = 'en';
  @property({ attribute: false }) visible: Visibility | undefined;
  /** Node type → colour, for the type swatch. */
  @property({ attribute: false }) colors: ((type: string) => string) | undefined;
  /** How far the spotlight reaches around the selected node ("one more step" widens it to 2). */
  @property({ attribute: false }) depth: Depth = 1;


  #emit(intent: Intent): void {
    this.dispatchEvent(intentEvent(intent));
  }

  #text(text: LocalizedText | undefined): TemplateResult | typeof nothing {
    if (!this.kg) return nothing;
    const r = resolveText(text, this.lang, this.kg.languages);
    return r ? html`<bdi lang=${r.lang}>${r.text}</bdi>` : nothing;
  }

  #nodeButton(id: string): TemplateResult {
    const node = this.kg?.node(id);
    const label = node && this.kg ? nodeText(this.kg, node, this.lang) : id;
    return html`<button class="link-button" @click=${() => this.#emit({ type: 'select', kind: 'node', id })}><bdi>${label}</bdi></button>`;
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    const sel = this.selection;
    if (!kg || !sel) return nothing;
    if (sel.kind === 'node') {
      const node = kg.node(sel.id);
      return node ? this.#renderNode(kg, node) : nothing;
    }
    const edge = kg.edge(sel.id);
    return edge ? this.#renderEdge(kg, edge) : nothing;
  }

  #header(title: TemplateResult, typeLine: TemplateResult): TemplateResult {
    const s = uiStrings(this.lang);
    return html`<header>
      <div class="heading">
        <div class="type">${typeLine}</div>
        <h2 id="details-title">${title}</h2>
      </div>
      <button aria-label=${s.close} title=${s.close} @click=${() => this.#emit({ type: 'close-panel' })}>✕</button>
    </header>`;
  }

  #renderNode(kg: KnowledgeGraph, node: GraphNode): TemplateResult {
    const s = uiStrings(this.lang);
    const dir = directionOf(this.lang);
    const groups = relationGroups(kg, node.id, this.visible);
    const about = kg.edgesAboutTopic(node.id).filter((e) => !this.visible || this.visible.edge(e.id));
    const color = this.colors?.(node.type);
    return html`
      ${this.#header(
        html`${this.#text(node.label)}`,
        html`${color ? html`<span class="swatch" ${customProperties({ '--swatch-color': color })}></span>` : nothing}
          <span>${s.type}: ${nodeTypeLabel(kg, node.type, this.lang)}</span>`,
      )}
      ${node.description ? html`<p>${this.#text(node.description)}</p>` : nothing}
      ${node.aliases?.length
        ? html`<h3>${s.aliases}</h3>
            <ul class="chips" role="list">
              ${uniqueTexts(kg, node.aliases, this.lang).map((a) => html`<li><bdi lang=${a.lang}>${a.text}</bdi></li>`)}
            </ul>`
        : nothing}
      <h3>${s.relations}</h3>
      ${groups.length ? this.#depthButton() : nothing}
      ${groups.length === 0 ? html`<p>${s.noRelations}</p>` : nothing}
      ${groups.map((g) => this.#renderGroup(kg, node, g))}
      ${about.length
        ? html`<h3>${s.topics}</h3>
            <ul>
              ${about.map((edge) => {
                const w = relationWords(kg, edge, this.lang);
                return html`<li class="relation">
                  <button class="link-button" @click=${() => this.#emit({ type: 'select', kind: 'edge', id: edge.id })}>
                    <bdi>${w.from.text}</bdi> — <bdi>${w.relation}</bdi> ${w.directed ? forwardArrow(dir) : '—'} <bdi>${w.to.text}</bdi>
                  </button>
                </li>`;
              })}
            </ul>`
        : nothing}
      ${this.#renderEvidence(kg, node.evidence)} ${this.#renderLinks(node.links)}
    `;
  }

  /**
   * "One more step": widens the spotlight to the neighbours' neighbours, or back to one step. Its
   * name says what it will do (not a pressed state), so it reads the same to every reader.
   */
  #depthButton(): TemplateResult {
    const s = uiStrings(this.lang);
    const wide = this.depth === 2;
    return html`<p class="reach">
      <button class="reach-button" title=${wide ? s.backToOneStep : s.oneMoreStepHint}
        @click=${() => this.#emit({ type: 'set-depth', depth: wide ? 1 : 2 })}>${wide ? s.backToOneStep : s.oneMoreStep}</button>
    </p>`;
  }

  /**
   * One group of relations. Several relations of one type and direction read as one sentence
   * with the other ends listed ("Memorandum — covers → AI, Fintech, …"); incoming ones use the
   * type's inverse label when it has one ("SCO — has member → Iran, Russia, India"); otherwise
   * each relation is its own sentence ("Iran — proposed → Joint SCO cryptocurrency").
   */
  #renderGroup(kg: KnowledgeGraph, node: GraphNode, g: RelationGroup): TemplateResult {
    const dir = directionOf(this.lang);
    const self = html`<bdi>${nodeText(kg, node, this.lang)}</bdi>`;
    const type = kg.document.edgeTypes[g.edgeType];
    const inverse = g.direction === 'in' ? resolveText(type?.inverseLabel, this.lang, kg.languages)?.text : undefined;
    const typeLabel = edgeTypeLabel(kg, g.edgeType, this.lang);
    const arrow = g.direction === 'undirected' ? '—' : forwardArrow(dir);
    const statusTitle = (edge: GraphEdge) => statusLabel(kg, statusKey(edge), this.lang);
    const edgeButton = (edge: GraphEdge, text: string) =>
      html`<button class="link-button" title=${statusTitle(edge)} @click=${() => this.#emit({ type: 'select', kind: 'edge', id: edge.id })}><bdi>${text}</bdi></button>`;
    const sameLabels = g.items.every(({ edge }) => relationWords(kg, edge, this.lang).relation === typeLabel);
    if (g.items.length > 1 && sameLabels && (g.direction !== 'in' || inverse)) {
      return html`<section aria-label=${typeLabel} class="group">
        <div class="relation">${self} <span class="dash">—</span> <bdi>${inverse ?? typeLabel}</bdi>
          <span class="arrow" aria-hidden="true">${arrow}</span></div>
        <ul class="others" role="list">
          ${g.items.map(
            ({ edge, other }) => html`<li>${this.#nodeButton(other.id)}
              ${edgeButton(edge, `${statusGlyph(statusKey(edge))}\u00a0${statusTitle(edge)}`)}</li>`,
          )}
        </ul>
      </section>`;
    }
    return html`<section aria-label=${typeLabel} class="group">
      <ul>
        ${g.items.map(({ edge, other }) => {
          const w = relationWords(kg, edge, this.lang);
          const link = (id: string) => (id === node.id ? self : this.#nodeButton(id));
          const first = g.direction === 'in' ? other.id : node.id;
          const last = g.direction === 'in' ? node.id : other.id;
          return html`<li class="relation">
            ${link(first)} <span class="dash">—</span> ${edgeButton(edge, w.relation)}
            <span class="arrow" aria-hidden="true">${w.directed ? forwardArrow(dir) : '—'}</span> ${link(last)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderEdge(kg: KnowledgeGraph, edge: GraphEdge): TemplateResult {
    const s = uiStrings(this.lang);
    const dir = directionOf(this.lang);
    const w = relationWords(kg, edge, this.lang);
    const status = statusKey(edge);
    return html`
      ${this.#header(
        html`${this.#nodeButton(w.from.id)} <span aria-hidden="true">—</span> <bdi>${w.relation}</bdi>
          <span aria-hidden="true">${w.directed ? forwardArrow(dir) : '—'}</span> ${this.#nodeButton(w.to.id)}`,
        html`<span>${s.type}: ${edgeTypeLabel(kg, edge.type, this.lang)}</span>`,
      )}
      <dl>
        <dt>${s.status}</dt>
        <dd><span aria-hidden="true">${statusGlyph(status)}</span> ${statusLabel(kg, status, this.lang)}</dd>
        ${edge.when?.text || edge.when?.date
          ? html`<dt>${s.when}</dt>
              <dd>${this.#text(edge.when.text)}${edge.when.date ? html` <time>${edge.when.date}</time>` : nothing}</dd>`
          : nothing}
        <dt>${s.between}</dt>
        <dd>${this.#nodeButton(edge.source)}, ${this.#nodeButton(edge.target)}</dd>
      </dl>
      ${edge.description ? html`<p>${this.#text(edge.description)}</p>` : nothing}
      ${edge.topics?.length
        ? html`<h3>${s.topics}</h3>
            <ul class="chips" role="list">
              ${edge.topics.map((id) => html`<li><button @click=${() => this.#emit({ type: 'select', kind: kg.node(id) ? 'node' : 'edge', id })}>
                <bdi>${kg.node(id) ? nodeText(kg, kg.node(id) as GraphNode, this.lang) : id}</bdi></button></li>`)}
            </ul>`
        : nothing}
      ${this.#renderEvidence(kg, edge.evidence)} ${this.#renderLinks(edge.links)}
    `;
  }

  #renderEvidence(kg: KnowledgeGraph, evidence: readonly Evidence[] | undefined): TemplateResult {
    const s = uiStrings(this.lang);
    return html`<h3>${s.evidence}</h3>
      ${!evidence?.length ? html`<p>${s.noEvidence}</p>` : nothing}
      <ul>
        ${(evidence ?? []).map((ev) => {
          const source = kg.source(ev.source);
          const range = quoteRange(kg, ev);
          const url = safeUrl(source?.url);
          const by = ev.by ? kg.node(ev.by) : undefined;
          return html`<li>
            <blockquote lang=${source?.lang ?? ''} dir="auto">${ev.quote}</blockquote>
            <div class="cite">
              ${by ? html`<span>${s.saidBy} ${this.#nodeButton(by.id)}</span>` : nothing}
              <span>${s.source}:
                ${url
                  ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${this.#text(source?.title) === nothing ? ev.source : this.#text(source?.title)}</a>`
                  : html`${source?.title ? this.#text(source.title) : ev.source}`}</span>
              ${range
                ? html`<button @click=${() => this.#emit({ type: 'show-source', sourceId: ev.source, start: range.start, end: range.end })}>
                    ${s.showInSource}</button>`
                : nothing}
            </div>
          </li>`;
        })}
      </ul>`;
  }

  #renderLinks(links: GraphNode['links']): TemplateResult | typeof nothing {
    const safe = (links ?? []).map((l) => ({ url: safeUrl(l.url), title: l.title })).filter((l) => l.url);
    if (!safe.length) return nothing;
    const s = uiStrings(this.lang);
    return html`<h3>${s.links}</h3>
      <ul>
        ${safe.map((l) => html`<li><a href=${l.url ?? ''} target="_blank" rel="noopener noreferrer">${l.title ? this.#text(l.title) : l.url}</a></li>`)}
      </ul>`;
  }
}

/** Aliases as shown: localized, and each distinct text once. */
function uniqueTexts(kg: KnowledgeGraph, texts: readonly LocalizedText[], lang: string): { text: string; lang: string }[] {
  const seen = new Set<string>();
  const out: { text: string; lang: string }[] = [];
  for (const t of texts) {
    const r = resolveText(t, lang, kg.languages);
    if (r && !seen.has(r.text)) {
      seen.add(r.text);
      out.push(r);
    }
  }
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-details': KgDetails;
  }
}
