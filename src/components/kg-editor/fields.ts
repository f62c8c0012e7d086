/**
 * The editor's form controls as template functions: localized text with one input per language
 * of the file side by side (each with its own `lang` and `dir`), plain text, choices, read-only
 * JSON. Every control carries `data-pointer`, the JSON pointer of what it edits, so a problem can
 * focus it. Changes are reported on `change` (blur or Enter): one field edit, one undo step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizedText } from '../../format/types';
import { serializeJson } from '../../format/serialize';
import { childPointer } from '../../format/json/pointer';
import { directionOf } from '../../i18n/strings';
import { textIn } from '../../model/edit/localized';
import { languageName } from '../../i18n/language-names';

export interface LocalizedFieldOptions {
  readonly label: string;
  readonly value: LocalizedText | undefined;
  readonly languages: readonly string[];
  /** Pointer of the text; each input is `${pointer}/${lang}`. */
  readonly pointer: string;
  readonly multiline?: boolean;
  onChange(lang: string, text: string): void;
}

/** One input per language of the file, side by side. */
export function localizedField(options: LocalizedFieldOptions): TemplateResult {
  const languages = options.languages.length ? options.languages : ['en'];
  return html`<fieldset>
    <legend>${options.label}</legend>
    <div class="langs">
      ${languages.map((lang) => {
        const dir = directionOf(lang);
        const value = textIn(options.value, lang, languages);
        const change = (ev: Event): void => options.onChange(lang, (ev.target as HTMLInputElement | HTMLTextAreaElement).value);
        const name = `${options.label} (${languageName(lang)})`;
        return html`<label class="lang-cell">
          <span class="lang-name" lang=${lang}>${languageName(lang)}</span>
          ${options.multiline
            ? html`<textarea lang=${lang} dir=${dir} aria-label=${name} data-pointer=${`${options.pointer}/${lang}`} .value=${live(value)} @change=${change}></textarea>`
            : html`<input lang=${lang} dir=${dir} aria-label=${name} data-pointer=${`${options.pointer}/${lang}`} .value=${live(value)} @change=${change} />`}
        </label>`;
      })}
    </div>
  </fieldset>`;
}

export interface TextFieldOptions {
  readonly label: string;
  readonly value: string | undefined;
  readonly pointer: string;
  /** Ids, URLs and dates read left to right whatever the interface language. */
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly type?: 'text' | 'url' | 'number';
  readonly placeholder?: string;
  readonly hint?: string;
  onChange(value: string): void;
}

export function textField(options: TextFieldOptions): TemplateResult {
  return html`<label class="field">
    <span class="field-label">${options.label}</span>
    <input type=${options.type ?? 'text'} dir=${options.dir ?? 'auto'} data-pointer=${options.pointer} placeholder=${options.placeholder ?? ''}
      .value=${live(options.value ?? '')} @change=${(ev: Event) => options.onChange((ev.target as HTMLInputElement).value)} />
    ${options.hint ? html`<span class="hint">${options.hint}</span>` : nothing}
  </label>`;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  /** A language for the label's text (a type's name in the file's language). */
  readonly lang?: string;
}

export interface ChoiceFieldOptions {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly pointer: string;
  onChange(value: string): void;
}

export function choiceField(options: ChoiceFieldOptions): TemplateResult {
  return html`<label class="field">
    <span class="field-label">${options.label}</span>
    <select data-pointer=${options.pointer} @change=${(ev: Event) => options.onChange((ev.target as HTMLSelectElement).value)}>
      ${options.choices.map((c) => html`<option value=${c.value} lang=${c.lang ?? ''} ?selected=${c.value === options.value}>${c.label}</option>`)}
    </select>
  </label>`;
}

/** Fields the editor does not know, shown as they are and kept untouched. */
export function readOnlyFields(title: string, entries: readonly (readonly [string, unknown])[], pointer: string): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<fieldset>
    <legend>${title}</legend>
    ${entries.map(
      ([key, value]) => html`<div class="item" data-pointer=${childPointer(pointer, key)} tabindex="-1">
        <code dir="ltr">${key}</code>
        <pre dir="ltr">${serializeJson(value).trimEnd()}</pre>
      </div>`,
    )}
  </fieldset>`;
}

/**
 * Focuses the control for a pointer: the one editing exactly it, else the first inside it (a
 * text's first language), else the deepest one containing it. Returns whether one was found.
 */
export function focusField(root: ParentNode, pointer: string): boolean {
  let best: HTMLElement | undefined;
  let bestScore = -1;
  for (const element of root.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const own = element.dataset.pointer ?? '';
    const score = own === pointer ? 1e9 : own.startsWith(`${pointer}/`) ? 1e8 : pointer.startsWith(`${own}/`) || own === '' ? own.length : -1;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return false;
  best.focus({ preventScroll: true });
  best.scrollIntoView({ block: 'center' });
  return true;
}
