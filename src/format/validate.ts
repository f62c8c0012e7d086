/**
 * Runs every rule over a parsed document, in one pass, and returns what they found (unsorted,
 * unlocated, capped; see load.ts and RuleContext). Each rule is a small function in rules/.
 */
import { formatCount, type Limits } from './limits';
import { own, RuleContext, type Finding } from './rules/context';
import { checkFormatAndVersion, checkLanguages } from './rules/document';
import { checkQuotes } from './rules/evidence';
import { checkIdUniqueness, checkIsolatedNodes, checkParallelEdges, GRAPH_CODES } from './rules/graph';
import { checkJsonValue } from './rules/json-value';
import {
  checkEdgeEnds,
  checkEdgeTypes,
  checkEvidenceReferences,
  checkNodeTypes,
  checkStatuses,
  checkTopics,
  checkTourSteps,
  collectDeclaredIds,
} from './rules/references';
import { OBJECT_KINDS } from './kinds';
import { checkObject } from './rules/shapes';

export interface ValidateOptions {
  /**
   * Whether the value may hold things JSON cannot (functions, NaN, cycles, deep nesting): true
   * for values handed over from JavaScript, false for values our parser produced.
   */
  readonly checkJsonValues: boolean;
}

/** What the rules found: the findings kept (see RuleContext), and how many there were in all. */
export interface Validation {
  readonly findings: readonly Finding[];
  readonly total: number;
  readonly errors: number;
}

/** All findings about `doc`. */
export function validateDocument(doc: unknown, limits: Limits, options: ValidateOptions): Validation {
  const ctx = new RuleContext(limits);
  if (options.checkJsonValues && !checkJsonValue(ctx, doc)) return ctx;
  if (!checkFormatAndVersion(ctx, doc)) return ctx;
  if (!checkCounts(ctx, doc)) return ctx;
  checkLanguages(ctx, doc);
  checkObject(ctx, doc, '', OBJECT_KINDS.document);
  checkIdUniqueness(ctx, doc);
  const ids = collectDeclaredIds(doc);
  checkNodeTypes(ctx, doc, ids);
  checkEdgeTypes(ctx, doc, ids);
  checkEdgeEnds(ctx, doc, ids);
  checkTopics(ctx, doc, ids);
  checkTourSteps(ctx, doc, ids);
  checkEvidenceReferences(ctx, doc, ids);
  checkStatuses(ctx, doc, ids);
  checkQuotes(ctx, doc);
  checkIsolatedNodes(ctx, doc, ids);
  return ctx;
}

/** Node, edge and parallel-edge counts against the limits, before any per-element work. */
function checkCounts(ctx: RuleContext, doc: Record<string, unknown>): boolean {
  let ok = true;
  const count = (field: string, limit: number, limitName: string, code: string): void => {
    const list = own(doc, field);
    if (Array.isArray(list) && list.length > limit) {
      ctx.error(code, `/${field}`, `the graph has ${formatCount(list.length)} ${field}; the limit is ${formatCount(limit)} (${limitName})`, 'the embedding page can raise the limit if the device can take it');
      ok = false;
    }
  };
  count('nodes', ctx.limits.maxNodes, 'maxNodes', GRAPH_CODES.tooManyNodes);
  count('edges', ctx.limits.maxEdges, 'maxEdges', GRAPH_CODES.tooManyEdges);
  // Parallel edges are counted only within maxEdges (the count above bounds this pass).
  return ok && checkParallelEdges(ctx, doc);
}
