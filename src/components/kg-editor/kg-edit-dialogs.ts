/**
 * The editor's questions and news over the viewer: confirm a removal (listing what goes with it),
 * pick the type of a relation just drawn (or declare a new one), declare a new node or relation
 * type, restore autosaved work, a file changed on disk, and short notices (saved, refused,
 * vetoed).
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LINE_STYLES, NODE_SHAPES, type EdgeType, type GraphDocument, type NodeType } from '../../format/types';
import type { EditCommand } from '../../model/edit/commands';
import { edgeRemovalImpact, nodeRemovalImpact, typeRemovalImpact } from '../../model/edit/impact';
import { slugOf } from '../../model/edit/ids';
import { resolveText } from '../../model/localize';
import { editorStrings, type EditorStrings } from '../../i18n/editor-strings';
import { directionOf, formatNumber } from '../../i18n/strings';
import { sharedStyles } from '../shared.styles';
import { languageName } from '../../i18n/language-names';
import { editorStyles } from './editor.styles';
import type { ViewState } from '../../view/view-state';
import type { Pending, Session } from './editor-session';
import type { ReportLine } from './file-formats';
import type { Collision, CollisionChoice, LikelyDuplicate } from '../../interchange/merge';

const NEW = '\u0000new';
/** Names listed in a removal dialog before "…". */
const NAMES_SHOWN = 8;

interface TypeDraft {
  id: string;
  labels: Record<string, string>;
  color: string;
  shape: string;
  line: string;
  directed: boolean;
}

const emptyDraft = (): TypeDraft => ({ id: '', labels: {}, color: '#5b6770', shape: 'ellipse', line: 'solid', directed: true });

