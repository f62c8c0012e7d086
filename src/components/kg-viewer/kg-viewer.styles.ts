import { css, unsafeCSS } from 'lit';
import { THEMES, themeDeclarations } from '../../view/theme';
import { NARROW_MAX_WIDTH_PX } from '../../view/thresholds';

// Theme defaults as custom properties. A page overrides any of them on the element itself
// (outer styles win over :host), e.g. `kg-viewer { --kg-accent: #8a2be2; }`.
const light = unsafeCSS(themeDeclarations(THEMES.light));
const dark = unsafeCSS(themeDeclarations(THEMES.dark));

export const viewerStyles = css`
  :host {
    ${light}
    display: block;
    position: relative;
    height: 36rem;
    min-height: 18rem;
    background: var(--kg-background);
    color: var(--kg-text);
    font-family: var(--kg-font-family);
    font-size: 15px;
    overflow: hidden;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's own styles reach the host element but not in here: what the viewer needs to
     keep its size, colours and narrow layout under any page CSS (even \`* { all: unset }\`)
     is set on .root, not only on :host. */
  .root {
    height: 100%;
    min-height: 18rem;
    display: flex;
    flex-direction: column;
    min-width: 0;
    container-type: inline-size;
    container-name: kg;
    background: var(--kg-background);
    color: var(--kg-text);
    font-family: var(--kg-font-family);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--kg-border);
    background: var(--kg-surface);
  }
  .title {
    font-weight: 650;
    font-size: 1rem;
    margin: 0;
    flex: 1 1 12rem;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  kg-search {
    flex: 1 1 14rem;
    max-width: 24rem;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .tools button {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .tools .icon {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .tools select {
    font: inherit;
    min-height: 2.25rem;
    color: var(--kg-text);
    background: var(--kg-surface);
    border: 1px solid var(--kg-border);
    border-radius: 6px;
  }
  .body {
    flex: 1;
    display: flex;
    min-height: 0;
    position: relative;
  }
  .stage {
    position: relative;
    flex: 1;
    min-width: 0;
    overflow: hidden;
  }
  /* Cytoscape needs its containers positioned; its own stylesheet for that is not put in the
     page's head for containers in a shadow tree (render/cytoscape-in-shadow.ts). */
  .graph,
  .veil,
  .spotlight {
    position: absolute;
    inset: 0;
  }
  .graph:focus-visible {
    outline: 3px solid var(--kg-focus);
    outline-offset: -3px;
  }
  /* The file on disk was saved with errors (npm start): its problems over the last good graph. */
  .live-problems {
    position: absolute;
    bottom: 0.5rem;
    inset-inline: 0.5rem;
    z-index: 6;
    max-height: 40%;
    overflow: auto;
    padding: 0.5rem 0.7rem;
    background: var(--kg-surface);
    border: 2px solid #b3261e;
    border-radius: 6px;
  }
  .live-problems ul {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.2rem;
    font-size: 0.85rem;
  }
  .veil {
    background: var(--kg-background);
    /* Clear until something is highlighted: an opaque veil would hide the first frame. */
    opacity: 0;
    pointer-events: none;
    transition: opacity 120ms linear;
  }
  .zoom {
    position: absolute;
    top: 0.5rem;
    inset-inline-start: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    z-index: 5;
  }
  .zoom button {
    padding: 0;
    width: 2.5rem;
    height: 2.5rem;
    font-size: 1.1rem;
  }
  .legend-box {
    position: absolute;
    bottom: 0.5rem;
    inset-inline-start: 0.5rem;
    z-index: 5;
    max-height: calc(100% - 13rem);
    max-width: min(19rem, calc(100% - 4rem));
    overflow: auto;
    background: color-mix(in srgb, var(--kg-surface) 94%, transparent);
    border: 1px solid var(--kg-border);
    border-radius: 8px;
    padding: 0.35rem 0.6rem;
  }
  .legend-box > button {
    min-height: 2rem;
  }
  .note {
    position: absolute;
    bottom: 0.5rem;
    inset-inline-end: 0.5rem;
    max-width: 50%;
    font-size: 0.8rem;
    color: var(--kg-muted-text);
    background: var(--kg-surface);
    border: 1px solid var(--kg-border);
    border-radius: 6px;
    padding: 0.2rem 0.5rem;
    z-index: 4;
  }
  /* The panel lies over the stage instead of narrowing it: resizing the canvas would make
     Cytoscape redraw the whole graph (seconds at 20,000 nodes) on the click that opens it. */
  .panel {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: min(26rem, 42%);
    z-index: 10;
    border-inline-start: 1px solid var(--kg-border);
    box-shadow: 0 0 24px rgb(0 0 0 / 0.12);
    background: var(--kg-background);
    overflow-y: auto;
    padding: 0.6rem 0.9rem 1rem;
  }
  /* The tour's card lies over the stage's bottom corner at the inline end, clear of the legend,
     and beside the panel when one is open; the framing keeps the step clear of it. */
  kg-tour-card {
    position: absolute;
    bottom: 0.5rem;
    inset-inline-end: 0.5rem;
    width: min(28rem, calc(100% - 1rem));
    max-height: 52%;
    display: flex;
    flex-direction: column;
    z-index: 8;
  }
  kg-tour-card.beside-panel {
    inset-inline-end: calc(min(26rem, 42%) + 0.5rem);
    width: min(26rem, calc(58% - 1rem));
  }
  .message {
    margin: auto;
    padding: 1.5rem;
    max-width: 42rem;
    overflow: auto;
  }
  .message h2 {
    margin-top: 0;
    font-size: 1.2rem;
  }
  .message ul {
    padding-inline-start: 1.2rem;
  }
  .message code {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  @container kg (max-width: ${unsafeCSS(NARROW_MAX_WIDTH_PX)}px) {
    .panel {
      inset-inline: 0;
      inset-block-start: auto;
      bottom: 0;
      width: auto;
      max-height: 55%;
      border-inline-start: none;
      border-top: 1px solid var(--kg-border);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -6px 24px rgb(0 0 0 / 0.2);
      z-index: 10;
    }
    .title {
      display: none;
    }
    kg-search {
      max-width: none;
      flex: 1 1 9rem;
    }
    .tools .label {
      display: none;
    }
    .toolbar {
      padding: 0.35rem;
    }
    .note {
      display: none;
    }
    kg-tour-card,
    kg-tour-card.beside-panel {
      inset-inline: 0.4rem;
      bottom: 0.4rem;
      width: auto;
      max-height: 48%;
    }
    /* Above the bottom sheet when a panel is open. */
    kg-tour-card.beside-panel {
      top: 0.4rem;
      bottom: auto;
      max-height: 40%;
    }
    .stage.touring .legend-box {
      display: none;
    }
  }
`;
