/**
 * The shape of every object kind in the file: which fields it knows, which are required, and
 * the value rule each field gets. Unknown fields are allowed and kept. The field order here is
 * the schema order a formatter uses for keys it inserts (`KEY_ORDER`).
 */
import { LINE_STYLES, NODE_SHAPES } from '../types';
import { escapeForMessage } from '../message-text';
import { childPointer } from '../json/pointer';
import { isObject, own, type RuleContext } from './context';
import { checkId } from './ids';
import { editDistance } from './suggest';
import { checkLanguageTag, checkLocalizedText, checkTextString, TEXT_CODES } from './text';
import {
  checkArray,
  checkBoolean,
  checkColor,
  checkDate,
  checkEnum,
  checkPosition,
  checkString,
  checkUrl,
  VALUE_CODES,
  wrongType,
} from './values';
import { formatCount } from '../limits';

type ValueRule = (ctx: RuleContext, value: unknown, pointer: string) => void;

interface FieldSpec {
  readonly required?: boolean;
  readonly rule: ValueRule;
}

type ObjectSpec = Readonly<Record<string, FieldSpec>>;

const label: ValueRule = (ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, 'label', false);
const requiredLabel: ValueRule = (ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, 'label', true);
const description: ValueRule = (ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, 'description', false);
const requiredDescription: ValueRule = (ctx, value, pointer) => checkLocalizedText(ctx, value, pointer, 'description', true);
const string: ValueRule = (ctx, value, pointer) => void checkString(ctx, value, pointer);
const boolean: ValueRule = (ctx, value, pointer) => void checkBoolean(ctx, value, pointer);
const freeObject: ValueRule = (ctx, value, pointer) => {
  if (!isObject(value)) wrongType(ctx, pointer, 'an object', value);
};
const stringArray: ValueRule = (ctx, value, pointer) => checkArray(ctx, value, pointer, (element, at) => void checkString(ctx, element, at));
const id =
  (what: string): ValueRule =>
  (ctx, value, pointer) =>
    void checkId(ctx, value, pointer, what);
const arrayOf =
  (spec: ObjectSpec, what: string): ValueRule =>
  (ctx, value, pointer) =>
    checkArray(ctx, value, pointer, (element, at) => checkObject(ctx, element, at, spec, what));
const object =
  (spec: ObjectSpec, what: string): ValueRule =>
  (ctx, value, pointer) =>
    checkObject(ctx, value, pointer, spec, what);
/** An object whose keys are ids (types, statuses) and whose values share one spec. */
const idMap =
  (spec: ObjectSpec, what: string): ValueRule =>
  (ctx, value, pointer) => {
    if (!isObject(value)) {
      wrongType(ctx, pointer, `an object of ${what} id → ${what}`, value);
      return;
    }
    for (const key of Object.keys(value)) {
      const at = childPointer(pointer, key);
      checkId(ctx, key, at, what, true);
      checkObject(ctx, value[key], at, spec, what);
    }
  };
const sourceText: ValueRule = (ctx, value, pointer) => {
  if (!checkString(ctx, value, pointer)) return;
  // Quotes must match the source exactly, whatever it contains: only its length is limited.
  const max = ctx.limits.maxDescriptionLength;
  if (value.length > max) {
    ctx.error(TEXT_CODES.textTooLong, pointer, `this source text has ${formatCount(value.length)} characters; the limit is ${formatCount(max)} (maxDescriptionLength)`);
  }
};
const languageTag: ValueRule = (ctx, value, pointer) => void checkLanguageTag(ctx, value, pointer);
const quote: ValueRule = (ctx, value, pointer) => {
  if (!checkString(ctx, value, pointer)) return;
  if (value.length === 0) ctx.error(TEXT_CODES.missingLabel, pointer, 'the quote is empty', 'copy the exact words from the source text');
  else if (value.length > ctx.limits.maxDescriptionLength) checkTextString(ctx, value, pointer, 'description');
};

export const STATUS_SPEC: ObjectSpec = { label: { required: true, rule: requiredLabel }, description: { rule: description } };

export const META_SPEC: ObjectSpec = {
  title: { required: true, rule: requiredLabel },
  description: { rule: description },
  // Checked first, by the language rule, since every localized text depends on it.
  languages: { required: true, rule: () => undefined },
  license: { rule: string },
  updated: { rule: checkDate },
  curators: { rule: stringArray },
  statuses: { rule: idMap(STATUS_SPEC, 'status') },
};

export const SOURCE_SPEC: ObjectSpec = {
  id: { required: true, rule: id('source') },
  title: { rule: label },
  lang: { rule: languageTag },
  url: { rule: checkUrl },
  published: { rule: checkDate },
  text: { rule: sourceText },
};

export const NODE_TYPE_SPEC: ObjectSpec = {
  label: { required: true, rule: requiredLabel },
  description: { rule: description },
  color: { rule: checkColor },
  shape: { rule: (ctx, value, pointer) => checkEnum(ctx, value, pointer, NODE_SHAPES, 'unknown-shape', 'node shape') },
};

export const EDGE_TYPE_SPEC: ObjectSpec = {
  label: { required: true, rule: requiredLabel },
  inverseLabel: { rule: label },
  description: { rule: description },
  directed: { rule: boolean },
  line: { rule: (ctx, value, pointer) => checkEnum(ctx, value, pointer, LINE_STYLES, 'unknown-line-style', 'line style') },
  color: { rule: checkColor },
};

