/** Rules that must pass before anything else makes sense: format, version, languages. */
import { showValue } from '../message-text';
import { childPointer } from '../json/pointer';
import { isObject, own, type RuleContext } from './context';
import { checkLanguageTag } from './text';
import { VALUE_CODES, wrongType } from './values';

export const FORMAT_NAME = 'kg-graph';
export const FORMAT_VERSION = 1;

export const DOCUMENT_CODES = {
  unknownFormat: 'unknown-format',
  unsupportedVersion: 'unsupported-version',
  emptyLanguages: 'empty-languages',
  duplicateLanguage: 'duplicate-language',
} as const;

/**
 * The file must be an object saying `"format": "kg-graph", "version": 1`. Returns false when it
 * is not such a file, so no further rule runs and the refusal stays clear.
 */
export function checkFormatAndVersion(ctx: RuleContext, doc: unknown): doc is Record<string, unknown> {
  if (!isObject(doc)) {
    wrongType(ctx, '', 'a graph object { "format": "kg-graph", "version": 1, … }', doc);
    return false;
  }
  const format = own(doc, 'format');
  const version = own(doc, 'version');
  let ok = true;
  if (format === undefined) {
    ctx.error(VALUE_CODES.missingField, '/format', 'the file has no "format"; is it a kg-graph file?', 'add "format": "kg-graph", "version": 1');
    ok = false;
  } else if (format !== FORMAT_NAME) {
    ctx.error(DOCUMENT_CODES.unknownFormat, '/format', `the format is ${showValue(format)}, not "${FORMAT_NAME}"`, 'this viewer reads kg-graph files only');
    ok = false;
  }
  if (version === undefined) {
    ctx.error(VALUE_CODES.missingField, '/version', 'the file has no "version"', `add "version": ${FORMAT_VERSION}`);
    ok = false;
  } else if (version !== FORMAT_VERSION) {
    // A number or a string is a version; anything else is described by its type.
    const shown = typeof version === 'number' || typeof version === 'string' ? `this file is version ${showValue(version)}` : `the version is ${showValue(version)}`;
    ctx.error(
      DOCUMENT_CODES.unsupportedVersion,
      '/version',
      `${shown}; this loader reads version ${FORMAT_VERSION} only`,
      typeof version === 'number' && version > FORMAT_VERSION ? 'it was written by a newer tool: update the viewer' : `write "version": ${FORMAT_VERSION} (a number)`,
    );
    ok = false;
  }
  return ok;
}

/**
 * `meta.languages`: a non-empty array of BCP 47 tags, each once. Sets `ctx.languages`, which
 * every localized-text rule uses.
 */
export function checkLanguages(ctx: RuleContext, doc: Record<string, unknown>): void {
  const meta = own(doc, 'meta');
  if (!isObject(meta)) return; // reported by the shape rule
  const languages = own(meta, 'languages');
  const pointer = '/meta/languages';
  if (languages === undefined) return; // missing-field, reported by the shape rule
  if (!Array.isArray(languages)) {
    wrongType(ctx, pointer, 'an array of language tags such as ["ar", "en"]', languages);
    return;
  }
  if (languages.length === 0) {
    ctx.error(DOCUMENT_CODES.emptyLanguages, pointer, 'meta.languages is empty', 'list the languages the file provides, the default first: ["ar", "en"]');
  }
  const declared = new Set<string>();
  languages.forEach((tag, index) => {
    const at = childPointer(pointer, index);
    if (!checkLanguageTag(ctx, tag, at)) return;
    if (declared.has(tag)) ctx.warning(DOCUMENT_CODES.duplicateLanguage, at, `the language "${tag}" is listed twice`);
    declared.add(tag);
  });
  ctx.languages = declared;
}
