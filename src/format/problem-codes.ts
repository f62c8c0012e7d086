/** Every problem code the loader can report, in one place (they are stable; messages may change). */
import { LOAD_CODES } from './load';
import { JSON_CODES } from './json/parse';
import { DOCUMENT_CODES } from './rules/document';
import { EVIDENCE_CODES } from './rules/evidence';
import { GRAPH_CODES } from './rules/graph';
import { ID_CODES } from './rules/ids';
import { VALUE_WALK_CODES } from './rules/json-value';
import { REFERENCE_CODES } from './rules/references';
import { TEXT_CODES } from './rules/text';
import { VALUE_CODES } from './rules/values';

const groups = [LOAD_CODES, JSON_CODES, DOCUMENT_CODES, EVIDENCE_CODES, GRAPH_CODES, ID_CODES, VALUE_WALK_CODES, REFERENCE_CODES, TEXT_CODES, VALUE_CODES] as const;

type CodeOf<T> = T extends Readonly<Record<string, infer C>> ? C : never;
export type ProblemCode = CodeOf<(typeof groups)[number]>;

/** All problem codes, sorted. */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.freeze(
  [...new Set(groups.flatMap((group) => Object.values(group) as ProblemCode[]))].sort(),
);
