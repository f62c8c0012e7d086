/**
 * The file panel in edit mode: the file's own fields (title, description, licence, date; the
 * languages shown), its sources (and adding one by pasting its text), and its vocabulary — node
 * and relation types with their labels in every language, colour, shape or line — where the
 * canvas restyles as a type changes. Unknown fields are shown read-only and kept.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LINE_STYLES, NODE_SHAPES, type EdgeType, type GraphDocument, type LocalizedText, type NodeType, type Source } from '../../format/types';
import type { ElementRef } from '../../model/edit/commands';
import { freshId, slugOf } from '../../model/edit/ids';
import { withText } from '../../model/edit/localized';
import { pointerOf } from '../../model/edit/path';
import { resolveText } from '../../model/localize';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { formatNumber } from '../../i18n/strings';
import { typeUsage, unknownKeys } from '../../view/editor-view';
import { panelHeader } from '../panel-header';
import { panelStyles, sharedStyles } from '../shared.styles';
import { languageName } from '../../i18n/language-names';
import { editorStyles } from './editor.styles';
import { choiceField, focusField, localizedField, readOnlyFields, textField } from './fields';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

export class KgEditFile extends LitElement {
  static override styles = [sharedStyles, panelStyles, editorStyles];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';
  @state() private _language = '';
  @state() private _source = { title: {} as Record<string, string>, url: '', published: '', text: '' };

  protected override updated(): void {
    const pointer = this.session?.focusPointer;
    if (pointer !== undefined && focusField(this.renderRoot, pointer) && this.session) this.session.focusPointer = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const s = editorStrings(this.lang);
    return html`
      ${panelHeader(this, s.file, s.close)}
      ${this.#meta(session, doc, s)}
      ${this.#sources(session, doc, s)}
      ${this.#types(session, doc, 'node', s)}
      ${this.#types(session, doc, 'edge', s)}
    `;
  }

  #text(session: Session, target: ElementRef, path: readonly (string | number)[], current: LocalizedText | undefined, lang: string, text: string, keepEmpty = false): void {
    const next = withText(current, lang, text, session.languages);
    session.setField(target, path, next === undefined && keepEmpty ? {} : next);
  }

  #addLanguage(session: Session): void {
    if (this._language.trim() && session.edit({ type: 'add-language', lang: this._language.trim() })) this._language = '';
  }

  #meta(session: Session, doc: GraphDocument, s: EditorStrings): TemplateResult {
    const meta = doc.meta;
    const target: ElementRef = { kind: 'document' };
    const languages = session.languages;
    return html`<h3>${s.meta}</h3>
      ${localizedField({ label: s.title, value: meta.title, languages, pointer: '/meta/title', onChange: (lang, text) => this.#text(session, target, ['meta', 'title'], meta.title, lang, text, true) })}
      ${localizedField({ label: s.description, value: meta.description, languages, pointer: '/meta/description', multiline: true, onChange: (lang, text) => this.#text(session, target, ['meta', 'description'], meta.description, lang, text) })}
      <p class="hint" data-pointer="/meta/languages" tabindex="-1">${s.languages}: ${languages.map((l, i) => html`${i ? ' · ' : ''}<span lang=${l}>${languageName(l)}</span> <code>${l}</code>`)}</p>
      <div class="row add-language">
        <label class="field"><span class="field-label">${s.addLanguage}</span>
          <input class="new-language" dir="ltr" placeholder=${s.languageHint} .value=${this._language}
            @input=${(ev: Event) => (this._language = (ev.target as HTMLInputElement).value)}
            @keydown=${(ev: KeyboardEvent) => ev.key === 'Enter' && this.#addLanguage(session)} /></label>
        <button class="confirm-language" ?disabled=${this._language.trim() === ''} @click=${() => this.#addLanguage(session)}>${s.add}</button>
      </div>
      <div class="row">
        ${textField({ label: s.license, value: meta.license, pointer: '/meta/license', dir: 'ltr', onChange: (v) => session.setField(target, ['meta', 'license'], v.trim() || undefined) })}
        ${textField({ label: s.updated, value: meta.updated, pointer: '/meta/updated', dir: 'ltr', placeholder: s.dateHint, onChange: (v) => session.setField(target, ['meta', 'updated'], v.trim() || undefined) })}
      </div>
      ${readOnlyFields(s.otherFields, unknownKeys(meta, 'meta').map((k) => [k, meta[k]] as const), '/meta')}`;
  }

  #sources(session: Session, doc: GraphDocument, s: EditorStrings): TemplateResult {
    const languages = session.languages;
    const sources = doc.sources ?? [];
    const draft = this._source;
    const add = (): void => {
      if (draft.text.trim() === '') return;
      const taken = new Set(sources.map((src) => src.id));
      const title = Object.fromEntries(Object.entries(draft.title).filter(([, v]) => v.trim() !== '').map(([lang, v]) => [lang, v.trim()]));
      const slug = Object.values(title).map(slugOf).find((candidate) => candidate !== '');
      const id = freshId(slug ?? 'source', (candidate) => taken.has(candidate));
      const source: Source = {
        id,
        ...(Object.keys(title).length ? { title } : {}),
        ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
        ...(draft.published.trim() ? { published: draft.published.trim() } : {}),
        text: draft.text,
      };
      if (session.edit({ type: 'add-source', source })) this._source = { title: {}, url: '', published: '', text: '' };
    };
    return html`<h3>${s.sources}</h3>
      ${sources.map((source, i) => {
        const target: ElementRef = { kind: 'source', id: source.id, index: i };
        const base = pointerOf(['sources', i]);
        return html`<div class="item" data-pointer=${base} tabindex="-1">
          <div class="item-head"><code dir="ltr">${source.id}</code>
            <span class="hint">${typeof source.text === 'string' ? s.characters(source.text.length) : s.noSourceText}</span></div>
          ${localizedField({ label: s.sourceTitle, value: source.title, languages, pointer: `${base}/title`, onChange: (lang, text) => this.#text(session, target, ['title'], source.title, lang, text) })}
          <div class="row">
            ${textField({ label: s.url, value: source.url, pointer: `${base}/url`, dir: 'ltr', type: 'url', onChange: (v) => session.setField(target, ['url'], v.trim() || undefined) })}
            ${textField({ label: s.published, value: source.published, pointer: `${base}/published`, dir: 'ltr', placeholder: s.dateHint, onChange: (v) => session.setField(target, ['published'], v.trim() || undefined) })}
          </div>
          ${readOnlyFields(s.otherFields, unknownKeys(source, 'source').map((k) => [k, source[k]] as const), base)}
        </div>`;
      })}
      <details class="add-source">
        <summary>${s.addSource}</summary>
        ${localizedField({
          label: s.sourceTitle,
          value: draft.title,
          languages,
          pointer: '/new-source/title',
          onChange: (lang, text) => (this._source = { ...this._source, title: { ...this._source.title, [lang]: text } }),
        })}
        <div class="row">
          <label class="field"><span class="field-label">${s.url}</span>
            <input dir="ltr" type="url" .value=${draft.url} @input=${(ev: Event) => (this._source = { ...this._source, url: (ev.target as HTMLInputElement).value })} /></label>
          <label class="field"><span class="field-label">${s.published}</span>
            <input dir="ltr" placeholder=${s.dateHint} .value=${draft.published} @input=${(ev: Event) => (this._source = { ...this._source, published: (ev.target as HTMLInputElement).value })} /></label>
        </div>
        <label class="field"><span class="field-label">${s.sourceText}</span>
          <textarea dir="auto" rows="6" .value=${draft.text} @input=${(ev: Event) => (this._source = { ...this._source, text: (ev.target as HTMLTextAreaElement).value })}></textarea></label>
        <div class="actions"><button class="confirm-source" ?disabled=${draft.text.trim() === ''} @click=${add}>${s.add}</button></div>
      </details>`;
  }

  #types(session: Session, doc: GraphDocument, kind: 'node' | 'edge', s: EditorStrings): TemplateResult {
    const map = (kind === 'node' ? doc.nodeTypes : doc.edgeTypes) ?? {};
    const usage = typeUsage(doc)[kind === 'node' ? 'nodeTypes' : 'edgeTypes'];
    const languages = session.languages;
    return html`<h3>${kind === 'node' ? s.nodeTypes : s.edgeTypes}</h3>
      ${Object.keys(map).map((id) => {
        const type = map[id] as NodeType & EdgeType;
        const target: ElementRef = { kind: kind === 'node' ? 'node-type' : 'edge-type', id };
        const base = pointerOf([kind === 'node' ? 'nodeTypes' : 'edgeTypes', id]);
        const name = resolveText(type.label, this.lang, languages)?.text ?? id;
        return html`<div class="item" data-pointer=${base} tabindex="-1">
          <div class="item-head"><span><bdi>${name}</bdi> <code dir="ltr">${id}</code></span>
            <span class="hint">${s.used(usage.get(id) ?? 0)}
              <button class="danger delete-type" aria-label=${`${s.deleteType} ${id}`} title=${s.deleteType}
                @click=${() => session.ask({ kind: 'remove-type', typeKind: kind, id })}>✕</button></span></div>
          ${localizedField({ label: s.label, value: type.label, languages, pointer: `${base}/label`, onChange: (lang, text) => this.#text(session, target, ['label'], type.label, lang, text, true) })}
          ${kind === 'edge'
            ? localizedField({ label: s.inverseLabel, value: type.inverseLabel, languages, pointer: `${base}/inverseLabel`, onChange: (lang, text) => this.#text(session, target, ['inverseLabel'], type.inverseLabel, lang, text) })
            : nothing}
          <div class="row">
            <label class="field"><span class="field-label">${s.color}</span>
              <input type="color" data-pointer=${`${base}/color`} .value=${/^#[0-9a-f]{6}$/i.test(type.color ?? '') ? (type.color as string) : '#888888'}
                @change=${(ev: Event) => session.setField(target, ['color'], (ev.target as HTMLInputElement).value)} /></label>
            ${kind === 'node'
              ? choiceField({
                  label: s.shape,
                  value: type.shape ?? '',
                  choices: [{ value: '', label: '—' }, ...NODE_SHAPES.map((shape) => ({ value: shape, label: shape }))],
                  pointer: `${base}/shape`,
                  onChange: (v) => session.setField(target, ['shape'], v || undefined),
                })
              : html`${choiceField({
                    label: s.line,
                    value: type.line ?? '',
                    choices: [{ value: '', label: '—' }, ...LINE_STYLES.map((line) => ({ value: line, label: line }))],
                    pointer: `${base}/line`,
                    onChange: (v) => session.setField(target, ['line'], v || undefined),
                  })}
                  <label><input type="checkbox" data-pointer=${`${base}/directed`} .checked=${type.directed !== false}
                    @change=${(ev: Event) => session.setField(target, ['directed'], (ev.target as HTMLInputElement).checked)} /> ${s.directed}</label>`}
          </div>
          ${localizedField({ label: s.description, value: type.description, languages, pointer: `${base}/description`, multiline: true, onChange: (lang, text) => this.#text(session, target, ['description'], type.description, lang, text) })}
          ${readOnlyFields(s.otherFields, unknownKeys(type, kind === 'node' ? 'nodeType' : 'edgeType').map((k) => [k, type[k]] as const), base)}
        </div>`;
      })}
      <button class=${`add-${kind}-type`} @click=${() => {
        session.ask({ kind: 'new-type', typeKind: kind });
      }}>${kind === 'node' ? s.addNodeType : s.addEdgeType}</button>
      <p class="hint">${formatNumber(Object.keys(map).length, this.lang)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-file': KgEditFile;
  }
}
