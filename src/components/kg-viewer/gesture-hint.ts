/**
 * The hint over the stage when a gesture was handed to the page: "Use Ctrl + scroll to zoom
 * the graph" or "Use two fingers to move the graph", in the reader's language. Always in the
 * DOM in page mode so it can fade in and out; hidden from screen readers (it is about pointer
 * gestures, and keyboard users have the +/− buttons and arrow keys).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { embedStrings } from '../../i18n/embed-strings';
import { zoomModifierKey, type WheelMode } from '../../view/gestures';
import type { GestureHint } from './gesture-controller';

export function gestureHintTemplate(mode: WheelMode, hint: GestureHint | null, lang: string): TemplateResult | typeof nothing {
  if (mode !== 'page') return nothing;
  const s = embedStrings(lang);
  const text = hint === 'touch' ? s.touchHint : hint === 'wheel' ? s.wheelHint(zoomModifierKey(platform())) : '';
  return html`<div class="gesture-hint ${hint ? 'shown' : ''}" aria-hidden="true"><span>${text}</span></div>`;
}

function platform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || '';
}

export const gestureHintStyles = css`
  .gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 6;
    display: grid;
    place-items: center;
    padding: 1rem;
    pointer-events: none;
    background: rgb(0 0 0 / 0.45);
    opacity: 0;
    transition: opacity 200ms ease-out;
  }
  .gesture-hint.shown {
    opacity: 1;
    transition-duration: 80ms;
  }
  .gesture-hint span {
    max-width: 28rem;
    color: #fff;
    font-size: 1.15rem;
    font-weight: 600;
    text-align: center;
    text-shadow: 0 1px 3px rgb(0 0 0 / 0.6);
  }
  @media (prefers-reduced-motion: reduce) {
    .gesture-hint,
    .gesture-hint.shown {
      transition: none;
    }
  }
`;
