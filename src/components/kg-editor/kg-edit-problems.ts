/**
 * The problems panel: what the loader says about the working copy right now (the same rules as
 * loading the file), errors first. Choosing one goes to its element and focuses the field; an
 * element the canvas cannot show (a relation with a missing end) gets its form right here.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { GraphDocument } from '../../format/types';
import { resolveText } from '../../model/localize';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { pointerTarget } from '../../view/editor-view';
import { formatNumber } from '../../i18n/strings';
import { panelHeader } from '../panel-header';
import { panelStyles, sharedStyles } from '../shared.styles';
import { editorStyles } from './editor.styles';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

export class KgEditProblems extends LitElement {
  static override styles = [
    sharedStyles,
    panelStyles,
    editorStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li button {
        display: block;
        width: 100%;
        text-align: start;
        margin-bottom: 0.35rem;
        padding: 0.4rem 0.55rem;
        line-height: 1.4;
      }
      .error {
        border-inline-start: 4px solid #b3261e;
      }
      .warning-item {
        border-inline-start: 4px solid #b26a00;
      }
      .message,
      .code,
      .where {
        display: block;
      }
      .where {
        font-weight: 600;
        font-size: 0.85rem;
      }
      .count {
        font-size: 0.85rem;
        font-weight: normal;
        color: var(--kg-muted-text);
      }
      .code {
        font-family: ui-monospace, monospace;
        font-size: 0.8rem;
        color: var(--kg-muted-text);
      }
      .ok {
        padding: 0.6rem;
        border: 1px solid var(--kg-border);
        border-radius: 6px;
      }
    `,
  ];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const store = session?.store;
    if (!session || !store) return nothing;
    const s = editorStrings(this.lang);
    const { problems, totalProblems } = store.validation;
    const doc = store.doc;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const at = session.formTarget;
    return html`
      ${panelHeader(this, html`${s.problems} <span class="count">${s.problemCount(errors, problems.length - errors)}</span>`, s.close)}
      ${problems.length === 0
        ? html`<p class="ok" role="status">✓ ${s.noProblems}</p>`
        : html`<p class="hint">${s.problemsIntro}</p>
            <ol class="problem-list">
              ${problems.map(
                (p) => html`<li><button class=${p.severity === 'error' ? 'error' : 'warning-item'} data-code=${p.code} data-pointer-target=${p.pointer}
                  @click=${() => session.goTo(p.pointer)}>
                  ${this.#where(doc, p.pointer, s)}
                  <span class="message" dir="ltr" lang="en">${p.message}${p.hint ? html` — ${p.hint}` : nothing}</span>
                  <span class="code" dir="ltr">${p.code} ${p.pointer || '/'}</span>
                </button></li>`,
              )}
            </ol>
            ${totalProblems > problems.length ? html`<p class="hint">+ ${formatNumber(totalProblems - problems.length, this.lang)}</p>` : nothing}`}
      ${at ? html`<kg-edit-form embedded .session=${session} .revision=${this.revision} .view=${this.view} .at=${at} lang=${this.lang}></kg-edit-form>` : nothing}
    `;
  }

  /** Which element the problem is in, by name. */
  #where(doc: GraphDocument, pointer: string, s: EditorStrings): TemplateResult | typeof nothing {
    const target = pointerTarget(doc, pointer);
    if (target.kind === 'file' || target.kind === 'tours') return html`<span class="where">${target.kind === 'tours' ? s.tours : s.file}</span>`;
    const element = (target.kind === 'node' ? doc.nodes : doc.edges)[target.index];
    const name = resolveText(element?.label, this.lang, doc.meta?.languages ?? [])?.text ?? target.id;
    return html`<span class="where">${target.kind === 'node' ? s.node : s.edge}: <bdi>${name}</bdi></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-problems': KgEditProblems;
  }
}
