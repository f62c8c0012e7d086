/**
 * Edit mode, kept out of the reader's bundle: when the viewer has `editable`, the editor's code
 * (src/components/kg-editor/) is loaded with a dynamic `import()` and given this narrow view of
 * the viewer (`EditorHost`); without the attribute nothing of it is fetched. The viewer asks this
 * controller for the editor's toolbar, panels and overlays, and tells it about loads.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { GraphDocument } from '../../format/types';
import type { LoadResult } from '../../format/load';
import type { Intent } from '../../state/intents';
import type { GraphRenderer } from '../../render/renderer';
import type { ViewState } from '../../view/view-state';

/** What the editor may ask of the viewer. */
export interface EditorHost {
  /** The <kg-viewer> element: events are dispatched on it. */
  readonly element: HTMLElement & ReactiveControllerHost;
  /** The document on screen (the working copy while editing). */
  document(): GraphDocument | undefined;
  /** Where the document came from: the `src` URL, or the `file-name` given with `graph`. */
  origin(): { readonly src?: string; readonly fileName?: string };
  /** Shows a changed document in place: camera, selection (when it still exists) and language kept. */
  showDocument(doc: GraphDocument, placeAt?: { x: number; y: number }): void;
  renderer(): GraphRenderer | undefined;
  /** The stage element (the canvas and its overlays). */
  stage(): HTMLElement | null;
  viewState(): ViewState | undefined;
  dispatch(intent: Intent): void;
  /** Ids lit in the spotlight: the selection's neighbourhood or the path on screen. */
  spotlight(): { readonly nodes: readonly string[]; readonly edges: readonly string[] };
}

/** The editor, once loaded. */
export interface EditorSession {
  /** A graph was loaded (from `src` or `graph`): the new starting point. */
  loaded(doc: GraphDocument): void;
  /** The file on disk was saved (dev server); returns whether the editor took care of it. */
  fileChanged(result: LoadResult): boolean;
  /** A renderer was mounted (or the old one went). */
  rendererChanged(renderer: GraphRenderer | undefined): void;
  connected(): void;
  disconnected(): void;
  toolbar(): TemplateResult | typeof nothing;
  /** The panel's content in edit mode; `fallback` is the reader's panel. */
  panel(state: ViewState, fallback: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing;
  overlay(): TemplateResult | typeof nothing;
  dispose(): void;
}

export class EditModeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #enabled: () => boolean;
  readonly #editorHost: EditorHost;
  #session: EditorSession | undefined;
  #loading = false;
  #renderer: GraphRenderer | undefined;

  constructor(host: ReactiveControllerHost, enabled: () => boolean, editorHost: EditorHost) {
    this.#host = host;
    this.#enabled = enabled;
    this.#editorHost = editorHost;
    host.addController(this);
  }

  /** Whether the editor is loaded and on. */
  get active(): boolean {
    return this.#session !== undefined;
  }

  hostUpdated(): void {
    const wanted = this.#enabled();
    if (wanted && !this.#session && !this.#loading) {
      this.#loading = true;
      void import('../kg-editor/editor-session').then(({ createEditorSession }) => {
        this.#loading = false;
        if (!this.#enabled() || this.#session) return;
        const session = createEditorSession(this.#editorHost);
        this.#session = session;
        session.connected();
        const doc = this.#editorHost.document();
        if (doc) session.loaded(doc);
        this.#renderer = undefined;
        this.#host.requestUpdate();
      });
    } else if (!wanted && this.#session) {
      this.#session.dispose();
      this.#session = undefined;
      this.#host.requestUpdate();
    }
    const renderer = this.#editorHost.renderer();
    if (this.#session && renderer !== this.#renderer) {
      this.#renderer = renderer;
      this.#session.rendererChanged(renderer);
    }
  }

  hostConnected(): void {
    this.#session?.connected();
  }

  hostDisconnected(): void {
    this.#session?.disconnected();
  }

  loaded(doc: GraphDocument): void {
    this.#session?.loaded(doc);
  }

  fileChanged(result: LoadResult): boolean {
    return this.#session?.fileChanged(result) ?? false;
  }

  toolbar(): TemplateResult | typeof nothing {
    return this.#session?.toolbar() ?? nothing;
  }

  panel(state: ViewState, fallback: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    return this.#session ? this.#session.panel(state, fallback) : fallback();
  }

  overlay(): TemplateResult | typeof nothing {
    return this.#session?.overlay() ?? nothing;
  }
}
