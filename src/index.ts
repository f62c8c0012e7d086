/**
 * Public entry: named re-exports only, no side effects. Import `kg-viewer/define` (or
 * src/define.ts) to register the elements.
 */
export { KgViewer } from './components/kg-viewer/kg-viewer';
export { KgDrawEvent, KgErrorEvent, KgReadyEvent, KgSelectEvent, KgTourStepEvent } from './components/events';
export type { KgDrawDetail, KgErrorDetail, KgReadyDetail, KgSelectDetail, KgTourStepDetail } from './components/events';
export { KgEditEvent, KgEditRequestEvent } from './components/edit-events';
export type { EditCause, KgEditDetail, KgEditRequestDetail } from './components/edit-events';
export type { EditCommand, ElementRef } from './model/edit/commands';
export type { PatchOp } from './model/edit/patch';
export { registerGraphFileFormat, type GraphFileFormat } from './components/kg-editor/file-formats';
export { loadGraphText, loadGraphBytes, validateGraph, serializeGraph, formatProblem, DEFAULT_LIMITS } from './format';
export type { GraphDocument, GraphNode, GraphEdge, LocalizedText } from './format/types';
export type { Problem } from './format/problem';
export { KnowledgeGraph } from './model/knowledge-graph';
export { THEMES } from './view/theme';
