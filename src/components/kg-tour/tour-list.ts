/**
 * The tours in the text view: each tour with its steps in order, every step a button that plays
 * the tour from there. A plain function of its inputs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { resolveText } from '../../model/localize';
import { tourStrings } from '../../i18n/tour-strings';
import type { Intent } from '../../state/intents';
import type { TourPosition } from '../../view/view-state';
import { playableTours } from '../../view/tour';

export function tourListTemplate(kg: KnowledgeGraph, lang: string, playing: TourPosition | null | undefined, emit: (intent: Intent) => void): TemplateResult | typeof nothing {
  const tours = playableTours(kg);
  if (tours.length === 0) return nothing;
  const t = tourStrings(lang);
  const text = (value: Parameters<typeof resolveText>[0]) => {
    const resolved = resolveText(value, lang, kg.languages);
    return resolved ? html`<bdi lang=${resolved.lang}>${resolved.text}</bdi>` : nothing;
  };
  return html`<section class="tours" aria-labelledby="text-view-tours">
    <h3 id="text-view-tours">${t.tours}</h3>
    ${tours.map(
      (tour) => html`<div class="tour">
        <h4>${text(tour.title)}
          <button @click=${() => emit({ type: 'start-tour', tour: tour.id, focus: true })}>${t.playTour}</button></h4>
        <ol>
          ${tour.steps.map((step, i) => {
            const current = playing?.id === tour.id && playing.step === i + 1;
            return html`<li><button class="link-button" aria-current=${current ? 'step' : 'false'} title=${t.playFromStep(i + 1)}
              @click=${() => emit({ type: 'start-tour', tour: tour.id, step: i + 1, focus: true })}>
              ${step.title !== undefined ? html`<strong>${text(step.title)}</strong> ` : nothing}${text(step.caption)}</button></li>`;
          })}
        </ol>
      </div>`,
    )}
  </section>`;
}
