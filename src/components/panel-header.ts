/** The heading row every panel starts with: a title and a close button that sends close-panel. */
import { html, type TemplateResult } from 'lit';
import { intentEvent } from '../state/intents';

export function panelHeader(host: HTMLElement, title: TemplateResult | string, closeLabel: string, titleId?: string): TemplateResult {
  return html`<header>
    <h2 id=${titleId ?? ''}>${title}</h2>
    <button aria-label=${closeLabel} title=${closeLabel} @click=${() => host.dispatchEvent(intentEvent({ type: 'close-panel' }))}>✕</button>
  </header>`;
}