export class KgEditDialogs extends LitElement {
  static override styles = [
    sharedStyles,
    editorStyles,
    css`
      :host {
        position: absolute;
        inset: 0;
        pointer-events: none;
        z-index: 30;
      }
      .backdrop {
        position: absolute;
        inset: 0;
        background: rgb(0 0 0 / 0.25);
        pointer-events: auto;
        display: grid;
        place-items: center;
      }
      [role='dialog'] {
        pointer-events: auto;
        background: var(--kg-background);
        border: 1px solid var(--kg-border);
        border-radius: 8px;
        box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
        padding: 0.9rem 1rem;
        width: min(30rem, calc(100% - 2rem));
        max-height: calc(100% - 2rem);
        overflow: auto;
      }
      .banner {
        position: absolute;
        inset-inline: 0.5rem;
        bottom: 3.4rem;
        pointer-events: auto;
        background: var(--kg-surface);
        border: 2px solid var(--kg-accent);
        border-radius: 8px;
        padding: 0.5rem 0.7rem;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
      }
      .notice {
        position: absolute;
        bottom: 0.6rem;
        inset-inline-start: 50%;
        transform: translateX(-50%);
        pointer-events: auto;
        background: var(--kg-text);
        color: var(--kg-background);
        border-radius: 6px;
        padding: 0.4rem 0.5rem 0.4rem 0.8rem;
        display: flex;
        gap: 0.6rem;
        align-items: center;
        max-width: calc(100% - 2rem);
      }
      :host(:dir(rtl)) .notice {
        transform: translateX(50%);
      }
      .notice.error {
        background: #b3261e;
        color: #fff;
      }
      .notice button {
        min-height: 1.8rem;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.6rem;
      }
      ul {
        margin: 0.3rem 0 0.6rem;
        padding-inline-start: 1.2rem;
      }
      .report-dialog,
      .merge-dialog {
        width: min(40rem, calc(100% - 2rem));
      }
      .report-lines {
        list-style: none;
        padding: 0;
        max-height: 16rem;
        overflow: auto;
        font-family: ui-monospace, monospace;
        font-size: 0.8rem;
        text-align: left;
      }
      .report-line {
        color: var(--kg-text);
        padding: 0.2rem 0.4rem;
        margin-bottom: 0.2rem;
        border-left: 4px solid var(--kg-border);
        overflow-wrap: anywhere;
      }
      .report-line.error {
        border-left-color: #b3261e;
      }
      .report-line.warning {
        border-left-color: #b26a00;
      }
      .collisions {
        list-style: none;
        padding: 0;
      }
      .collision {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.6rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.35rem 0;
        border-bottom: 1px solid var(--kg-border);
      }
      .collision select {
        width: auto;
        max-width: 100%;
      }
      .duplicate {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) session: Session | undefined;
  @property({ attribute: false }) revision = 0;
  /** The viewer's state: a new one (selection, spotlight, panel) renders again. */
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ type: String }) override lang = 'en';
  @state() private _choice = '';
  @state() private _draft: TypeDraft = emptyDraft();
  @state() private _mergeChoices: Record<string, CollisionChoice> = {};
  #shown: unknown;

  protected override willUpdate(): void {
    // A new question starts with a clean form.
    const pending = this.session?.pending;
    if (pending !== this.#shown) {
      this.#shown = pending;
      this._draft = emptyDraft();
      this._mergeChoices = {};
      const doc = this.session?.doc;
      this._choice = pending?.kind === 'connect' && doc ? (Object.keys(doc.edgeTypes ?? {})[0] ?? NEW) : '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('revision')) this.renderRoot.querySelector<HTMLElement>('[role="dialog"] [autofocus], [role="dialog"] button, [role="dialog"] input, [role="dialog"] select')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const s = editorStrings(this.lang);
    return html`${this.#pending(session, doc, s)}${session.pending ? nothing : this.#report(session, s)}${this.#notice(session, s)}`;
  }

  #notice(session: Session, s: EditorStrings): TemplateResult | typeof nothing {
    const notice = session.notice;
    if (!notice) return nothing;
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
      <span>${notice.text}</span>
      <button aria-label=${s.close} @click=${() => session.dismissNotice()}>✕</button>
    </div>`;
  }

  #pending(session: Session, doc: GraphDocument, s: EditorStrings): TemplateResult | typeof nothing {
    const pending = session.pending;
    if (!pending) return nothing;
    switch (pending.kind) {
      case 'restore': {
        const when = new Date(pending.savedAt).toLocaleString(this.lang === 'ar' ? 'ar-EG' : 'en-GB');
        return html`<div class="banner restore" role="alertdialog" aria-label=${s.restore}>
          <p>${s.restoreFound(when)}</p>
          <div class="actions">
            <button class="restore-yes" @click=${() => session.restore()}>${s.restore}</button>
            <button class="restore-no" @click=${() => session.discardRestore()}>${s.discard}</button>
          </div>
        </div>`;
      }
      case 'disk-changed':
        return html`<div class="banner" role="alertdialog" aria-label=${s.changedOnDisk}>
          <p>${s.changedOnDisk}</p>
          <div class="actions">
            <button @click=${() => session.resolveDiskChange(true)}>${s.loadFromDisk}</button>
            <button @click=${() => session.resolveDiskChange(false)}>${s.keepMine}</button>
          </div>
        </div>`;
      case 'remove':
        return this.#removeDialog(session, doc, pending.target, s);
      case 'connect':
        return this.#connectDialog(session, doc, pending.source, pending.target, s);
      case 'new-type':
        return this.#typeDialog(session, doc, pending.typeKind, s, () => {
          const command = this.#typeCommand(pending.typeKind);
          if (!command) return;
          const assign = pending.assignTo;
          session.pending = undefined;
          session.edit(assign ? { type: 'batch', commands: [command, { type: 'set-field', target: assign, path: ['type'], value: this.#typeId() }] } : command);
        });
      case 'merge':
        return this.#mergeDialog(session, doc, pending, s);
      case 'remove-type':
        return this.#removeTypeDialog(session, doc, pending.typeKind, pending.id, s);
      case 'remove-tour': {
        const tour = doc.tours?.find((t) => t.id === pending.id);
        const title = resolveText(tour?.title, this.lang, doc.meta?.languages ?? [])?.text ?? pending.id;
        return this.#confirm(session, 'remove-tour-dialog', s.confirmDelete(title), html`<p>${s.tourSteps(Array.isArray(tour?.steps) ? tour.steps.length : 0)}</p>`, s.delete, () =>
          session.resolve({ type: 'remove-tour', id: pending.id }),
        );
      }
    }
  }

  #confirm(session: Session, className: string, title: string, body: TemplateResult, action: string, run: () => void, s?: EditorStrings): TemplateResult {
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && session.cancelPending()}>
      <div role="dialog" aria-modal="true" aria-labelledby="confirm-title" class=${className} @keydown=${(ev: KeyboardEvent) => this.#escape(ev, session)}>
        <h2 id="confirm-title"><bdi>${title}</bdi></h2>
        ${body}
        <div class="actions">
          <button class="danger confirm" @click=${run}>${action}</button>
          <button @click=${() => session.cancelPending()}>${(s ?? editorStrings(this.lang)).cancel}</button>
        </div>
      </div>
    </div>`;
  }

