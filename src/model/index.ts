// The model: an indexed, read-only graph and the queries the viewer runs on it. Named re-exports only.
export { KnowledgeGraph } from './knowledge-graph';
export { allTexts, isBlankText, localize, resolveText } from './localize';
export type { ResolvedText } from './localize';
export { allVisible, emptyFilters, NO_STATUS, statusKey, typeCounts, visibility } from './filters';
export type { FilterState, Visibility } from './filters';
export { neighbourhood } from './neighbourhood';
export type { ElementSet } from './neighbourhood';
export { DEFAULT_MAX_PATHS, shortestPaths } from './path';
export type { GraphPath, ShortestPathOptions } from './path';
export { DEFAULT_SEARCH_LIMIT, MATCH_SCORE, matchScore, normalizeForSearch, SearchIndex } from './search';
export type { SearchHit, SearchOptions } from './search';
export { RELATION_DIRECTIONS, relationDirection, relationGroups } from './relations';
export type { RelationDirection, RelationGroup, RelationItem } from './relations';
export { claimsBy, elementsAt, elementsIn, fillGaps, quoteRange, sourceSpans } from './evidence-index';
export type { AttributedClaim, SourceSpan } from './evidence-index';
