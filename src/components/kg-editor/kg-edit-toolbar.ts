/**
 * The editor's toolbar under the viewer's: unsaved-changes mark, undo and redo, add node,
 * connect, keep this layout, the problems / file / tours panels, save (to `data/` under
 * `npm start`, and as a download) and export through registered formats.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { editorStrings } from '../../i18n/editor-strings';
import { sharedStyles } from '../shared.styles';
import { graphFileFormats, onGraphFileFormats } from './file-formats';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

export class KgEditToolbar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        border-bottom: 1px solid var(--kg-border);
        background: var(--kg-surface);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        align-items: center;
        padding: 0.3rem 0.5rem;
      }
      .mode {
        font-weight: 650;
        margin-inline-end: 0.3rem;
      }
      .mark {
        font-size: 0.85rem;
        color: var(--kg-muted-text);
        margin-inline-end: auto;
      }
      .mark.dirty {
        color: var(--kg-text);
        font-weight: 600;
      }
      .mark.dirty::before {
        content: '● ';
        color: #b3261e;
      }
      .errors {
        border-color: #b3261e;
      }
      .count {
        font-size: 0.8rem;
        margin-inline-start: 0.3rem;
      }
      :host {
        container-type: inline-size;
      }
      select.export {
        font: inherit;
        min-height: 2rem;
        max-width: 12rem;
        border: 1px solid var(--kg-border);
        border-radius: 5px;
        background: var(--kg-background);
        color: var(--kg-text);
      }
      /* On a phone the tools are one row that scrolls sideways: the graph keeps the screen. */
      @container (max-width: 600px) {
        .bar {
          flex-wrap: nowrap;
          overflow-x: auto;
          scrollbar-width: thin;
        }
        .bar > * {
          flex: none;
        }
        .mark {
          margin-inline-end: 0.3rem;
        }
      }
      button[disabled] {
        opacity: 0.45;
        cursor: default;
      }
    `,
  ];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';

  #unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onGraphFileFormats(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const store = session?.store;
    if (!session || !store) return nothing;
    const s = editorStrings(this.lang);
    const validation = store.validation;
    const errors = validation.problems.filter((p) => p.severity === 'error').length;
    const warnings = validation.problems.length - errors;
    const panel = session.host.viewState()?.panel;
    const allPinned = store.doc.nodes.length > 0 && store.doc.nodes.every((n) => n.position && typeof n.position === 'object');
    const disk = session.diskPath;
    const exporters = graphFileFormats().filter((f) => f.write);
    const toggle = (name: 'problems' | 'file' | 'tours'): void => session.openPanel(name);
    return html`<div class="bar" role="toolbar" aria-label=${s.editorTools}>
      <span class="mode">${s.editing}</span>
      <span class="mark ${store.dirty ? 'dirty' : ''}" role="status">${store.dirty ? s.unsaved : s.allSaved}</span>
      <button class="undo" title=${s.undoHint} aria-label=${s.undo} ?disabled=${!store.canUndo} @click=${() => session.undo()}>↶ ${s.undo}</button>
      <button class="redo" title=${s.redoHint} aria-label=${s.redo} ?disabled=${!store.canRedo} @click=${() => session.redo()}>↷ ${s.redo}</button>
      <button class="add-node" @click=${() => session.addNode()}>+ ${s.addNode}</button>
      <button class="connect" title=${s.connectHint} aria-pressed=${session.connectMode ? 'true' : 'false'} @click=${() => session.setConnectMode(!session.connectMode)}>⟷ ${s.connect}</button>
      ${allPinned ? nothing : html`<button class="keep-layout" title=${s.keepLayoutHint} @click=${() => session.keepLayout()}>${s.keepLayout}</button>`}
      <button class="problems ${errors ? 'errors' : ''}" aria-pressed=${panel === 'problems' ? 'true' : 'false'} @click=${() => toggle('problems')}
        title=${s.problemCount(errors, warnings)}>${s.problems} <span class="count">${errors || warnings ? s.problemCount(errors, warnings) : '✓'}</span></button>
      <button class="file" aria-pressed=${panel === 'file' ? 'true' : 'false'} @click=${() => toggle('file')}>${s.file}</button>
      <button class="tours" aria-pressed=${panel === 'tours' ? 'true' : 'false'} @click=${() => toggle('tours')}>${s.tours}</button>
      ${disk ? html`<button class="save-disk" @click=${() => void session.saveToDisk()}>${s.saveTo(disk)}</button>` : nothing}
      <button class="download" @click=${() => session.download()}>${s.download}</button>
      ${exporters.length
        ? html`<select class="export" aria-label=${s.exportMenu} title=${s.exportMenu}
            @change=${(ev: Event) => {
              const select = ev.target as HTMLSelectElement;
              const id = select.value;
              // Back to the prompt, so choosing the same format again works.
              select.value = '';
              if (id) session.exportAs(id);
            }}>
            <option value="" selected>${s.exportMenu}</option>
            ${exporters.map((format) => html`<option value=${format.id}>${format.label}</option>`)}
          </select>`
        : nothing}
      <button class="merge" title=${s.mergeHint} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.merge-input')?.click()}>${s.mergeFile}</button>
      <input class="merge-input" type="file" multiple hidden accept=${['.json', ...graphFileFormats().flatMap((f) => (f.read ? f.extensions : []))].join(',')}
        @change=${(ev: Event) => {
          const input = ev.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          void session.prepareMerge(files);
        }} />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-toolbar': KgEditToolbar;
  }
}
