// src/interchange — graphs in and out of other tools' formats (CSV, GEXF, GraphML, Cytoscape
// JSON) and merging two graph files. Pure functions over text and bytes; no DOM. Named re-exports only.
export {
  exportGraph,
  formatFromFileName,
  importGraph,
  INTERCHANGE_FORMATS,
  type ExportOptions,
  type ExportResult,
  type ImportOptions,
  type ImportResult,
  type InterchangeFormat,
} from './formats';
export { formatInterchangeProblem, hasErrors, type InterchangeProblem, type InterchangeSeverity } from './report';
export type { InputFile, OutputFile } from './table';
