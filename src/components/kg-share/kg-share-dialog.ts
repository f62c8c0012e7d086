/** The share / embed dialog of <kg-viewer>. */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { directionOf } from '../../i18n/strings';
import { embedStrings } from '../../i18n/embed-strings';
import { zoomModifierKey } from '../../view/gestures';
import type { ShareContent } from '../../view/share';
import { sharedStyles } from '../shared.styles';

type FieldId = 'link' | 'script' | 'iframe';

/**
 * `<kg-share-dialog>`: "Share this view" — the current view as a link, as a `<script>` +
 * `<kg-viewer>` snippet and as an `<iframe>` snippet, each with a copy button. A modal
 * `<dialog>`: the rest of the page is inert, Tab and Shift+Tab cycle inside it, Escape or the
 * close button closes it, and focus returns to where it was. The viewer hands in the content
 * when it opens the dialog (a snapshot of the view at that moment).
 *
 * @tagname kg-share-dialog
 * @fires kg-share-close - (internal, not composed) the dialog closed.
 */
export class KgShareDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        width: min(42rem, calc(100vw - 1.5rem));
        max-height: calc(100dvh - 1.5rem);
        overflow: auto;
        padding: 0.9rem 1.1rem 1.1rem;
        color: var(--kg-text);
        background: var(--kg-background);
        border: 1px solid var(--kg-border);
        border-radius: 10px;
        box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
        font-family: var(--kg-font-family);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      header {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.15rem;
      }
      p {
        margin: 0.5rem 0 0.8rem;
        color: var(--kg-muted-text);
      }
      .note {
        color: var(--kg-text);
        border-inline-start: 3px solid var(--kg-accent);
        padding-inline-start: 0.6rem;
      }
      section {
        margin-top: 0.9rem;
      }
      label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.3rem;
      }
      .row {
        display: flex;
        gap: 0.4rem;
        align-items: flex-start;
      }
      input,
      textarea {
        flex: 1;
        min-width: 0;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.82rem;
        line-height: 1.45;
        color: var(--kg-text);
        background: var(--kg-surface);
        border: 1px solid var(--kg-border);
        border-radius: 6px;
        padding: 0.45rem 0.5rem;
        text-align: left;
      }
      input {
        min-height: 2.25rem;
      }
      textarea {
        resize: vertical;
        overflow-wrap: anywhere;
        word-break: break-all;
      }
      .status {
        min-height: 1.4em;
        margin: 0.7rem 0 0;
        color: var(--kg-text);
      }
      @media (max-width: 30rem) {
        .row {
          flex-direction: column;
          align-items: stretch;
        }
      }
    `,
  ];

  /** Interface language (the viewer's). */
  @property({ type: String }) override lang = 'en';
  /** What to offer; set by the viewer before `show()`. */
  @property({ attribute: false }) content: ShareContent | undefined;

  @state() private _status = '';
  @query('dialog') private _dialog!: HTMLDialogElement;

  #returnFocus: HTMLElement | null = null;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this._dialog?.open ?? false;
  }

  /** Opens the dialog as a modal and focuses the link. */
  async show(): Promise<void> {
    this.#returnFocus = deepActiveElement();
    this._status = '';
    await this.updateComplete;
    if (!this._dialog.open) this._dialog.showModal();
    const link = this.renderRoot.querySelector<HTMLInputElement>('#link');
    link?.focus();
    link?.select();
  }

  /** Closes the dialog and returns focus to where it was. */
  close(): void {
    if (this._dialog?.open) this._dialog.close();
  }

  #onClose = (): void => {
    this.#returnFocus?.focus();
    this.#returnFocus = null;
    this.dispatchEvent(new CustomEvent('kg-share-close', { bubbles: true, composed: false }));
  };

  #onKeyDown = (ev: KeyboardEvent): void => {
    // The dialog is modal: the viewer's own shortcuts (Escape backs out, / searches) stay out.
    ev.stopPropagation();
    if (ev.key !== 'Tab') return;
    const focusable = [...this.renderRoot.querySelectorAll<HTMLElement>('button, input, textarea')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (ev.shiftKey && active === first) {
      ev.preventDefault();
      last?.focus();
    } else if (!ev.shiftKey && active === last) {
      ev.preventDefault();
      first?.focus();
    }
  };

  async #copy(id: FieldId): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) return;
    const s = embedStrings(this.lang);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(field.value);
      this._status = s.copied;
    } catch {
      // No clipboard here (an insecure page, an iframe without clipboard-write): select the
      // text so the reader's own copy shortcut takes it.
      field.focus();
      field.select();
      this._status = s.copyBySelection(zoomModifierKey(navigator.platform || ''));
    }
  }

  #field(id: FieldId, label: string, value: string, multiline: boolean): TemplateResult {
    const s = embedStrings(this.lang);
    return html`<section>
      <label for=${id} id=${`${id}-label`}>${label}</label>
      <div class="row">
        ${multiline
          ? html`<textarea id=${id} readonly dir="ltr" spellcheck="false" rows=${id === 'script' ? 4 : 3} .value=${value}></textarea>`
          : html`<input id=${id} readonly dir="ltr" spellcheck="false" .value=${value} />`}
        <button @click=${() => void this.#copy(id)} aria-describedby=${`${id}-label`}>${s.copy}</button>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const s = embedStrings(this.lang);
    const content = this.content;
    return html`<dialog aria-labelledby="share-title" lang=${this.lang} dir=${directionOf(this.lang)}
        @keydown=${this.#onKeyDown} @close=${this.#onClose}>
      <header>
        <h2 id="share-title">${s.shareTitle}</h2>
        <button class="close" aria-label=${s.close} title=${s.close} @click=${() => this.close()}>✕</button>
      </header>
      <p>${s.shareIntro}</p>
      ${content?.unaddressed ? html`<p class="note">${s.localFileNote}</p>` : nothing}
      ${content ? this.#field('link', s.link, content.link, false) : nothing}
      ${content?.script ? this.#field('script', s.scriptEmbed, content.script, true) : nothing}
      ${content?.iframe ? this.#field('iframe', s.iframeEmbed, content.iframe, true) : nothing}
      <p class="status" role="status" aria-live="polite">${this._status}</p>
    </dialog>`;
  }
}

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-share-dialog': KgShareDialog;
  }
}
