/** Styles every kg-* component shares: focus ring, buttons, visually-hidden text. */
import { css, unsafeCSS } from 'lit';
import { NARROW_MAX_WIDTH_PX } from '../view/thresholds';

export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--kg-font-family);
    color: var(--kg-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--kg-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--kg-text);
    background: var(--kg-surface);
    border: 1px solid var(--kg-border);
    border-radius: 6px;
    padding: 0.3em 0.7em;
    cursor: pointer;
    min-height: 2.25rem;
    min-width: 2.25rem;
    /* A fixed line box: icon glyphs from fallback fonts would otherwise make some buttons taller than their neighbours. */
    line-height: 1.4rem;
  }
  button:hover {
    border-color: var(--kg-accent);
  }
  button[aria-pressed='true'] {
    background: var(--kg-accent);
    color: var(--kg-background);
    border-color: var(--kg-accent);
  }
  .link-button {
    background: none;
    border: none;
    padding: 0;
    min-height: 0;
    min-width: 0;
    color: var(--kg-accent);
    text-decoration: underline;
    text-align: start;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  bdi {
    unicode-bidi: isolate;
  }
`;

/** Panels (details, source, path, text view): a heading row with a close button. */
export const panelStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  h2 {
    flex: 1;
    font-size: 1.1rem;
    margin: 0.1rem 0 0.6rem;
    overflow-wrap: anywhere;
  }
`;

/**
 * A toolbar button that opens a short list below it (the tour and handout menus): the button
 * as tall as its neighbours, the list as a popup at the end side, the label hidden when narrow.
 * `--kg-menu-min-width` sets the list's width.
 */
export const toolbarMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  button.toggle {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    /* As tall as the toolbar's other buttons, which the row stretches. */
    height: 100%;
  }
  ul {
    position: absolute;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    z-index: 30;
    list-style: none;
    margin: 0;
    padding: 0.3rem;
    min-width: var(--kg-menu-min-width, 11rem);
    background: var(--kg-background);
    border: 1px solid var(--kg-border);
    border-radius: 8px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  li button {
    width: 100%;
    text-align: start;
    border: none;
    background: none;
  }
  @container kg (max-width: ${unsafeCSS(NARROW_MAX_WIDTH_PX)}px) {
    .label {
      display: none;
    }
  }
`;
