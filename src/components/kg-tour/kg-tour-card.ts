/**
 * The caption card of a tour being played: the tour's title, "step k of n", the step's caption
 * (announced as it changes), the quotes behind it with "Show in source", and previous / next /
 * leave. On the card → and ← move along the reading direction (in Arabic ← is next) and Escape
 * leaves the tour.
 *
 * @fires kg-intent - (internal) next-step, previous-step, stop-tour, show-source.
 * @fires kg-autoplay - (internal) `pause` or `resume`: the reader's autoplay controls.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocalizedText, Tour } from '../../format/types';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { resolveText } from '../../model/localize';
import { directionOf, uiStrings } from '../../i18n/strings';
import { tourStrings } from '../../i18n/tour-strings';
import { stepQuotes, tourKeyAction, tourStep, type StepQuote } from '../../view/tour';
import { intentEvent, type Intent } from '../../state/intents';
import { sharedStyles } from '../shared.styles';

/** Whether the tour plays by itself, and whether the reader paused it. */
export type AutoplayStatus = 'off' | 'playing' | 'paused';

export const AUTOPLAY_EVENT = 'kg-autoplay';

export class KgTourCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .card {
        min-height: 0;
        background: var(--kg-background);
        border: 1px solid var(--kg-border);
        border-radius: 10px;
        box-shadow: 0 4px 24px rgb(0 0 0 / 0.18);
        padding: 0.6rem 0.8rem 0.6rem;
        overflow-y: auto;
        line-height: 1.5;
      }
      .card:focus-visible {
        outline: 3px solid var(--kg-focus);
        outline-offset: 2px;
      }
      header {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      h2 {
        flex: 1;
        font-size: 0.95rem;
        margin: 0;
        font-weight: 650;
      }
      header .exit {
        min-height: 1.9rem;
        min-width: 1.9rem;
        padding: 0;
      }
      .counter {
        color: var(--kg-muted-text);
        font-size: 0.85rem;
        white-space: nowrap;
      }
      h3 {
        font-size: 1rem;
        margin: 0.35rem 0 0;
      }
      .caption {
        margin: 0.35rem 0 0.2rem;
        font-size: 1.02rem;
      }
      blockquote {
        margin: 0.3rem 0 0;
        padding-inline-start: 0.6rem;
        border-inline-start: 3px solid var(--kg-accent);
        color: var(--kg-text);
        font-size: 0.92rem;
      }
      .quote {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.6rem;
        align-items: end;
        margin-top: 0.25rem;
      }
      .quote blockquote {
        flex: 1 1 14rem;
      }
      .quote button {
        font-size: 0.82rem;
        min-height: 1.9rem;
        padding: 0.1em 0.6em;
      }
      details summary {
        cursor: pointer;
        color: var(--kg-accent);
        font-size: 0.88rem;
        margin-top: 0.3rem;
      }
      nav {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        margin-top: 0.5rem;
        flex-wrap: wrap;
      }
      nav .spacer {
        flex: 1;
      }
      .hint {
        color: var(--kg-muted-text);
        font-size: 0.78rem;
      }
      .autoplay {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        font-size: 0.85rem;
        color: var(--kg-muted-text);
      }
      .autoplay.paused {
        color: var(--kg-focus);
        font-weight: 650;
      }
      button[disabled] {
        opacity: 0.45;
        cursor: default;
      }
    `,
  ];

  @property({ attribute: false }) kg: KnowledgeGraph | undefined;
  @property({ attribute: false }) tour: Tour | undefined;
  /** The step shown, counted from 1. */
  @property({ type: Number }) step = 1;
  @property({ type: String }) override lang = 'en';
  @property({ attribute: false }) autoplay: AutoplayStatus = 'off';

  /** Moves keyboard focus to the card (starting a tour from a control does). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.card')?.focus(options);
  }

  #emit(intent: Intent): void {
    this.dispatchEvent(intentEvent(intent));
  }

  #onKeyDown = (ev: KeyboardEvent): void => {
    const action = tourKeyAction(ev.key, directionOf(this.lang));
    if (!action || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    // Escape here leaves the tour only: the viewer's own Escape (back out a step) must not run too.
    ev.stopPropagation();
    this.#emit({ type: action === 'exit' ? 'stop-tour' : action === 'next' ? 'next-step' : 'previous-step' });
  };

  #text(text: LocalizedText | undefined): TemplateResult | typeof nothing {
    const kg = this.kg;
    const resolved = kg && text !== undefined ? resolveText(text, this.lang, kg.languages) : undefined;
    return resolved ? html`<bdi lang=${resolved.lang}>${resolved.text}</bdi>` : nothing;
  }

  #quote(kg: KnowledgeGraph, q: StepQuote): TemplateResult {
    const source = kg.source(q.evidence.source);
    const range = q.range;
    return html`<div class="quote">
      <blockquote lang=${source?.lang ?? ''} dir="auto">${q.evidence.quote}</blockquote>
      ${range
        ? html`<button @click=${() => this.#emit({ type: 'show-source', sourceId: q.evidence.source, start: range.start, end: range.end })}>
            ${uiStrings(this.lang).showInSource}</button>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const kg = this.kg;
    const tour = this.tour;
    const step = tour ? tourStep(tour, this.step) : undefined;
    if (!kg || !tour || !step) return nothing;
    const t = tourStrings(this.lang);
    const dir = directionOf(this.lang);
    const of = tour.steps.length;
    const title = resolveText(tour.title, this.lang, kg.languages);
    const quotes = stepQuotes(kg, step);
    const [first, ...more] = quotes;
    const last = this.step >= of;
    // The arrows point the way the reading goes: in right-to-left text "next" points left.
    const [back, forward] = dir === 'rtl' ? ['→', '←'] : ['←', '→'];
    return html`<section class="card" role="region" tabindex="-1" dir=${dir} lang=${this.lang}
        aria-label=${t.tourRegion(title?.text ?? tour.id)} @keydown=${this.#onKeyDown}>
      <header>
        <h2>${this.#text(tour.title)}</h2>
        <span class="counter">${t.stepOf(this.step, of)}</span>
        <button class="exit" aria-label=${t.exit} title=${t.exit} @click=${() => this.#emit({ type: 'stop-tour' })}>✕</button>
      </header>
      <div class="live" aria-live="polite" aria-atomic="true">
        <span class="sr-only">${t.stepOf(this.step, of)}.</span>
        ${step.title !== undefined ? html`<h3>${this.#text(step.title)}</h3>` : nothing}
        <p class="caption">${this.#text(step.caption)}</p>
      </div>
      ${first
        ? html`<div class="evidence" role="group" aria-label=${uiStrings(this.lang).evidence}>
            ${this.#quote(kg, first)}
            ${more.length
              ? html`<details><summary>${t.moreQuotes(more.length)}</summary>${more.map((q) => this.#quote(kg, q))}</details>`
              : nothing}
          </div>`
        : nothing}
      <nav aria-label=${t.tour}>
        <button class="previous" ?disabled=${this.step <= 1} @click=${() => this.#emit({ type: 'previous-step' })}>
          <span aria-hidden="true">${back}</span> ${t.previous}</button>
        <button class="next" @click=${() => this.#emit(last ? { type: 'stop-tour' } : { type: 'next-step' })}>
          ${last ? t.finish : t.next} <span aria-hidden="true">${last ? '' : forward}</span></button>
        ${this.#autoplayControl()}
        <span class="spacer"></span>
        <span class="hint" aria-hidden="true">${t.keysHint}</span>
      </nav>
    </section>`;
  }

  #autoplayControl(): TemplateResult | typeof nothing {
    if (this.autoplay === 'off') return nothing;
    const t = tourStrings(this.lang);
    const send = (what: 'pause' | 'resume') => this.dispatchEvent(new CustomEvent(AUTOPLAY_EVENT, { detail: what, bubbles: true }));
    return this.autoplay === 'paused'
      ? html`<span class="autoplay paused" role="status">${t.paused}
          <button class="resume" @click=${() => send('resume')}><span aria-hidden="true">▶</span> ${t.resume}</button></span>`
      : html`<span class="autoplay" role="status">${t.autoplaying}
          <button class="pause" @click=${() => send('pause')}><span aria-hidden="true">⏸</span> ${t.pause}</button></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-tour-card': KgTourCard;
  }
}