  #removeTypeDialog(session: Session, doc: GraphDocument, kind: 'node' | 'edge', id: string, s: EditorStrings): TemplateResult {
    const impact = typeRemovalImpact(doc, kind, id);
    const type = (kind === 'node' ? doc.nodeTypes : doc.edgeTypes)?.[id];
    const name = resolveText(type?.label, this.lang, doc.meta?.languages ?? [])?.text ?? id;
    const users = kind === 'node' ? impact.nodes : impact.edges;
    const items: TemplateResult[] = [];
    // A long list is cut: its count is in the sentence already.
    const names = (kind: 'node' | 'edge', ids: readonly string[]): TemplateResult => html`${ids.slice(0, NAMES_SHOWN).map((id, i) => html`${i ? (this.lang === 'ar' ? '، ' : ', ') : ''}<bdi>${this.#label(doc, kind, id)}</bdi>`)}${ids.length > NAMES_SHOWN ? ' …' : ''}`;
    if (impact.nodes.length) items.push(html`<li>${s.nodesGo(impact.nodes.length)}: ${names('node', impact.nodes)}</li>`);
    if (impact.edges.length) items.push(html`<li>${s.edgesGo(impact.edges.length)}: ${names('edge', impact.edges)}</li>`);
    for (const step of impact.tourSteps) {
      const tour = doc.tours?.find((t) => t.id === step.tour);
      const title = resolveText(tour?.title, this.lang, doc.meta?.languages ?? [])?.text ?? step.tour;
      items.push(html`<li>${step.removed ? s.stepGoes(title, step.step + 1) : s.stepTrimmed(title, step.step + 1)}</li>`);
    }
    const body = users.length
      ? html`<p>${s.typeInUse(users.length, kind)}</p><ul class="impact">${items}</ul>`
      : html`<p>${s.typeUnused}</p>`;
    return this.#confirm(session, 'remove-type-dialog', s.confirmDeleteType(name), body, users.length ? s.deleteTypeAndUses : s.delete, () =>
      session.resolve({ type: 'remove-type', kind, id, ...(users.length ? { cascade: true } : {}) }),
    s);
  }

  /** A report line list: located lines of the format's own words, left to right. */
  #lines(lines: readonly ReportLine[]): TemplateResult {
    return html`<ul class="report-lines" dir="ltr">
      ${lines.map((line) => html`<li class=${`report-line ${line.severity}`}><span class="severity">${line.severity === 'error' ? '✕' : line.severity === 'warning' ? '⚠' : 'ℹ'}</span> <bdi>${line.text}</bdi></li>`)}
    </ul>`;
  }

  #duplicates(doc: GraphDocument, duplicates: readonly LikelyDuplicate[], s: EditorStrings): TemplateResult | typeof nothing {
    if (!duplicates.length) return nothing;
    const label = (d: LikelyDuplicate): string => (doc.nodes.some((n) => n.id === d.a) ? this.#label(doc, 'node', d.a) : d.label);
    return html`<p class="duplicates-intro">${s.duplicates(duplicates.length)}</p>
      <ul class="duplicates">${duplicates.map(
        (d) => html`<li class="duplicate"><bdi>${label(d)}</bdi>: <code dir="ltr">${d.a}</code> ${s.here} · <code dir="ltr">${d.b}</code> ${s.incoming}</li>`,
      )}</ul>`;
  }

  #report(session: Session, s: EditorStrings): TemplateResult | typeof nothing {
    const report = session.report;
    if (!report) return nothing;
    const title =
      report.kind === 'import' ? s.importReport
      : report.kind === 'export' ? s.exportReport
      : report.kind === 'merge' ? s.merged
      : s.notMerged;
    const doc = session.doc;
    const empty = report.kind === 'export' ? s.nothingLost : s.nothingToReport;
    const intro = report.kind === 'export' ? s.cannotHold : s.reportSaid;
    const close = (): void => session.closeReport();
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && close()}>
      <div role="dialog" aria-modal="true" aria-labelledby="report-title" class=${`report-dialog ${report.kind}`}
        @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.stopPropagation(), close())}>
        <h2 id="report-title">${title}: <bdi dir="ltr">${report.name}</bdi></h2>
        ${report.kind === 'import' && doc ? html`<p class="counts">${s.importedCounts(doc.nodes.length, doc.edges.length, doc.sources?.length ?? 0)}</p>` : nothing}
        ${report.lines.length ? html`<p>${intro}</p>${this.#lines(report.lines)}` : html`<p class="nothing">${empty}</p>`}
        ${report.duplicates && doc ? this.#duplicates(doc, report.duplicates, s) : nothing}
        ${report.kind === 'merge' ? html`<p class="hint">${s.mergeIsOneEdit}</p>` : nothing}
        ${report.files ? html`<p class="hint">${s.filesToDownload} <bdi dir="ltr">${report.files.map((f) => f.name).join(', ')}</bdi></p>` : nothing}
        <div class="actions">
          ${report.files ? html`<button class="confirm-download" @click=${() => session.downloadReported()}>${s.downloadFiles}</button>` : nothing}
          <button class="close-report" @click=${close}>${report.files ? s.cancel : s.close}</button>
        </div>
      </div>
    </div>`;
  }

  #mergeDialog(session: Session, doc: GraphDocument, pending: Extract<Pending, { kind: 'merge' }>, s: EditorStrings): TemplateResult {
    const choiceOf = (key: string): CollisionChoice => this._mergeChoices[key] ?? 'rename';
    const forced = (c: Collision): boolean => c.kindInA !== undefined || c.kind === 'source';
    const label = (c: Collision, inDoc: GraphDocument): string => (c.kind === 'node' || c.kind === 'edge' ? this.#label(inDoc, c.kind, c.id) : c.id);
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && session.cancelPending()}>
      <div role="dialog" aria-modal="true" aria-labelledby="merge-title" class="merge-dialog" @keydown=${(ev: KeyboardEvent) => this.#escape(ev, session)}>
        <h2 id="merge-title">${s.mergeTitle}: <bdi dir="ltr">${pending.name}</bdi></h2>
        ${pending.collisions.length
          ? html`<p>${s.collisions(pending.collisions.length)}</p>
              <ul class="collisions">
                ${pending.collisions.map((c) => {
                  const key = `${c.kind}:${c.id}`;
                  return html`<li class="collision" data-key=${key}>
                    <span class="what">${s.collisionKind(c.kind)} <code dir="ltr">${c.id}</code>: <bdi>${label(c, doc)}</bdi> / <bdi>${label(c, pending.incoming)}</bdi></span>
                    ${forced(c)
                      ? html`<span class="hint">${s.forcedRename}</span>`
                      : html`<select class="collision-choice" aria-label=${`${s.collisionKind(c.kind)} ${c.id}`}
                          @change=${(ev: Event) => (this._mergeChoices = { ...this._mergeChoices, [key]: (ev.target as HTMLSelectElement).value as CollisionChoice })}>
                          ${(['keep-a', 'keep-b', 'rename'] as const).map((choice) => html`<option value=${choice} ?selected=${choiceOf(key) === choice}>
                            ${choice === 'keep-a' ? s.keepOpen : choice === 'keep-b' ? s.keepIncoming : s.renameIncoming}</option>`)}
                        </select>`}
                  </li>`;
                })}
              </ul>`
          : html`<p class="nothing">${s.noCollisions}</p>`}
        ${this.#duplicates(doc, pending.duplicates, s)}
        ${pending.lines.length ? html`<details><summary>${s.reportSaid} ${formatNumber(pending.lines.length, this.lang)}</summary>${this.#lines(pending.lines)}</details>` : nothing}
        <p class="hint">${s.mergeIsOneEdit}</p>
        <div class="actions">
          <button class="confirm-merge" @click=${() => session.merge(Object.fromEntries(pending.collisions.map((c) => [`${c.kind}:${c.id}`, choiceOf(`${c.kind}:${c.id}`)])))}>${s.mergeConfirm}</button>
          <button @click=${() => session.cancelPending()}>${s.cancel}</button>
        </div>
      </div>
    </div>`;
  }

  #label(doc: GraphDocument, kind: 'node' | 'edge', id: string): string {
    const element = (kind === 'node' ? doc.nodes : doc.edges).find((e) => e.id === id);
    return resolveText(element?.label, this.lang, doc.meta?.languages ?? [])?.text ?? id;
  }

  #removeDialog(session: Session, doc: GraphDocument, target: { kind: 'node' | 'edge'; id: string }, s: EditorStrings): TemplateResult {
    const impact = target.kind === 'node' ? nodeRemovalImpact(doc, target.id) : edgeRemovalImpact(doc, target.id);
    const edges = target.kind === 'node' ? impact.edges : [];
    const items: TemplateResult[] = [];
    if (edges.length) {
      items.push(html`<li>${s.edgesGo(edges.length)}: ${edges.map((id, i) => html`${i ? '، ' : ''}<bdi>${this.#label(doc, 'edge', id)}</bdi>`)}</li>`);
    }
    for (const step of impact.tourSteps) {
      const tour = doc.tours?.find((t) => t.id === step.tour);
      const title = resolveText(tour?.title, this.lang, doc.meta?.languages ?? [])?.text ?? step.tour;
      items.push(html`<li>${step.removed ? s.stepGoes(title, step.step + 1) : s.stepTrimmed(title, step.step + 1)}</li>`);
    }
    if (impact.topicOf.length) items.push(html`<li>${s.topicOf(impact.topicOf.length)}</li>`);
    if (impact.attributedBy.length) items.push(html`<li>${s.attributedBy(impact.attributedBy.length)}</li>`);
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && session.cancelPending()}>
      <div role="dialog" aria-modal="true" aria-labelledby="remove-title" class="remove-dialog" @keydown=${(ev: KeyboardEvent) => this.#escape(ev, session)}>
        <h2 id="remove-title">${s.confirmDelete(this.#label(doc, target.kind, target.id))}</h2>
        <p>${s.goesWithIt}</p>
        ${items.length ? html`<ul class="impact">${items}</ul>` : html`<p>${s.nothingElse}</p>`}
        <div class="actions">
          <button class="danger confirm-remove" @click=${() => session.remove(target)}>${s.delete}</button>
          <button @click=${() => session.cancelPending()}>${s.cancel}</button>
        </div>
      </div>
    </div>`;
  }

  #connectDialog(session: Session, doc: GraphDocument, source: string, target: string, s: EditorStrings): TemplateResult {
    const languages = doc.meta?.languages ?? [];
    const types = Object.keys(doc.edgeTypes ?? {});
    const create = (): void => {
      if (this._choice === NEW) {
        const command = this.#typeCommand('edge');
        if (command) session.connect(source, target, this.#typeId(), command);
      } else if (this._choice) session.connect(source, target, this._choice);
    };
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && session.cancelPending()}>
      <div role="dialog" aria-modal="true" aria-labelledby="connect-title" class="connect-dialog" @keydown=${(ev: KeyboardEvent) => this.#escape(ev, session)}>
        <h2 id="connect-title"><bdi>${s.connectTitle(this.#label(doc, 'node', source), this.#label(doc, 'node', target))}</bdi></h2>
        <label class="field"><span class="field-label">${s.relationType}</span>
          <select class="edge-type" @change=${(ev: Event) => (this._choice = (ev.target as HTMLSelectElement).value)}>
            ${types.map((id) => html`<option value=${id} ?selected=${this._choice === id}>${resolveText(doc.edgeTypes[id]?.label, this.lang, languages)?.text ?? id} (${id})</option>`)}
            <option value=${NEW} ?selected=${this._choice === NEW}>${s.newType}</option>
          </select>
        </label>
        ${this._choice === NEW ? this.#typeFields(doc, 'edge', s) : nothing}
        <div class="actions">
          <button class="confirm-connect" @click=${create}>${s.create}</button>
          <button @click=${() => session.cancelPending()}>${s.cancel}</button>
        </div>
      </div>
    </div>`;
  }

  #typeDialog(session: Session, doc: GraphDocument, kind: 'node' | 'edge', s: EditorStrings, create: () => void): TemplateResult {
    return html`<div class="backdrop" @click=${(ev: Event) => ev.target === ev.currentTarget && session.cancelPending()}>
      <div role="dialog" aria-modal="true" aria-labelledby="type-title" class="type-dialog" @keydown=${(ev: KeyboardEvent) => this.#escape(ev, session)}>
        <h2 id="type-title">${kind === 'node' ? s.newNodeType : s.newEdgeType}</h2>
        ${this.#typeFields(doc, kind, s)}
        <div class="actions">
          <button class="confirm-type" @click=${create}>${s.create}</button>
          <button @click=${() => session.cancelPending()}>${s.cancel}</button>
        </div>
      </div>
    </div>`;
  }

  #typeFields(doc: GraphDocument, kind: 'node' | 'edge', s: EditorStrings): TemplateResult {
    const languages = doc.meta?.languages?.length ? doc.meta.languages : ['en'];
    const draft = this._draft;
    const update = (changes: Partial<TypeDraft>): void => {
      this._draft = { ...this._draft, ...changes };
    };
    const taken = kind === 'node' ? doc.nodeTypes ?? {} : doc.edgeTypes ?? {};
    const id = this.#typeId();
    return html`
      <fieldset>
        <legend>${s.label}</legend>
        <div class="langs">
          ${languages.map(
            (lang) => html`<label class="lang-cell"><span class="lang-name" lang=${lang}>${languageName(lang)}</span>
              <input class="type-label" lang=${lang} dir=${directionOf(lang)} aria-label=${`${s.label} (${languageName(lang)})`} .value=${draft.labels[lang] ?? ''}
                @input=${(ev: Event) => update({ labels: { ...this._draft.labels, [lang]: (ev.target as HTMLInputElement).value } })} /></label>`,
          )}
        </div>
      </fieldset>
      <label class="field"><span class="field-label">${s.id}</span>
        <input class="type-id" dir="ltr" placeholder=${id} .value=${draft.id} @input=${(ev: Event) => update({ id: (ev.target as HTMLInputElement).value })} /></label>
      ${id && Object.prototype.hasOwnProperty.call(taken, id) ? html`<p class="warning">⚠ ${id}</p>` : nothing}
      <div class="row">
        <label class="field"><span class="field-label">${s.color}</span>
          <input type="color" .value=${draft.color} @input=${(ev: Event) => update({ color: (ev.target as HTMLInputElement).value })} /></label>
        ${kind === 'node'
          ? html`<label class="field"><span class="field-label">${s.shape}</span>
              <select @change=${(ev: Event) => update({ shape: (ev.target as HTMLSelectElement).value })}>
                ${NODE_SHAPES.map((shape) => html`<option ?selected=${shape === draft.shape}>${shape}</option>`)}</select></label>`
          : html`<label class="field"><span class="field-label">${s.line}</span>
                <select @change=${(ev: Event) => update({ line: (ev.target as HTMLSelectElement).value })}>
                  ${LINE_STYLES.map((line) => html`<option ?selected=${line === draft.line}>${line}</option>`)}</select></label>
              <label><input type="checkbox" .checked=${draft.directed} @change=${(ev: Event) => update({ directed: (ev.target as HTMLInputElement).checked })} /> ${s.directed}</label>`}
      </div>
      <p class="hint">${formatNumber(Object.keys(taken).length, this.lang)} · ${kind === 'node' ? s.nodeTypes : s.edgeTypes}</p>
    `;
  }

  /** The new type's id: as typed, else from the first Latin label. */
  #typeId(): string {
    const draft = this._draft;
    if (draft.id.trim()) return draft.id.trim();
    for (const label of Object.values(draft.labels)) {
      const slug = slugOf(label);
      if (slug) return slug;
    }
    return '';
  }

  #typeCommand(kind: 'node' | 'edge'): EditCommand | undefined {
    const id = this.#typeId();
    const label = Object.fromEntries(Object.entries(this._draft.labels).filter(([, v]) => v.trim() !== ''));
    if (!id || Object.keys(label).length === 0) return undefined;
    if (kind === 'node') {
      const value: NodeType = { label, color: this._draft.color, shape: this._draft.shape as NodeType['shape'] };
      return { type: 'put-node-type', id, value };
    }
    const value: EdgeType = { label, directed: this._draft.directed, ...(this._draft.line !== 'solid' ? { line: this._draft.line as EdgeType['line'] } : {}), color: this._draft.color };
    return { type: 'put-edge-type', id, value };
  }

  #escape(ev: KeyboardEvent, session: Session): void {
    if (ev.key !== 'Escape') return;
    ev.stopPropagation();
    session.cancelPending();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-edit-dialogs': KgEditDialogs;
  }
}
