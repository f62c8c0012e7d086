import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 2.25rem;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--kg-border);
    border-radius: 6px;
    background: var(--kg-background);
    color: var(--kg-text);
  }
  input::placeholder {
    color: var(--kg-muted-text);
    opacity: 1;
  }
  ul {
    position: absolute;
    z-index: 20;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--kg-background);
    border: 1px solid var(--kg-border);
    border-radius: 6px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
    max-height: 18rem;
    overflow-y: auto;
  }
  li {
    padding: 0.35rem 0.7rem;
    cursor: pointer;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    justify-content: space-between;
  }
  li[aria-selected='true'] {
    background: var(--kg-accent);
    color: var(--kg-background);
  }
  li[aria-selected='true'] .meta {
    color: inherit;
  }
  .meta {
    font-size: 0.8rem;
    color: var(--kg-muted-text);
  }
  .empty {
    cursor: default;
    color: var(--kg-muted-text);
  }
`;
