/**
 * Localized text: a string (in the file's default language) or an object of language tag →
 * string, every tag declared in `meta.languages`. Labels (one line, short) and descriptions
 * (may carry \n and \t, longer) get different checks.
 */
import { findLoneSurrogate } from '../characters';
import { describeType, escapeForMessage, excerptAround, quote, quoteList } from '../message-text';
import { childPointer } from '../json/pointer';
import { BIDI_CONTROL, CONTROL, CONTROL_EXCEPT_NEWLINE_TAB, CONTROL_OR_BIDI, isBlank } from '../characters';
import { isObject, type RuleContext } from './context';
import { formatCount } from '../limits';

/** `label`: titles, names, captions of one line; `description`: running text. */
export type TextRole = 'label' | 'description';

export const TEXT_CODES = {
  wrongType: 'wrong-type',
  undeclaredLanguage: 'undeclared-language',
  missingLabel: 'missing-label',
  blankText: 'blank-text',
  controlCharacter: 'control-character',
  bidiControl: 'bidi-control',
  labelTooLong: 'label-too-long',
  textTooLong: 'text-too-long',
  loneSurrogate: 'lone-surrogate',
  invalidLanguageTag: 'invalid-language-tag',
} as const;

/**
 * Checks localized text. `required` text that is blank in every language counts as missing
 * (an error); a blank entry beside real ones is a warning.
 */
export function checkLocalizedText(ctx: RuleContext, value: unknown, pointer: string, role: TextRole, required: boolean): void {
  if (typeof value === 'string') {
    if (isBlank(value)) {
      reportBlank(ctx, pointer, role, required, true);
      return;
    }
    checkTextString(ctx, value, pointer, role);
    return;
  }
  if (!isObject(value)) {
    ctx.error(TEXT_CODES.wrongType, pointer, `expected text (a string, or an object of language → string), found ${describeType(value)}`);
    return;
  }
  let shown = 0;
  let entries = 0;
  const blankEntries: [string, string][] = [];
  for (const lang of Object.keys(value)) {
    entries++;
    const entryPointer = childPointer(pointer, lang);
    if (ctx.languages && !ctx.languages.has(lang)) {
      ctx.error(
        TEXT_CODES.undeclaredLanguage,
        entryPointer,
        `the language ${quote(lang)} is not listed in meta.languages`,
        ctx.languages.size > 0 ? `add it to meta.languages, or use one of: ${quoteList(ctx.languages)}` : 'list the languages the file provides in meta.languages',
        true,
      );
    }
    const text = value[lang];
    if (typeof text !== 'string') {
      ctx.error(TEXT_CODES.wrongType, entryPointer, `expected a string for language ${quote(lang)}, found ${describeType(text)}`);
      continue;
    }
    if (isBlank(text)) {
      blankEntries.push([lang, entryPointer]);
      continue;
    }
    shown++;
    checkTextString(ctx, text, entryPointer, role);
  }
  if (shown === 0) {
    reportBlank(ctx, pointer, role, required, entries === 0);
    return;
  }
  for (const [lang, entryPointer] of blankEntries) {
    ctx.warning(TEXT_CODES.blankText, entryPointer, `the ${quote(lang)} text is empty or invisible, so it counts as missing`, 'fill it in or remove the entry; readers fall back to another language');
  }
}

function reportBlank(ctx: RuleContext, pointer: string, role: TextRole, required: boolean, empty: boolean): void {
  if (required) {
    ctx.error(TEXT_CODES.missingLabel, pointer, empty ? 'this text is empty, so it counts as missing' : 'this text is empty or invisible in every language, so it counts as missing', 'write it in at least one language');
  } else {
    ctx.warning(TEXT_CODES.blankText, pointer, 'this text is empty or invisible, so it counts as missing', 'fill it in or remove the field');
  }
}

/** Rules for one string of text in the given role. */
export function checkTextString(ctx: RuleContext, text: string, pointer: string, role: TextRole): void {
  const max = role === 'label' ? ctx.limits.maxLabelLength : ctx.limits.maxDescriptionLength;
  if (text.length > max) {
    ctx.error(
      role === 'label' ? TEXT_CODES.labelTooLong : TEXT_CODES.textTooLong,
      pointer,
      `this ${role} has ${formatCount(text.length)} characters; the limit is ${formatCount(max)} (${role === 'label' ? 'maxLabelLength' : 'maxDescriptionLength'})`,
      role === 'label' ? 'put the longer text in a description' : undefined,
    );
  }
  if (!CONTROL_OR_BIDI.test(text)) return;
  const control = (role === 'label' ? CONTROL : CONTROL_EXCEPT_NEWLINE_TAB).exec(text);
  if (control) {
    ctx.error(
      TEXT_CODES.controlCharacter,
      pointer,
      `this ${role} contains a control character: "${escapeForMessage(excerptAround(text, control.index))}"`,
      role === 'label' ? 'labels are one line: remove line breaks, tabs and other control characters' : 'descriptions may carry line breaks (\\n) and tabs (\\t) only',
    );
  }
  if (role === 'label') {
    const bidi = BIDI_CONTROL.exec(text);
    if (bidi) {
      ctx.warning(TEXT_CODES.bidiControl, pointer, `this label contains a bidi control character: "${escapeForMessage(excerptAround(text, bidi.index))}"`, 'it is shown isolated so it cannot reorder the text around it; remove it unless it is needed');
    }
  }
}

/** Lone surrogates in any string (values built in JS can hold them; decoded files cannot). */
export function checkWellFormed(ctx: RuleContext, text: string, pointer: string, atKey: boolean): void {
  const index = findLoneSurrogate(text);
  if (index >= 0) {
    ctx.error(TEXT_CODES.loneSurrogate, pointer, `${atKey ? 'this key' : 'this text'} contains a lone surrogate: "${escapeForMessage(excerptAround(text, index))}"`, 'a lone half of a UTF-16 surrogate pair is not well-formed Unicode; remove it', atKey);
  }
}

/** BCP 47 syntax, loosely: a 2–8 letter language subtag, then subtags of 1–8 letters or digits. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Checks a BCP 47 language tag (`ar`, `en`, `zh-Hant`, `es-419`). */
export function checkLanguageTag(ctx: RuleContext, value: unknown, pointer: string): value is string {
  if (typeof value !== 'string') {
    ctx.error(TEXT_CODES.wrongType, pointer, `expected a language tag such as "en", found ${describeType(value)}`);
    return false;
  }
  if (!LANGUAGE_TAG.test(value)) {
    ctx.error(TEXT_CODES.invalidLanguageTag, pointer, `${quote(value)} is not a BCP 47 language tag`, 'use tags such as "ar", "en", "fa" or "zh-Hant"');
    return false;
  }
  return true;
}
