/**
 * Evidence by selection, above the source panel in edit mode: select a passage of the source's
 * text and "use as evidence for …" attaches it to the selected node or relation. The quote is cut
 * from the source at the selection's offsets, so it is exact by construction.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveText } from '../../model/localize';
import { editorStrings } from '../../i18n/editor-strings';
import { sharedStyles } from '../shared.styles';
import { selectionOffsets, sourceTextElement, showsExactly } from './source-selection';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

export class KgEditEvidence extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: sticky;
        top: -0.6rem;
        z-index: 2;
        margin: -0.6rem -0.9rem 0.6rem;
        padding: 0.5rem 0.9rem;
        background: var(--kg-surface);
        border-bottom: 1px solid var(--kg-border);
      }
      p {
        margin: 0;
        font-size: 0.9rem;
      }
      button {
        margin-top: 0.3rem;
        border-color: var(--kg-accent);
      }
      .count {
        font-size: 0.8rem;
        color: var(--kg-muted-text);
        margin-inline-start: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';
  /** The selected stretch of the source, when there is one. */
  @state() private _range: { sourceId: string; start: number; end: number } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#onSelection);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('selectionchange', this.#onSelection);
    super.disconnectedCallback();
  }

  readonly #onSelection = (): void => {
    this._range = this.#measure();
  };

  /** The selection's offsets in the source text, when it lies in the source panel. */
  #measure(): { sourceId: string; start: number; end: number } | undefined {
    const root = this.session?.host.element.shadowRoot;
    const found = root ? sourceTextElement(root) : undefined;
    const source = found?.sourceId ? this.session?.doc?.sources?.find((s) => s.id === found.sourceId) : undefined;
    if (!found || !source || typeof source.text !== 'string') return undefined;
    // Offsets are only offsets into the source if the panel shows exactly its text.
    if (!showsExactly(found.text, source.text)) return undefined;
    const offsets = selectionOffsets(found.text, found.roots);
    return offsets && found.sourceId ? { sourceId: found.sourceId, ...offsets } : undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const s = editorStrings(this.lang);
    const selection = session.host.viewState()?.selection;
    const element = selection ? (selection.kind === 'node' ? doc.nodes : doc.edges).find((e) => e.id === selection.id) : undefined;
    if (!element || !selection) return html`<p>${s.selectTargetFirst}</p>`;
    const label = resolveText(element.label, this.lang, session.languages)?.text ?? element.id;
    const range = this._range;
    return html`<p>${range ? html`<span>${s.selection(range.end - range.start)}</span>` : s.selectPassage}</p>
      <button class="use-evidence" ?disabled=${!range} @click=${() => {
        const current = this.#measure() ?? range;
        if (current) session.attachEvidence(current.sourceId, current.start, current.end);
      }}>${s.useAsEvidence(label)}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-evidence': KgEditEvidence;
  }
}
