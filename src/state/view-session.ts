/**
 * One loaded graph in one viewer: its context (model, counts, universe), the store of its view
 * state, and what is derived from both — what the filters show, the paths asked for, the search
 * index, what the spotlight lights. The element keeps the side effects (camera, events, URL);
 * everything here is plain data and tested in Node.
 */
import type { GraphDocument } from '../format/types';
import type { KnowledgeGraph } from '../model/knowledge-graph';
import { visibility, type Visibility } from '../model/filters';
import { shortestPaths, type GraphPath } from '../model/path';
import { SearchIndex, type SearchHit } from '../model/search';
import type { ElementSet } from '../model/neighbourhood';
import { buildGraphContext, type GraphContext } from '../view/graph-context';
import { highlightFor, withLit, type Highlight } from '../view/highlight';
import { readAlongElements } from '../view/read-along';
import { depthOf, sanitizeViewState, type ViewState } from '../view/view-state';
import type { Intent } from './intents';
import { ViewStore, type Listener } from './store';

/** How many shortest paths the path finder lists and lights. */
const MAX_PATHS = 5;

const NOTHING: ElementSet = { nodes: new Set(), edges: new Set() };

export class ViewSession {
  readonly store: ViewStore;
  #context: GraphContext;
  #visible: Visibility;
  #paths: GraphPath[] = [];
  #search: SearchIndex | undefined;

  /** `first` is sanitised against the graph, so a link or attribute naming what it lacks opens cleanly. */
  constructor(context: GraphContext, first: ViewState) {
    this.#context = context;
    const state = sanitizeViewState(first, context.universe);
    this.store = new ViewStore(state, context);
    this.#visible = visibility(context.kg, state.filters);
    this.#updatePaths(state);
    // Subscribed first, so the derived data has followed a change before any listener hears of it.
    this.store.subscribe((next, previous) => {
      if (next.filters !== previous.filters) this.#visible = visibility(this.kg, next.filters);
      if (next.path !== previous.path || next.filters !== previous.filters) this.#updatePaths(next);
    });
  }

  get context(): GraphContext {
    return this.#context;
  }

  get kg(): KnowledgeGraph {
    return this.#context.kg;
  }

  get state(): ViewState {
    return this.store.state;
  }

  /** What the filters show. */
  get visible(): Visibility {
    return this.#visible;
  }

  /** The shortest paths between the path finder's two nodes (none without a path). */
  get paths(): readonly GraphPath[] {
    return this.#paths;
  }

  dispatch(intent: Intent): ViewState {
    return this.store.dispatch(intent);
  }

  /**
   * Listens to state changes, heard after the derived data (visibility, paths) has followed
   * them. Returns the unsubscribe function.
   */
  subscribe(listener: Listener): () => void {
    return this.store.subscribe(listener);
  }

  /**
   * The same view over a changed document (an edit, the file saved on disk). Returns the intents
   * that keep the view valid: a selection, a path or a language the new document lacks is let go.
   */
  replaceDocument(document: GraphDocument): Intent[] {
    const context = buildGraphContext(document);
    this.#context = context;
    this.#search = undefined;
    this.store.setContext(context);
    const { selection, path, lang, filters } = this.store.state;
    this.#visible = visibility(context.kg, filters);
    this.#updatePaths(this.store.state);
    const kg = context.kg;
    const intents: Intent[] = [];
    if (selection && !(selection.kind === 'node' ? kg.node(selection.id) : kg.edge(selection.id))) intents.push({ type: 'clear-selection' });
    if (path && !(kg.node(path.from) && kg.node(path.to))) intents.push({ type: 'clear-path' });
    if (!kg.languages.includes(lang) && kg.languages[0]) intents.push({ type: 'set-language', lang: kg.languages[0] });
    return intents;
  }

  /** The intent that selects `id`, whichever kind it is; undefined for an id the graph lacks. */
  selectIntent(id: string): Intent | undefined {
    if (this.kg.node(id)) return { type: 'select', kind: 'node', id };
    if (this.kg.edge(id)) return { type: 'select', kind: 'edge', id };
    return undefined;
  }

  /** Built on first use, and again after the document changed. */
  searchIndex(): SearchIndex {
    this.#search ??= SearchIndex.build(this.kg);
    return this.#search;
  }

  /** Labels and aliases as the search box searches them, hidden nodes left out. */
  search(query: string): SearchHit[] {
    const visible = this.#visible;
    return this.searchIndex().search(query, { lang: this.state.lang, include: (id: string) => visible.node(id) });
  }

  /** The facts of the paragraph read along, while the source panel shows it. */
  readAlongLit(state: ViewState = this.state): ElementSet {
    const paragraph = state.readAlong?.paragraph;
    if (!paragraph || state.panel !== 'source' || !state.sourceView) return NOTHING;
    return readAlongElements(this.kg, state.sourceView.sourceId, paragraph, this.#visible);
  }

  /** What the spotlight lights: the selection's neighbourhood or the paths, plus `extra` (a tour step). */
  highlight(extra: ElementSet = NOTHING): Highlight | null {
    const reading = this.readAlongLit();
    // Reading along, the paragraph's facts are what is lit: the selection's neighbourhood would blur them.
    const selection = reading.nodes.size > 0 ? null : this.state.selection;
    return withLit(highlightFor(this.kg, selection, this.#paths, this.#visible, depthOf(this.state)), extra, reading);
  }

  #updatePaths(state: ViewState): void {
    this.#paths = state.path ? shortestPaths(this.kg, state.path.from, state.path.to, { maxPaths: MAX_PATHS, visible: this.#visible }) : [];
  }
}
