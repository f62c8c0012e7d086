// src/format — the graph file: types, parse + validate (text, bytes or JS value), serialize.
// Named re-exports only; no side effects.
export * from './types';
export * from './problem';
export { DEFAULT_LIMITS, type Limits, type LoadOptions } from './limits';
export { loadGraphBytes, loadGraphText, validateGraph, type LoadResult } from './load';
export { serializeGraph, serializeJson, withFields, KEY_ORDER, type ObjectKind } from './serialize';
export { formatProblem } from './format-problem';
export { orderedKeys } from './json/key-order';
export { PROBLEM_CODES, type ProblemCode } from './problem-codes';
