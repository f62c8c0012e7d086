/**
 * The tours panel in edit mode: record what the spotlight shows (the selection's neighbourhood,
 * or a path) as a new step with a caption in every language; edit, reorder and delete steps.
 * A file without tours gets its first one with the first recorded step.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GraphDocument, Tour, TourStep } from '../../format/types';
import type { ElementRef } from '../../model/edit/commands';
import { freshId } from '../../model/edit/ids';
import { withText } from '../../model/edit/localized';
import { pointerOf } from '../../model/edit/path';
import { resolveText } from '../../model/localize';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { spotlightStep } from '../../view/editor-view';
import { panelHeader } from '../panel-header';
import { panelStyles, sharedStyles } from '../shared.styles';
import { editorStyles } from './editor.styles';
import { focusField, localizedField } from './fields';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

export class KgEditTours extends LitElement {
  static override styles = [
    sharedStyles,
    panelStyles,
    editorStyles,
    css`
      .step-names {
        font-size: 0.8rem;
        color: var(--kg-muted-text);
        margin: 0 0 0.3rem;
      }
      .record {
        border: 2px dashed var(--kg-accent);
      }
    `,
  ];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';
  @state() private _tour: string | undefined;
  @state() private _caption: Record<string, string> = {};

  protected override updated(): void {
    const pointer = this.session?.focusPointer;
    if (pointer !== undefined && focusField(this.renderRoot, pointer) && this.session) this.session.focusPointer = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const s = editorStrings(this.lang);
    const tours = doc.tours ?? [];
    const tourIndex = Math.max(0, tours.findIndex((t) => t.id === this._tour));
    const tour = tours[tourIndex];
    const languages = session.languages;
    return html`
      ${panelHeader(this, s.tours, s.close)}
      ${tours.length > 1
        ? html`<label class="field"><span class="field-label">${s.tour}</span>
            <select @change=${(ev: Event) => (this._tour = (ev.target as HTMLSelectElement).value)}>
              ${tours.map((t) => html`<option value=${t.id} ?selected=${t === tour}>${resolveText(t.title, this.lang, languages)?.text ?? t.id}</option>`)}
            </select></label>`
        : nothing}
      ${tour ? this.#tour(session, doc, tour, tourIndex, s) : html`<p class="hint">${s.noTours}</p>`}
      ${this.#record(session, doc, tour, s)}
    `;
  }

  #tour(session: Session, doc: GraphDocument, tour: Tour, index: number, s: EditorStrings): TemplateResult {
    const languages = session.languages;
    const target: ElementRef = { kind: 'tour', id: tour.id, index };
    const steps = Array.isArray(tour.steps) ? tour.steps : [];
    const base = pointerOf(['tours', index]);
    return html`
      <div class="actions tour-actions">
        <button class="danger delete-tour" @click=${() => session.ask({ kind: 'remove-tour', id: tour.id })}>${s.deleteTour}</button>
      </div>
      ${localizedField({
        label: s.tourTitle,
        value: tour.title,
        languages,
        pointer: `${base}/title`,
        onChange: (lang, text) => session.setField(target, ['title'], withText(tour.title, lang, text, languages) ?? {}),
      })}
      <ol class="steps">
        ${steps.map((step, i) => html`<li class="item step" data-pointer=${`${base}/steps/${i}`} tabindex="-1">
          <div class="item-head"><strong>${s.step(i + 1)}</strong>
            <span>
              <button aria-label=${s.moveUp} title=${s.moveUp} ?disabled=${i === 0} @click=${() => session.edit({ type: 'move-tour-step', tour: tour.id, from: i, to: i - 1 })}>↑</button>
              <button aria-label=${s.moveDown} title=${s.moveDown} ?disabled=${i === steps.length - 1} @click=${() => session.edit({ type: 'move-tour-step', tour: tour.id, from: i, to: i + 1 })}>↓</button>
              <button class="danger" aria-label=${s.deleteStep} title=${s.deleteStep} @click=${() => session.edit({ type: 'remove-tour-step', tour: tour.id, index: i })}>✕</button>
            </span></div>
          <p class="step-names">${s.shows(step.nodes?.length ?? 0, step.edges?.length ?? 0)}: ${this.#names(doc, step)}</p>
          ${localizedField({ label: s.stepTitle, value: step.title, languages, pointer: `${base}/steps/${i}/title`, onChange: (lang, text) => session.setField(target, ['steps', i, 'title'], withText(step.title, lang, text, languages)) })}
          ${localizedField({ label: s.caption, value: step.caption, languages, pointer: `${base}/steps/${i}/caption`, multiline: true, onChange: (lang, text) => session.setField(target, ['steps', i, 'caption'], withText(step.caption, lang, text, languages) ?? {}) })}
        </li>`)}
      </ol>
    `;
  }

  #names(doc: GraphDocument, step: TourStep): TemplateResult[] {
    const languages = doc.meta?.languages ?? [];
    return (step.nodes ?? []).map((id, i) => {
      const node = doc.nodes.find((n) => n.id === id);
      return html`${i ? '، ' : ''}<bdi>${resolveText(node?.label, this.lang, languages)?.text ?? id}</bdi>`;
    });
  }

  #record(session: Session, doc: GraphDocument, tour: Tour | undefined, s: EditorStrings): TemplateResult {
    const languages = session.languages;
    const lit = session.host.spotlight();
    const empty = lit.nodes.length === 0 && lit.edges.length === 0;
    const record = (): void => {
      const step = spotlightStep(lit, this._caption);
      let done: boolean;
      if (tour) done = session.edit({ type: 'add-tour-step', tour: tour.id, step });
      else {
        const taken = new Set((doc.tours ?? []).map((t) => t.id));
        const title = Object.fromEntries(languages.map((lang) => [lang, editorStrings(lang).newTourTitle]));
        done = session.edit({ type: 'add-tour', tour: { id: freshId('tour', (id) => taken.has(id)), title, steps: [step] } });
      }
      if (done) this._caption = {};
    };
    return html`<div class="item record">
      <strong>${s.recordStep}</strong>
      ${empty
        ? html`<p class="hint">${s.nothingLit}</p>`
        : html`<p class="step-names">${s.shows(lit.nodes.length, lit.edges.length)}: ${this.#names(doc, { nodes: lit.nodes, caption: '' })}</p>`}
      ${localizedField({
        label: s.caption,
        value: this._caption,
        languages,
        pointer: '/new-step/caption',
        multiline: true,
        onChange: (lang, text) => (this._caption = { ...this._caption, [lang]: text }),
      })}
      <div class="actions"><button class="record-step" ?disabled=${empty} @click=${record}>${s.recordStep}</button></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-tours': KgEditTours;
  }
}
