/** Styles the editor's elements share: fields, per-language inputs side by side, lists, notes. */
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.4rem;
  }
  fieldset {
    border: none;
    margin: 0 0 0.7rem;
    padding: 0;
    min-width: 0;
  }
  legend,
  .field-label {
    display: block;
    font-weight: 600;
    font-size: 0.85rem;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  .langs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    gap: 0.4rem;
  }
  .lang-cell {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .lang-name {
    font-size: 0.75rem;
    line-height: 1.1rem;
    height: 1.1rem;
    overflow: hidden;
    color: var(--kg-muted-text);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--kg-text);
    background: var(--kg-background);
    border: 1px solid var(--kg-border);
    border-radius: 5px;
    padding: 0.3rem 0.45rem;
    min-height: 2.1rem;
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  textarea {
    min-height: 4.2rem;
    resize: vertical;
  }
  input[type='checkbox'] {
    width: auto;
    min-height: 0;
  }
  input[type='color'] {
    padding: 0.1rem;
    width: 3rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--kg-focus);
    outline-offset: 1px;
  }
  .row {
    display: flex;
    gap: 0.4rem;
    align-items: flex-end;
    flex-wrap: wrap;
  }
  .row > * {
    flex: 1 1 8rem;
  }
  .row > button {
    flex: 0 0 auto;
  }
  .item {
    border: 1px solid var(--kg-border);
    border-radius: 6px;
    padding: 0.45rem 0.55rem;
    margin-bottom: 0.45rem;
    background: var(--kg-surface);
  }
  .item-head {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.3rem;
    font-size: 0.85rem;
  }
  .item-head > :first-child {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .item-head > button,
  .item-head > span:last-child {
    flex: 0 0 auto;
  }
  blockquote {
    margin: 0 0 0.35rem;
    padding: 0.3rem 0.5rem;
    border-inline-start: 3px solid var(--kg-accent);
    line-height: 1.7;
    background: var(--kg-background);
  }
  blockquote .context {
    color: var(--kg-muted-text);
  }
  blockquote mark {
    background: var(--kg-mark);
    color: inherit;
  }
  pre {
    margin: 0;
    font-size: 0.8rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--kg-surface);
    border: 1px dashed var(--kg-border);
    border-radius: 5px;
    padding: 0.3rem 0.45rem;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--kg-muted-text);
    margin: 0.2rem 0 0;
  }
  .warning {
    font-size: 0.85rem;
    color: #b3261e;
    margin: 0.2rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.4rem;
  }
  .danger {
    border-color: #b3261e;
    color: #b3261e;
  }
  .chip {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    border: 1px solid var(--kg-border);
    border-radius: 999px;
    padding: 0.1rem 0.2rem 0.1rem 0.6rem;
    margin: 0 0.3rem 0.3rem 0;
    font-size: 0.85rem;
  }
  .chip button {
    min-height: 1.6rem;
    min-width: 1.6rem;
    padding: 0;
    border-radius: 999px;
  }
  code {
    font-size: 0.8rem;
  }
`;
