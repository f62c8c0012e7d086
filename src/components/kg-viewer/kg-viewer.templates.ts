/**
 * <kg-viewer>'s template as plain functions of their inputs: the toolbar, the stage, the open
 * panel, the load failure and the language switch. The element gathers the inputs and the
 * callbacks; nothing here reads or keeps element state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Tour } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import type { GraphPath } from '../../model/path';
import type { SearchIndex } from '../../model/search';
import { uiStrings } from '../../i18n/strings';
import { languageName } from '../../i18n/language-names';
import { embedStrings } from '../../i18n/embed-strings';
import { drawFailureMessage, loadFailureMessage } from '../../i18n/load-messages';
import type { Intent } from '../../state/intents';
import { TOOLBAR_PARTS, type ControlPart } from '../../view/controls';
import type { GraphContext } from '../../view/graph-context';
import { depthOf, type TourPosition, type ViewState } from '../../view/view-state';
import type { ExportChoice } from '../kg-handout/kg-export-menu';
import { requestElement } from '../lazy-elements';
import type { AutoplayStatus } from '../kg-tour/kg-tour-card';
import type { LoadStatus } from './load-controller';

/** What the toolbar and the stage show, gathered by the element from its controllers. */
export interface ViewerInputs {
  readonly context: GraphContext;
  readonly state: ViewState;
  readonly lang: string;
  readonly title: { text: string; lang: string } | undefined;
  readonly colors: (type: string) => string;
  readonly visible: Visibility;
  readonly paths: readonly GraphPath[];
  readonly searchIndex: () => SearchIndex;
  /** Which parts the `controls` attribute shows. */
  readonly show: (part: ControlPart) => boolean;
  readonly tours: readonly Tour[];
  readonly playing: { tour: Tour; position: TourPosition } | undefined;
  readonly autoplay: AutoplayStatus;
  readonly dark: boolean;
  readonly legendOpen: boolean;
  readonly exportStatus: string;
  /** Large graph: drawn with less detail (the element says so). */
  readonly degraded: boolean;
  readonly layoutRunning: boolean;
  /** Pieces other controllers render: the gesture hint, a broken file on disk, the editor's toolbar and panel. */
  readonly gestureHint: TemplateResult | typeof nothing;
  readonly liveProblems: TemplateResult | typeof nothing;
  readonly editToolbar: TemplateResult | typeof nothing;
  readonly panel: TemplateResult | typeof nothing;
}

/** What the toolbar and the stage do. */
export interface ViewerActions {
  dispatch(intent: Intent): void;
  toggleLegend(): void;
  toggleTheme(): void;
  zoom(factor: number): void;
  fit(): void;
  relayout(): void;
  share(): void;
  exportChoice(choice: ExportChoice): void;
  autoplay(action: 'pause' | 'resume'): void;
  graphKeydown(ev: KeyboardEvent): void;
  graphBlur(): void;
}

