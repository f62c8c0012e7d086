/** Styles every kg-* component shares: focus ring, buttons, visually-hidden text. */
import { css } from 'lit';

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
