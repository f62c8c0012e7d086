/**
 * The form for the selected node or relation in edit mode: every field of the format (id, type
 * with "new type", labels, aliases and descriptions in every language of the file side by side,
 * evidence with the quote in its context, links, position; for relations also the ends, status,
 * `when` and topics). Unknown fields are shown read-only and kept. Each change is one command
 * through the session (so the host may veto it, and it can be undone).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { withFields } from '../../format/serialize';
import { BUILTIN_STATUSES, type Evidence, type GraphDocument, type GraphEdge, type GraphNode, type Link, type LocalizedText, type TimeReference } from '../../format/types';
import type { EditCommand } from '../../model/edit/commands';
import { kindAt, pointerOf } from '../../model/edit/path';
import { withText } from '../../model/edit/localized';
import { resolveText } from '../../model/localize';
import { STATUS_LABELS, uiLanguage } from '../../i18n/strings';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { quoteContext, unknownKeys } from '../../view/editor-view';
import { panelHeader } from '../panel-header';
import { panelStyles, sharedStyles } from '../shared.styles';
import { editorStyles } from './editor.styles';
import { choiceField, focusField, localizedField, readOnlyFields, textField, type Choice } from './fields';
import type { ViewState } from '../../view/view-state';
import type { Session } from './editor-session';

const NEW_TYPE = '\u0000new-type';

type Target = { readonly kind: 'node' | 'edge'; readonly id: string; readonly index: number };

export class KgEditForm extends LitElement {
  static override styles = [sharedStyles, panelStyles, editorStyles];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  /** The selection to edit (by id). */
  @property({ attribute: false }) target: { kind: 'node' | 'edge'; id: string } | undefined;
  /** Or an element by its place in the file (one the canvas cannot show). */
  @property({ attribute: false }) at: { kind: 'node' | 'edge'; index: number } | undefined;
  @property({ type: String }) override lang = 'en';
  /** Without the heading (inside another panel). */
  @property({ type: Boolean }) embedded = false;

  protected override updated(changed: PropertyValues<this>): void {
    const pointer = this.session?.focusPointer;
    if (pointer !== undefined && (changed.has('revision') || changed.has('target') || changed.has('at'))) {
      if (focusField(this.renderRoot, pointer) && this.session) this.session.focusPointer = undefined;
    }
  }

  /** Which element, and where it is in the file. */
  #resolve(doc: GraphDocument): Target | undefined {
    if (this.at) {
      const element = (this.at.kind === 'node' ? doc.nodes : doc.edges)[this.at.index];
      return element ? { kind: this.at.kind, id: element.id, index: this.at.index } : undefined;
    }
    if (!this.target) return undefined;
    const list: readonly { id: string }[] = this.target.kind === 'node' ? doc.nodes : doc.edges;
    const index = list.findIndex((e) => e.id === this.target?.id);
    return index < 0 ? undefined : { kind: this.target.kind, id: this.target.id, index };
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const target = this.#resolve(doc);
    if (!target) return nothing;
    const s = editorStrings(this.lang);
    const element = target.kind === 'node' ? (doc.nodes[target.index] as GraphNode) : (doc.edges[target.index] as GraphEdge);
    const languages = session.languages;
    const name = resolveText(element.label, this.lang, languages)?.text ?? element.id;
    const base = pointerOf([target.kind === 'node' ? 'nodes' : 'edges', target.index]);
    const heading = html`${target.kind === 'node' ? s.node : s.edge}: <bdi>${name}</bdi>`;
    return html`
      ${this.embedded ? html`<h3>${heading}</h3>` : panelHeader(this, heading, s.close)}
      <form @submit=${(ev: Event) => ev.preventDefault()} @keydown=${this.#onKeyDown}>
        ${this.#idField(session, target, s, base)}
        ${target.kind === 'node'
          ? this.#nodeFields(session, doc, target, element as GraphNode, s, base)
          : this.#edgeFields(session, doc, target, element as GraphEdge, s, base)}
        ${this.#evidence(session, doc, target, element, s, base)}
        ${this.#links(session, target, element, s, base)}
        ${readOnlyFields(s.data, element.data !== undefined ? [['data', element.data]] : [], base)}
        ${readOnlyFields(s.otherFields, unknownKeys(element, target.kind).filter((k) => k !== 'data').map((k) => [k, element[k]] as const), base)}
        ${target.kind === 'node' ? this.#connectTo(session, doc, target, s) : nothing}
        <div class="actions">
          <button type="button" class="danger" @click=${() => session.askRemove({ kind: target.kind, id: target.id })}>
            ${target.kind === 'node' ? s.deleteNode : s.deleteEdge}</button>
        </div>
      </form>
    `;
  }

  /** Escape in a field commits what was typed (a change on blur) before the viewer backs out. */
  readonly #onKeyDown = (ev: KeyboardEvent): void => {
    const field = ev.composedPath()[0] as HTMLElement | undefined;
    if (ev.key === 'Escape' && field && (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA')) field.blur();
  };

  #ref(target: Target): { kind: 'node' | 'edge'; id: string; index: number } {
    return { kind: target.kind, id: target.id, index: target.index };
  }

  #set(session: Session, target: Target, path: readonly (string | number)[], value: unknown): void {
    session.setField(this.#ref(target), path, value);
  }

  /** Sets one language of a localized field (an emptied language is removed). */
  #setText(session: Session, target: Target, path: readonly (string | number)[], current: LocalizedText | undefined, lang: string, text: string, keepEmpty = false): void {
    const next = withText(current, lang, text, session.languages);
    this.#set(session, target, path, next === undefined && keepEmpty ? {} : next);
  }

  #idField(session: Session, target: Target, s: EditorStrings, base: string): TemplateResult {
    return textField({
      label: s.id,
      value: target.id,
      pointer: `${base}/id`,
      dir: 'ltr',
      hint: s.idHint,
      onChange: (value) => {
        const to = value.trim();
        if (to === '' || to === target.id) {
          this.requestUpdate();
          return;
        }
        const doc = session.doc;
        const taken = doc ? doc.nodes.some((n) => n.id === to) || doc.edges.some((e) => e.id === to) : false;
        // A taken id makes a duplicate (listed as a problem) without moving references onto the other element.
        const command: EditCommand = taken
          ? { type: 'set-field', target: this.#ref(target), path: ['id'], value: to }
          : { type: 'rename', kind: target.kind, from: target.id, to, index: target.index };
        session.edit(command, taken ? {} : { select: { kind: target.kind, id: to } });
      },
    });
  }

  #typeChoices(doc: GraphDocument, kind: 'node' | 'edge', current: string, s: EditorStrings): Choice[] {
    const types = (kind === 'node' ? doc.nodeTypes : doc.edgeTypes) ?? {};
    const languages = doc.meta?.languages ?? [];
    const choices: Choice[] = Object.keys(types).map((id) => {
      const label = resolveText(types[id]?.label, this.lang, languages);
      return { value: id, label: label ? `${label.text} (${id})` : id, ...(label ? { lang: label.lang } : {}) };
    });
    if (!Object.prototype.hasOwnProperty.call(types, current)) choices.unshift({ value: current, label: `⚠ ${current}` });
    choices.push({ value: NEW_TYPE, label: s.newType });
    return choices;
  }

  #typeField(session: Session, doc: GraphDocument, target: Target, current: string, s: EditorStrings, base: string): TemplateResult {
    return choiceField({
      label: s.type,
      value: current,
      choices: this.#typeChoices(doc, target.kind, current, s),
      pointer: `${base}/type`,
      onChange: (value) => {
        if (value === NEW_TYPE) {
          session.ask({ kind: 'new-type', typeKind: target.kind, assignTo: this.#ref(target) });
          // The select shows the current type again until the new one exists.
          this.requestUpdate();
          return;
        }
        this.#set(session, target, ['type'], value);
      },
    });
  }

  #nodeFields(session: Session, doc: GraphDocument, target: Target, node: GraphNode, s: EditorStrings, base: string): TemplateResult {
    const languages = session.languages;
    const aliases = Array.isArray(node.aliases) ? node.aliases : [];
    return html`
      ${this.#typeField(session, doc, target, node.type, s, base)}
      ${localizedField({ label: s.label, value: node.label, languages, pointer: `${base}/label`, onChange: (lang, text) => this.#setText(session, target, ['label'], node.label, lang, text, true) })}
      <fieldset>
        <legend>${s.aliases}</legend>
        ${aliases.map(
          (alias, i) => html`<div class="item">
            ${localizedField({
              label: `${s.aliases} ${i + 1}`,
              value: alias,
              languages,
              pointer: `${base}/aliases/${i}`,
              onChange: (lang, text) => this.#setText(session, target, ['aliases', i], alias, lang, text, true),
            })}
            <button type="button" @click=${() => session.edit({ type: 'remove-item', target: this.#ref(target), path: ['aliases', i] })}>${s.remove}</button>
          </div>`,
        )}
        <button type="button" @click=${() =>
          session.edit({ type: 'insert-item', target: this.#ref(target), path: ['aliases'], index: aliases.length, value: {} }, { focus: `${base}/aliases/${aliases.length}` })}>${s.addAlias}</button>
      </fieldset>
      ${localizedField({ label: s.description, value: node.description, languages, pointer: `${base}/description`, multiline: true, onChange: (lang, text) => this.#setText(session, target, ['description'], node.description, lang, text) })}
      ${node.position && typeof node.position === 'object'
        ? html`<fieldset>
            <legend>${s.position}</legend>
            <div class="row">
              ${(['x', 'y'] as const).map((axis) =>
                textField({
                  label: axis,
                  value: String(node.position?.[axis] ?? ''),
                  pointer: `${base}/position/${axis}`,
                  dir: 'ltr',
                  type: 'number',
                  onChange: (value) => {
                    const number = Number(value);
                    if (value.trim() === '' || !Number.isFinite(number)) return this.requestUpdate();
                    const p = node.position as { x: number; y: number };
                    session.edit({ type: 'set-position', id: target.id, position: { x: axis === 'x' ? number : p.x, y: axis === 'y' ? number : p.y } });
                  },
                }),
              )}
            </div>
          </fieldset>`
        : nothing}
    `;
  }

  /** Connecting without a pointer: the same question as after a drag on the canvas. */
  #connectTo(session: Session, doc: GraphDocument, target: Target, s: EditorStrings): TemplateResult {
    return html`<label class="field"><span class="field-label">${s.connect}</span>
      <select class="connect-to" @change=${(ev: Event) => {
        const select = ev.target as HTMLSelectElement;
        if (select.value) session.ask({ kind: 'connect', source: target.id, target: select.value });
        select.value = '';
      }}>
        <option value="">${s.connectTo}</option>
        ${this.#nodeChoices(doc, session.languages).filter((c) => c.value !== target.id).map((c) => html`<option value=${c.value}>${c.label}</option>`)}
      </select></label>`;
  }

  #nodeChoices(doc: GraphDocument, languages: readonly string[]): Choice[] {
    return doc.nodes.map((n) => {
      const label = resolveText(n.label, this.lang, languages);
      return { value: n.id, label: label ? `${label.text} (${n.id})` : n.id, ...(label ? { lang: label.lang } : {}) };
    });
  }

  #edgeFields(session: Session, doc: GraphDocument, target: Target, edge: GraphEdge, s: EditorStrings, base: string): TemplateResult {
    const languages = session.languages;
    const nodes = this.#nodeChoices(doc, languages);
    const end = (field: 'source' | 'target', label: string): TemplateResult => {
      const value = edge[field];
      const choices = nodes.some((c) => c.value === value) ? nodes : [{ value, label: `⚠ ${value}` }, ...nodes];
      return choiceField({ label, value, choices, pointer: `${base}/${field}`, onChange: (v) => this.#set(session, target, [field], v) });
    };
    const statusLabels = STATUS_LABELS[uiLanguage(this.lang)];
    const declared = Object.keys(doc.meta?.statuses ?? {});
    const statuses: Choice[] = [
      { value: '', label: s.noStatus },
      ...BUILTIN_STATUSES.map((status) => ({ value: status, label: statusLabels[status] ?? status })),
      ...declared.map((status) => ({ value: status, label: resolveText(doc.meta.statuses?.[status]?.label, this.lang, languages)?.text ?? status })),
    ];
    if (edge.status !== undefined && !statuses.some((c) => c.value === edge.status)) statuses.push({ value: edge.status, label: `⚠ ${edge.status}` });
    const when: TimeReference | undefined = edge.when && typeof edge.when === 'object' ? edge.when : undefined;
    const setWhen = (changes: Record<string, unknown>): void => {
      const next = withFields(when ?? {}, changes, kindAt(['edges', target.index, 'when']));
      this.#set(session, target, ['when'], Object.keys(next).length ? next : undefined);
    };
    const topics = Array.isArray(edge.topics) ? edge.topics : [];
    const label = (id: string): string => nodes.find((c) => c.value === id)?.label ?? id;
    return html`
      ${this.#typeField(session, doc, target, edge.type, s, base)}
      <div class="row">${end('source', s.from)} ${end('target', s.to)}</div>
      ${localizedField({ label: s.label, value: edge.label, languages, pointer: `${base}/label`, onChange: (lang, text) => this.#setText(session, target, ['label'], edge.label, lang, text) })}
      ${localizedField({ label: s.description, value: edge.description, languages, pointer: `${base}/description`, multiline: true, onChange: (lang, text) => this.#setText(session, target, ['description'], edge.description, lang, text) })}
      ${choiceField({ label: s.status, value: edge.status ?? '', choices: statuses, pointer: `${base}/status`, onChange: (v) => this.#set(session, target, ['status'], v === '' ? undefined : v) })}
      <fieldset>
        <legend>${s.when}</legend>
        ${textField({ label: s.date, value: when?.date, pointer: `${base}/when/date`, dir: 'ltr', placeholder: s.dateHint, onChange: (v) => setWhen({ date: v.trim() === '' ? undefined : v.trim() }) })}
        ${localizedField({ label: s.inWords, value: when?.text, languages, pointer: `${base}/when/text`, onChange: (lang, text) => setWhen({ text: withText(when?.text, lang, text, languages) }) })}
      </fieldset>
      <fieldset>
        <legend>${s.topics}</legend>
        <div data-pointer=${`${base}/topics`} tabindex="-1">
          ${topics.map(
            (topic, i) => html`<span class="chip"><bdi>${label(topic)}</bdi><button type="button" aria-label=${`${s.remove} ${label(topic)}`}
              @click=${() => this.#set(session, target, ['topics'], topics.length > 1 ? topics.filter((_, j) => j !== i) : undefined)}>✕</button></span>`,
          )}
        </div>
        <select aria-label=${s.addTopic} @change=${(ev: Event) => {
          const select = ev.target as HTMLSelectElement;
          if (select.value) this.#set(session, target, ['topics'], [...topics, select.value]);
          select.value = '';
        }}>
          <option value="">${s.addTopic}</option>
          ${nodes.filter((c) => !topics.includes(c.value)).map((c) => html`<option value=${c.value}>${c.label}</option>`)}
        </select>
      </fieldset>
    `;
  }

  #evidence(session: Session, doc: GraphDocument, target: Target, element: GraphNode | GraphEdge, s: EditorStrings, base: string): TemplateResult {
    const list: readonly Evidence[] = Array.isArray(element.evidence) ? element.evidence : [];
    const languages = session.languages;
    const sources = doc.sources ?? [];
    const nodes = [{ value: '', label: s.nobody }, ...this.#nodeChoices(doc, languages)];
    return html`<fieldset>
      <legend>${s.evidence}</legend>
      ${list.length === 0 ? html`<p class="hint">${s.noEvidence}</p>` : nothing}
      ${list.map((evidence, i) => {
        const source = sources.find((src) => src.id === evidence.source);
        const context = quoteContext(source?.text, evidence.quote);
        const title = resolveText(source?.title, this.lang, languages)?.text ?? evidence.source;
        return html`<div class="item" data-pointer=${`${base}/evidence/${i}`} tabindex="-1">
          <div class="item-head"><span><bdi>${title}</bdi></span>
            <button type="button" @click=${() => session.edit({ type: 'remove-item', target: this.#ref(target), path: ['evidence', i] })}>${s.remove}</button></div>
          <blockquote lang=${source?.lang ?? ''} dir="auto" data-pointer=${`${base}/evidence/${i}/quote`} tabindex="-1"><span class="context">${context.before}</span><mark>${evidence.quote}</mark><span class="context">${context.after}</span></blockquote>
          ${context.found ? nothing : html`<p class="warning">${s.quoteNotInSource}</p>`}
          ${context.repeats ? html`<p class="hint">${s.quoteRepeats}</p>` : nothing}
          ${choiceField({
            label: s.saidBy,
            value: evidence.by ?? '',
            choices: evidence.by && !nodes.some((c) => c.value === evidence.by) ? [...nodes, { value: evidence.by, label: `⚠ ${evidence.by}` }] : nodes,
            pointer: `${base}/evidence/${i}/by`,
            onChange: (v) => this.#set(session, target, ['evidence', i, 'by'], v === '' ? undefined : v),
          })}
        </div>`;
      })}
      <div class="actions">
        ${sources
          .filter((src) => typeof src.text === 'string' && src.text.length > 0)
          .map((src) => {
            const title = resolveText(src.title, this.lang, languages)?.text ?? src.id;
            return html`<button type="button" class="pick-evidence" data-source=${src.id}
              @click=${() => session.host.dispatch({ type: 'show-source', sourceId: src.id, start: 0, end: 0 })}>${s.selectInSource(title)}</button>`;
          })}
      </div>
    </fieldset>`;
  }

  #links(session: Session, target: Target, element: GraphNode | GraphEdge, s: EditorStrings, base: string): TemplateResult {
    const links: readonly Link[] = Array.isArray(element.links) ? element.links : [];
    const languages = session.languages;
    return html`<fieldset>
      <legend>${s.links}</legend>
      ${links.map(
        (link, i) => html`<div class="item">
          ${textField({ label: s.url, value: link.url, pointer: `${base}/links/${i}/url`, dir: 'ltr', type: 'url', onChange: (v) => this.#set(session, target, ['links', i, 'url'], v.trim()) })}
          ${localizedField({ label: s.linkTitle, value: link.title, languages, pointer: `${base}/links/${i}/title`, onChange: (lang, text) => this.#setText(session, target, ['links', i, 'title'], link.title, lang, text) })}
          <button type="button" @click=${() => session.edit({ type: 'remove-item', target: this.#ref(target), path: ['links', i] })}>${s.remove}</button>
        </div>`,
      )}
      <button type="button" @click=${() =>
        session.edit({ type: 'insert-item', target: this.#ref(target), path: ['links'], index: links.length, value: { url: '' } }, { focus: `${base}/links/${links.length}/url` })}>${s.addLink}</button>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-form': KgEditForm;
  }
}