export function toolbarTemplate(v: ViewerInputs, act: ViewerActions): TemplateResult | typeof nothing {
  const { context, state, lang, show } = v;
  const kg = context.kg;
  const s = uiStrings(lang);
  const share = embedStrings(lang).share;
  const toggle = (panel: 'path' | 'text') => act.dispatch({ type: 'toggle-panel', panel });
  const pressed = (on: boolean) => (on ? 'true' : 'false');
  if (!TOOLBAR_PARTS.some(show)) return v.editToolbar;
  return html`<div class="toolbar" part="toolbar">
      ${show('title') ? html`<h1 class="title"><bdi lang=${v.title?.lang ?? ''}>${v.title?.text ?? ''}</bdi></h1>` : nothing}
      ${show('search') ? html`<kg-search .kg=${kg} .index=${v.searchIndex()} .visible=${v.visible} lang=${lang}></kg-search>` : nothing}
      <div class="tools" role="toolbar" aria-label=${s.controls}>
        ${show('language') ? languageSwitchTemplate(kg.languages, lang, (l) => act.dispatch({ type: 'set-language', lang: l })) : nothing}
        ${show('tour') && v.tours.length ? html`<kg-tour-menu .kg=${kg} .tours=${v.tours} .active=${state.tour?.id ?? null} lang=${lang}></kg-tour-menu>` : nothing}
        ${show('path') ? html`<button aria-label=${s.pathFinder} title=${s.pathFinder} aria-pressed=${pressed(state.panel === 'path')}
          @click=${() => toggle('path')}><span aria-hidden="true">⇄</span><span class="label">${s.pathFinder}</span></button>` : nothing}
        ${show('text') ? html`<button aria-label=${s.textView} title=${s.textView} aria-pressed=${pressed(state.panel === 'text')}
          @click=${() => toggle('text')}><span aria-hidden="true">☰</span><span class="label">${s.textView}</span></button>` : nothing}
        ${show('export') ? html`<kg-export-menu lang=${lang} status=${v.exportStatus}
          @kg-export=${(ev: CustomEvent<ExportChoice>) => act.exportChoice(ev.detail)}></kg-export-menu>` : nothing}
        ${show('theme') ? html`<button aria-label=${s.themeDark} title=${s.themeDark} aria-pressed=${pressed(v.dark)}
          @click=${act.toggleTheme}>${THEME_ICON}</button>` : nothing}
        ${show('share') ? html`<button class="share" aria-label=${share} title=${share} aria-haspopup="dialog"
          @click=${act.share}><span aria-hidden="true">↗</span><span class="label">${share}</span></button>` : nothing}
        <slot name="toolbar"></slot>
      </div>
    </div>
    ${v.editToolbar}`;
}

export function stageTemplate(v: ViewerInputs, act: ViewerActions): TemplateResult {
  const { context, state, lang, show } = v;
  const kg = context.kg;
  const s = uiStrings(lang);
  return html`<div class="body">
    <div class="stage ${v.playing ? 'touring' : ''}" part="stage">
      <div class="graph" tabindex="0" role="application" aria-roledescription=${s.graphLabel}
        aria-label=${`${v.title?.text ?? s.graphLabel}. ${s.graphDescription(kg.nodes.length, kg.edges.length)}`}
        @keydown=${act.graphKeydown} @blur=${act.graphBlur}></div>
      <div class="veil" aria-hidden="true"></div>
      <div class="spotlight" aria-hidden="true"></div>
      ${show('zoom') ? html`<div class="zoom" role="group" aria-label=${s.controls}>
        <button title=${s.zoomIn} aria-label=${s.zoomIn} @click=${() => act.zoom(1.3)}>+</button>
        <button title=${s.zoomOut} aria-label=${s.zoomOut} @click=${() => act.zoom(1 / 1.3)}>−</button>
        <button title=${s.fit} aria-label=${s.fit} @click=${act.fit}>⤢</button>
        <button title=${s.relayout} aria-label=${s.relayout} @click=${act.relayout}>↻</button>
      </div>` : nothing}
      ${show('legend') ? html`<div class="legend-box">
        <button aria-expanded=${v.legendOpen ? 'true' : 'false'} @click=${act.toggleLegend}>${s.legend}</button>
        ${v.legendOpen
          ? html`<kg-legend .kg=${kg} lang=${lang} .filters=${state.filters} .counts=${context.counts} .colors=${v.colors}></kg-legend>`
          : nothing}
      </div>` : nothing}
      ${v.gestureHint}
      ${v.playing
        ? html`<kg-tour-card class="tour-card ${state.panel ? 'beside-panel' : ''}" .kg=${kg} .tour=${v.playing.tour} .step=${v.playing.position.step}
            lang=${lang} .autoplay=${v.autoplay}
            @kg-autoplay=${(ev: CustomEvent<'pause' | 'resume'>) => act.autoplay(ev.detail)}></kg-tour-card>`
        : nothing}
      ${v.degraded ? html`<div class="note" role="note">${s.degradedLarge}</div>` : nothing}
      ${v.layoutRunning && !v.degraded ? html`<div class="note" role="status">${s.layoutRunning}</div>` : nothing}
      ${v.liveProblems}
    </div>
    ${state.panel ? html`<aside class="panel" part="panel" aria-label=${s.details}>${v.panel}</aside>` : nothing}
  </div>`;
}

