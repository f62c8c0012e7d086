/**
 * Printing: the page prints the handout (title, the picture as the reader sees it with numbered
 * badges, legend, numbered quotes and sources) in place of the live toolbar, stage and panels.
 * The handout is put into `.print-handout` on `beforeprint` (see handout-controller.ts).
 */
import { css } from 'lit';

export const printStyles = css`
  .print-handout {
    display: none;
  }
  .handout {
    color: #000;
    background: #fff;
    font-size: 11pt;
    line-height: 1.45;
  }
  .handout h1 {
    font-size: 16pt;
    margin: 0 0 0.2em;
  }
  .handout h2 {
    font-size: 12.5pt;
    margin: 0.9em 0 0.3em;
    break-after: avoid;
  }
  .handout .subtitle,
  .handout .cite {
    color: #333;
    margin: 0.1em 0 0.4em;
  }
  .handout .picture {
    position: relative;
    margin: 0.4em 0 0;
    border: 1px solid #999;
    break-inside: avoid;
  }
  .handout .picture canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .handout .badge {
    position: absolute;
    transform: translate(-50%, -50%);
    min-width: 1.4em;
    padding: 0 0.3em;
    border-radius: 1em;
    background: #0b5cad;
    color: #fff;
    font-size: 8pt;
    font-weight: 700;
    text-align: center;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .handout .legend p {
    margin: 0.2em 0;
  }
  .handout .item {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-inline-end: 1em;
  }
  .handout .swatch {
    width: 1em;
    height: 1em;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .handout .line {
    display: inline-block;
    width: 1.8em;
    border-top-width: 2px;
  }
  .handout ol {
    padding-inline-start: 1.8em;
  }
  .handout li {
    break-inside: avoid;
    margin-bottom: 0.4em;
  }
  .handout blockquote {
    margin: 0;
    /* An Arabic quote in an English handout keeps its direction but lines up with the list. */
    text-align: match-parent;
  }
  @media print {
    /* Important inside the shadow root wins over the page's own height for the element. */
    :host {
      height: auto !important;
      min-height: 0 !important;
      overflow: visible !important;
      background: #fff;
    }
    .root {
      display: block;
      height: auto;
    }
    .root > :not(.print-handout) {
      display: none !important;
    }
    .print-handout {
      display: block;
    }
  }
`;
