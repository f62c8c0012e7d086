/**
 * The pieces of <kg-viewer>'s template that need no element state: the load failure, the
 * language switch and the open panel. Plain functions of their inputs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import type { GraphPath } from '../../model/path';
import { uiStrings } from '../../i18n/strings';
import { drawFailureMessage, loadFailureMessage } from '../../i18n/load-messages';
import { depthOf, type ViewState } from '../../view/view-state';
import type { LoadStatus } from './load-controller';

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

/** The open panel's content. */
export function panelTemplate({ kg, state, lang, visible, colors, paths }: PanelInputs): TemplateResult | typeof nothing {
  switch (state.panel) {
    case 'details':
      return html`<kg-details .kg=${kg} .selection=${state.selection} .depth=${depthOf(state)} lang=${lang} .visible=${visible} .colors=${colors}></kg-details>`;
    case 'source':
      return state.sourceView
        ? html`<kg-source-view .kg=${kg} .sourceId=${state.sourceView.sourceId} .start=${state.sourceView.start} .end=${state.sourceView.end} lang=${lang}
            .readAlong=${state.readAlong ?? null} .visible=${visible}></kg-source-view>`
        : nothing;
    case 'path':
      return html`<kg-path-finder .kg=${kg} lang=${lang} .query=${state.path} .paths=${paths}></kg-path-finder>`;
    case 'text':
      return html`<kg-text-view .kg=${kg} lang=${lang} .visible=${visible} .selection=${state.selection} .depth=${depthOf(state)} .tour=${state.tour ?? null}></kg-text-view>`;
    default:
      return nothing;
  }
}

/** A language's own name for itself ("العربية", "English"). */
export function languageName(lang: string): string {
  let name = LANGUAGE_NAMES.get(lang);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    LANGUAGE_NAMES.set(lang, name);
  }
  return name;
}

// A cache of constant facts (a language's name), shared safely by every viewer on the page.
const LANGUAGE_NAMES = new Map<string, string>();