/** Light/dark: a circle half filled (the "◐" character is drawn clipped or missing by common fonts). */
const THEME_ICON = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
  <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
  <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor"></path>
</svg>`;

/** How many of the loader's problems the element lists (the total is always given). */
const PROBLEMS_SHOWN = 20;

export function loadErrorTemplate(status: Extract<LoadStatus, { kind: 'error' }>, lang: string, retry: () => void): TemplateResult {
  const s = uiStrings(lang);
  const words = status.failure ? loadFailureMessage(status.failure, lang) : undefined;
  return html`<div class="message" role="alert">
    <h2>${s.loadFailed}</h2>
    <p><bdi dir="ltr">${status.origin}</bdi></p>
    ${words
      ? html`<p>${words.summary}</p>
          ${words.causes.length ? html`<ul>${words.causes.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
          <button class="retry" @click=${retry}>${s.retry}</button>`
      : nothing}
    ${status.drawFailure ? html`<p>${drawFailureMessage(status.drawFailure, lang)}</p>` : nothing}
    ${status.problems.length ? html`<p>${s.problemsFound(status.total)}</p>` : nothing}
    ${status.problems.length
      ? // The loader's messages are English technical text: shown left to right as written.
        html`<ul dir="ltr" lang="en">
          ${status.problems.slice(0, PROBLEMS_SHOWN).map(
            (p) => html`<li><code>${p.line !== undefined ? `${p.line}:${p.column ?? 0} ` : ''}${p.severity} ${p.code} ${p.pointer}</code>:
              ${p.message}${p.hint ? html` — ${p.hint}` : nothing}</li>`,
          )}
        </ul>`
      : nothing}
    ${status.total > PROBLEMS_SHOWN ? html`<p>${s.moreProblems(status.total - PROBLEMS_SHOWN)}</p>` : nothing}
  </div>`;
}

/** Two languages: one button naming the other; more: a list to choose from. */
export function languageSwitchTemplate(languages: readonly string[], lang: string, setLang: (lang: string) => void): TemplateResult | typeof nothing {
  const label = uiStrings(lang).language;
  if (languages.length < 2) return nothing;
  if (languages.length === 2) {
    const other = languages.find((l) => l !== lang) ?? languages[0] ?? lang;
    return html`<button lang=${other} title=${label} @click=${() => setLang(other)}>${languageName(other)}</button>`;
  }
  return html`<select aria-label=${label} @change=${(ev: Event) => setLang((ev.target as HTMLSelectElement).value)}>
    ${languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${languageName(l)}</option>`)}
  </select>`;
}

export interface PanelInputs {
  readonly kg: KnowledgeGraph;
  readonly state: ViewState;
  readonly lang: string;
  readonly visible: Visibility | undefined;
  readonly colors: (type: string) => string;
  readonly paths: readonly GraphPath[];
}

/**
 * The open panel's content. The panels are defined on demand (lazy-elements.ts): rendering one
 * starts fetching its code unless it is there.
 */
export function panelTemplate({ kg, state, lang, visible, colors, paths }: PanelInputs): TemplateResult | typeof nothing {
  switch (state.panel) {
    case 'details':
      requestElement('kg-details');
      return html`<kg-details .kg=${kg} .selection=${state.selection} .depth=${depthOf(state)} lang=${lang} .visible=${visible} .colors=${colors}></kg-details>`;
    case 'source':
      requestElement('kg-source-view');
      return state.sourceView
        ? html`<kg-source-view .kg=${kg} .sourceId=${state.sourceView.sourceId} .start=${state.sourceView.start} .end=${state.sourceView.end} lang=${lang}
            .readAlong=${state.readAlong ?? null} .visible=${visible}></kg-source-view>`
        : nothing;
    case 'path':
      requestElement('kg-path-finder');
      return html`<kg-path-finder .kg=${kg} lang=${lang} .query=${state.path} .paths=${paths}></kg-path-finder>`;
    case 'text':
      requestElement('kg-text-view');
      return html`<kg-text-view .kg=${kg} lang=${lang} .visible=${visible} .selection=${state.selection} .depth=${depthOf(state)} .tour=${state.tour ?? null}></kg-text-view>`;
    default:
      return nothing;
  }
}