export const EVIDENCE_SPEC: ObjectSpec = {
  source: { required: true, rule: string },
  quote: { required: true, rule: quote },
  by: { rule: string },
};

export const LINK_SPEC: ObjectSpec = { url: { required: true, rule: checkUrl }, title: { rule: label } };

export const TIME_SPEC: ObjectSpec = { date: { rule: checkDate }, text: { rule: label } };

export const NODE_SPEC: ObjectSpec = {
  id: { required: true, rule: id('node') },
  type: { required: true, rule: string },
  label: { required: true, rule: requiredLabel },
  aliases: { rule: (ctx, value, pointer) => checkArray(ctx, value, pointer, (alias, at) => label(ctx, alias, at)) },
  description: { rule: description },
  evidence: { rule: arrayOf(EVIDENCE_SPEC, 'evidence') },
  links: { rule: arrayOf(LINK_SPEC, 'link') },
  position: { rule: checkPosition },
  data: { rule: freeObject },
};

export const EDGE_SPEC: ObjectSpec = {
  id: { required: true, rule: id('edge') },
  type: { required: true, rule: string },
  source: { required: true, rule: string },
  target: { required: true, rule: string },
  label: { rule: label },
  description: { rule: description },
  status: { rule: string },
  when: { rule: object(TIME_SPEC, 'time reference') },
  topics: { rule: stringArray },
  evidence: { rule: arrayOf(EVIDENCE_SPEC, 'evidence') },
  links: { rule: arrayOf(LINK_SPEC, 'link') },
  data: { rule: freeObject },
};

export const TOUR_STEP_SPEC: ObjectSpec = {
  title: { rule: label },
  nodes: { rule: stringArray },
  edges: { rule: stringArray },
  caption: { required: true, rule: requiredDescription },
};

export const TOUR_SPEC: ObjectSpec = {
  id: { required: true, rule: id('tour') },
  title: { required: true, rule: requiredLabel },
  description: { rule: description },
  steps: { required: true, rule: arrayOf(TOUR_STEP_SPEC, 'tour step') },
};

export const DOCUMENT_SPEC: ObjectSpec = {
  $schema: { rule: string },
  // format and version are checked first, by the format rule.
  format: { required: true, rule: () => undefined },
  version: { required: true, rule: () => undefined },
  meta: { required: true, rule: object(META_SPEC, 'meta') },
  sources: { rule: arrayOf(SOURCE_SPEC, 'source') },
  nodeTypes: { required: true, rule: idMap(NODE_TYPE_SPEC, 'node type') },
  edgeTypes: { required: true, rule: idMap(EDGE_TYPE_SPEC, 'edge type') },
  nodes: { required: true, rule: arrayOf(NODE_SPEC, 'node') },
  edges: { required: true, rule: arrayOf(EDGE_SPEC, 'edge') },
  tours: { rule: arrayOf(TOUR_SPEC, 'tour') },
};

/**
 * Schema order of the known keys of each object kind, for a formatter inserting new keys
 * (unknown keys keep their place; see `withFields` in serialize.ts).
 */
export const KEY_ORDER = {
  document: Object.keys(DOCUMENT_SPEC),
  meta: Object.keys(META_SPEC),
  status: Object.keys(STATUS_SPEC),
  source: Object.keys(SOURCE_SPEC),
  nodeType: Object.keys(NODE_TYPE_SPEC),
  edgeType: Object.keys(EDGE_TYPE_SPEC),
  node: Object.keys(NODE_SPEC),
  edge: Object.keys(EDGE_SPEC),
  evidence: Object.keys(EVIDENCE_SPEC),
  link: Object.keys(LINK_SPEC),
  time: Object.keys(TIME_SPEC),
  tour: Object.keys(TOUR_SPEC),
  tourStep: Object.keys(TOUR_STEP_SPEC),
} as const satisfies Record<string, readonly string[]>;

export type ObjectKind = keyof typeof KEY_ORDER;

/** Checks an object of one kind: its type, its required fields, and each known field's rule. */
export function checkObject(ctx: RuleContext, value: unknown, pointer: string, spec: ObjectSpec, what: string): void {
  if (!isObject(value)) {
    wrongType(ctx, pointer, `a ${what} object`, value);
    return;
  }
  for (const field of Object.keys(spec)) {
    const fieldSpec = spec[field] as FieldSpec;
    const fieldValue = own(value, field);
    const at = `${pointer}/${field}`; // known field names need no escaping
    if (fieldValue === undefined) {
      if (fieldSpec.required) reportMissing(ctx, value, at, field, spec, what);
      continue;
    }
    fieldSpec.rule(ctx, fieldValue, at);
  }
}

/** Missing required field, with a hint when an unknown key looks like a typo of it. */
function reportMissing(ctx: RuleContext, value: Record<string, unknown>, pointer: string, field: string, spec: ObjectSpec, what: string): void {
  let typo: string | undefined;
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(spec, key)) continue;
    if (editDistance(key.toLowerCase(), field.toLowerCase(), 2) <= 2) {
      typo = key;
      break;
    }
  }
  ctx.error(
    VALUE_CODES.missingField,
    pointer,
    `the ${what} has no "${field}"`,
    typo === undefined ? undefined : `there is a field "${escapeForMessage(typo)}" — did you mean "${field}"?`,
  );
}
