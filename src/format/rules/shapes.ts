/**
 * Shape checks: an object of a kind has its required fields and each known field passes its
 * check (the kinds and their fields are declared in ../kinds.ts). Unknown fields are allowed
 * and kept. Also the few field checks no other rule module owns.
 */
import { quote } from '../message-text';
import { childPointer } from '../json/pointer';
import { formatCount } from '../limits';
import { isObject, own, type RuleContext } from './context';
import { checkId } from './ids';
import { editDistance } from './suggest';
import { checkTextString, TEXT_CODES } from './text';
import { checkArray, checkString, VALUE_CODES, wrongType } from './values';

/** Checks one value, reporting what is wrong with it. */
export type ValueCheck = (ctx: RuleContext, value: unknown, pointer: string) => void;

/** What the shape check needs to know about an object kind. */
export interface ObjectShape {
  /** The kind in messages: "the node has no "id"". */
  readonly what: string;
  /** What a value of another type is said to be expected as; "a <what> object" by default. */
  readonly expected?: string;
  readonly fields: { readonly [field: string]: { readonly required: boolean; readonly check: ValueCheck } };
}

/** Checks an object of one kind: its type, its required fields, and each known field's value. */
export function checkObject(ctx: RuleContext, value: unknown, pointer: string, shape: ObjectShape): void {
  if (!isObject(value)) {
    wrongType(ctx, pointer, shape.expected ?? `a ${shape.what} object`, value);
    return;
  }
  for (const field of Object.keys(shape.fields)) {
    const declared = shape.fields[field] as ObjectShape['fields'][string];
    const fieldValue = own(value, field);
    const at = `${pointer}/${field}`; // known field names need no escaping
    if (fieldValue === undefined) {
      if (declared.required) reportMissing(ctx, value, at, field, shape);
      continue;
    }
    declared.check(ctx, fieldValue, at);
  }
}

/** Missing required field, with a hint when an unknown key looks like a typo of it. */
function reportMissing(ctx: RuleContext, value: Record<string, unknown>, pointer: string, field: string, shape: ObjectShape): void {
  let typo: string | undefined;
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(shape.fields, key)) continue;
    if (editDistance(key.toLowerCase(), field.toLowerCase(), 2) <= 2) {
      typo = key;
      break;
    }
  }
  ctx.error(
    VALUE_CODES.missingField,
    pointer,
    `the ${shape.what} has no "${field}"`,
    typo === undefined ? undefined : `there is a field ${quote(typo)} — did you mean "${field}"?`,
  );
}

/** An object whose keys are ids (types, statuses) and whose values are objects of one kind. */
export function checkIdMap(shapeOfValues: () => ObjectShape): ValueCheck {
  return (ctx, value, pointer) => {
    const shape = shapeOfValues();
    if (!isObject(value)) {
      wrongType(ctx, pointer, `an object of ${shape.what} id → ${shape.what}`, value);
      return;
    }
    for (const key of Object.keys(value)) {
      const at = childPointer(pointer, key);
      checkId(ctx, key, at, shape.what, true);
      checkObject(ctx, value[key], at, shape);
    }
  };
}

/** A list of strings (ids, names). */
export const checkStringList: ValueCheck = (ctx, value, pointer) => checkArray(ctx, value, pointer, (element, at) => void checkString(ctx, element, at));

/** Free-form data: any object. */
export const checkFreeObject: ValueCheck = (ctx, value, pointer) => {
  if (!isObject(value)) wrongType(ctx, pointer, 'an object', value);
};

/** A number (finiteness is checked for every number in the file, as non-finite-number). */
export const checkNumber: ValueCheck = (ctx, value, pointer) => {
  if (typeof value !== 'number') wrongType(ctx, pointer, 'a number', value);
};

/** A source's full text: quotes must match it exactly, whatever it contains, so only its length is limited. */
export const checkSourceText: ValueCheck = (ctx, value, pointer) => {
  if (!checkString(ctx, value, pointer)) return;
  const max = ctx.limits.maxDescriptionLength;
  if (value.length > max) {
    ctx.error(TEXT_CODES.textTooLong, pointer, `this source text has ${formatCount(value.length)} characters; the limit is ${formatCount(max)} (maxDescriptionLength)`);
  }
};

/** An evidence quote: not empty; only its length is limited (it must match its source exactly). */
export const checkQuote: ValueCheck = (ctx, value, pointer) => {
  if (!checkString(ctx, value, pointer)) return;
  if (value.length === 0) ctx.error(TEXT_CODES.missingLabel, pointer, 'the quote is empty', 'copy the exact words from the source text');
  else if (value.length > ctx.limits.maxDescriptionLength) checkTextString(ctx, value, pointer, 'description');
};
