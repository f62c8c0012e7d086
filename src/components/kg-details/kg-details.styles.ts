import { css } from 'lit';

export const detailsStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0.1rem 0 0.4rem;
    flex: 1;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.35rem;
    color: var(--kg-muted-text);
  }
  .type {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.85rem;
    color: var(--kg-muted-text);
  }
  .reach {
    margin: 0.2rem 0 0.5rem;
  }
  .heading {
    flex: 1;
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    display: inline-block;
    border: 1px solid var(--kg-border);
    background: var(--swatch-color);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    margin: 0.25rem 0;
    line-height: 1.5;
  }
  .relation {
    display: block;
  }
  .relation .arrow,
  .relation .dash {
    color: var(--kg-muted-text);
  }
  .group {
    margin: 0.2rem 0 0.5rem;
  }
  .others {
    padding-inline-start: 1.2rem;
  }
  .others li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
    align-items: baseline;
  }
  .others li > button:last-child {
    font-size: 0.8rem;
    color: var(--kg-muted-text);
  }
  .chips li {
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--kg-border);
    border-radius: 999px;
  }
  blockquote {
    margin: 0.3rem 0;
    padding: 0.4rem 0.7rem;
    border-inline-start: 4px solid var(--kg-accent);
    background: var(--kg-surface);
    line-height: 1.7;
  }
  .cite {
    font-size: 0.85rem;
    color: var(--kg-muted-text);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .chips button {
    border-radius: 999px;
    font-size: 0.85rem;
    min-height: 2rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  dt {
    color: var(--kg-muted-text);
  }
  dd {
    margin: 0;
  }
  p {
    line-height: 1.6;
    white-space: pre-line;
  }
`;
