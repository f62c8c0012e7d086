/**
 * A source's full text beside the graph, with one quote highlighted and scrolled into view.
 * Every stretch that backs a fact is marked; activating it lists those facts, each leading
 * back to its node or edge. With "read along" on, the paragraph being read (the one backing a
 * fact with most of itself on screen, watched by an IntersectionObserver) is reported, and the
 * viewer lights its facts.
 *
 * @fires kg-intent - (internal) select a fact, close the panel, set-read-along, read-paragraph.
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
import { intentEvent, type Intent } from '../../state/intents';
import type { Visibility } from '../../model/filters';
import { tourStrings } from '../../i18n/tour-strings';
import { factsIn, paragraphsOf, readingParagraph, spansWithin, type TextRange } from '../../view/read-along';
import type { ReadAlong } from '../../view/view-state';
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
      .facts ul,
      .reading-facts ul {
        margin: 0.3rem 0 0;
        padding-inline-start: 1.2rem;
      }
      .para {
        margin: 0 0 0.7em;
        padding-inline-start: 0.5rem;
        border-inline-start: 3px solid transparent;
      }
      .para.reading {
        border-inline-start-color: var(--kg-accent);
        background: color-mix(in srgb, var(--kg-mark) 30%, transparent);
      }
      .read-along {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.6rem;
        align-items: center;
        margin: -0.2rem 0 0.5rem;
        font-size: 0.9rem;
      }
      .read-along label {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 600;
        cursor: pointer;
      }
      .read-along input {
        width: 1.1rem;
        height: 1.1rem;
        accent-color: var(--kg-accent);
      }
      .read-along .hint {
        color: var(--kg-muted-text);
      }
      /* Buttons are inline blocks: aligned at their top, a wrapped label keeps its bullet on its first line. */
      .reading-facts li button {
        vertical-align: top;
      }
      .reading-facts {
        position: sticky;
        top: -0.6rem;
        z-index: 1;
        margin: 0 0 0.6rem;
        padding: 0.4rem 0.7rem;
        border: 1px solid var(--kg-border);
        border-radius: 6px;
        background: var(--kg-surface);
        font-size: 0.9rem;
        max-height: 9rem;
        overflow-y: auto;
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) sourceId: string | undefined;
  @property({ attribute: false }) start: number = 0;
  @property({ attribute: false }) end: number = 0;
  @property({ type: String }) override lang = 'en';
  /** Read-along (null: off) and the paragraph it found being read. */
  @property({ attribute: false }) readAlong: ReadAlong | null = null;
  @property({ attribute: false }) visible: Visibility | undefined;
  @state() private _activeSpan: SourceSpan | undefined;
  #spans: { key: string; kg: KnowledgeGraph; spans: SourceSpan[] } | undefined;
  #paragraphs: { key: string; ranges: TextRange[]; withFacts: boolean[] } | undefined;
  #observer: IntersectionObserver | undefined;
  #observing: string | undefined;
  /** How many px of each paragraph (by index) are on screen, as the observer last said. */
  readonly #onScreen = new Map<number, number>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving();
  }

  #emit(intent: Intent): void {
    this.dispatchEvent(intentEvent(intent));
  }

  #paragraphsOf(kg: KnowledgeGraph, sourceId: string, text: string): { ranges: TextRange[]; withFacts: boolean[] } {
    if (this.#paragraphs?.key !== sourceId) {
      const ranges = paragraphsOf(text);
      const withFacts = ranges.map((r) => {
        const facts = factsIn(kg, sourceId, r);
        return facts.nodes.length + facts.edges.length > 0;
      });
      this.#paragraphs = { key: sourceId, ranges, withFacts };
    }
    return this.#paragraphs;
  }

  /** Watches the paragraphs while read-along is on (again when another source is shown). */
  #syncObserver(): void {
    const on = this.readAlong !== null && this.sourceId !== undefined;
    if (!on) {
      this.#stopObserving();
      return;
    }
    if (this.#observing === this.sourceId && this.#observer) return;
    this.#stopObserving();
    this.#observing = this.sourceId;
    // Fine thresholds: the most visible paragraph changes as the reader scrolls, not only at its edges.
    const thresholds = Array.from({ length: 21 }, (_, i) => i / 20);
    this.#observer = new IntersectionObserver((entries) => this.#onIntersect(entries), { threshold: thresholds });
    for (const p of this.renderRoot.querySelectorAll('.para')) this.#observer.observe(p);
  }

  #stopObserving(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observing = undefined;
    this.#onScreen.clear();
  }

  #onIntersect(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset['index']);
      this.#onScreen.set(index, entry.isIntersecting ? entry.intersectionRect.height : 0);
    }
    const paragraphs = this.#paragraphs;
    if (!paragraphs || this.readAlong === null) return;
    const reading = readingParagraph([...this.#onScreen].map(([index, visibleHeight]) => ({ index, visibleHeight, hasFacts: paragraphs.withFacts[index] === true })));
    const range = reading === undefined ? null : (paragraphs.ranges[reading] ?? null);
    const current = this.readAlong.paragraph;
    if (range?.start === current?.start && range?.end === current?.end) return;
    this.#emit({ type: 'read-paragraph', paragraph: range ? { start: range.start, end: range.end } : null });
  }


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
    if (changed.has('readAlong') || changed.has('sourceId')) this.#syncObserver();
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
    const paragraphs = this.#paragraphsOf(kg, source.id, text);
    const active = this._activeSpan;
    const t = tourStrings(this.lang);
    const reading = this.readAlong?.paragraph ?? null;
    return html`
      ${panelHeader(this, html`${s.sourceText}: <bdi lang=${title?.lang ?? ''}>${title?.text ?? source.id}</bdi>`, s.close)}
      <div class="read-along">
        <label><input type="checkbox" role="switch" .checked=${this.readAlong !== null} aria-describedby="read-along-hint"
          @change=${(ev: Event) => this.#emit({ type: 'set-read-along', on: (ev.target as HTMLInputElement).checked })} />${t.readAlong}</label>
        <span class="hint" id="read-along-hint">${t.readAlongHint}</span>
      </div>
      ${this.readAlong !== null ? this.#readingFacts(kg, source.id, reading) : nothing}
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
      <div class="text" lang=${source.lang ?? ''} dir=${source.lang ? directionOf(source.lang) : 'auto'}>${paragraphs.ranges.map(
        (range, index) => html`<p class="para ${reading?.start === range.start && reading.end === range.end ? 'reading' : ''}" data-index=${index} data-start=${range.start}>${spansWithin(segments, range).map((seg) => {
          const part = text.slice(seg.start, seg.end);
          // A stretch of white space alone is not something to activate.
          if (seg.elements.length === 0 || part.trim() === '') return part;
          const focus = seg.start >= this.start && seg.end <= this.end && this.end > this.start;
          // A quote cut by a paragraph break is one fact: both parts open the same facts.
          const whole = seg.whole;
          return html`<mark class=${focus ? 'focus' : 'fact'} role="button" tabindex="0"
            @click=${() => (this._activeSpan = whole)}
            @keydown=${(ev: KeyboardEvent) => {
              if (ev.key === 'Enter' || ev.key === ' ') {
                ev.preventDefault();
                this._activeSpan = whole;
              }
            }}>${part}</mark>`;
        })}</p>`,
      )}</div>
    `;
  }

  /** The facts of the paragraph read along, each leading to its node or relation. */
  #readingFacts(kg: KnowledgeGraph, sourceId: string, paragraph: TextRange | null): TemplateResult {
    const t = tourStrings(this.lang);
    const facts = paragraph ? factsIn(kg, sourceId, paragraph, this.visible) : { nodes: [], edges: [] };
    const ids = [...facts.edges, ...facts.nodes];
    return html`<div class="reading-facts" role="region" aria-label=${t.inThisParagraph}>
      <strong>${t.inThisParagraph}</strong>
      ${ids.length
        ? html`<ul>
            ${ids.map(
              (id) => html`<li><button class="link-button" @click=${() => this.#emit({ type: 'select', kind: kg.node(id) ? 'node' : 'edge', id })}>
                <bdi>${this.#factLabel(kg, id)}</bdi></button></li>`,
            )}
          </ul>`
        : html`<p>${t.nothingInParagraph}</p>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-source-view': KgSourceView;
  }
}
