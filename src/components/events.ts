/**
 * The public events of <kg-viewer>: one small class each, always bubbling and composed so
 * they cross shadow roots and reach the embedding page.
 */
import type { Problem } from '../format/problem';
import type { FetchFailureKind } from '../io/fetch-graph';

export interface KgSelectDetail {
  /** Id of the selected node or edge, or null when the selection was cleared. */
  readonly id: string | null;
  readonly kind: 'node' | 'edge' | null;
}

export interface KgErrorDetail {
  /** What went wrong, in words. */
  readonly message: string;
  /** The loader's problems (errors first), when the file was read but is not valid. */
  readonly problems: readonly Problem[];
  /** Why the file could not be fetched, when it was not a validation failure. */
  readonly failure?: FetchFailureKind;
}

export interface KgReadyDetail {
  readonly nodes: number;
  readonly edges: number;
  /** Milliseconds from the element receiving the graph to the layout settling. */
  readonly elapsed: number;
}

export interface KgDrawDetail {
  readonly nodes: number;
  readonly edges: number;
}

export interface KgTourStepDetail {
  /** Id of the tour being played, or null when the tour ended. */
  readonly tour: string | null;
  /** The step shown, counted from 1 (0 when the tour ended). */
  readonly step: number;
  /** How many steps the tour has (0 when it ended). */
  readonly of: number;
}

/** Fired once the graph is drawn and its first layout has settled. */
export class KgReadyEvent extends CustomEvent<KgReadyDetail> {
  static readonly type = 'kg-ready';
  constructor(detail: KgReadyDetail) {
    super(KgReadyEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the first frame with the graph has been drawn (before the layout settles). */
export class KgDrawEvent extends CustomEvent<KgDrawDetail> {
  static readonly type = 'kg-draw';
  constructor(detail: KgDrawDetail) {
    super(KgDrawEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired on every selection change, including clearing it. */
export class KgSelectEvent extends CustomEvent<KgSelectDetail> {
  static readonly type = 'kg-select';
  constructor(detail: KgSelectDetail) {
    super(KgSelectEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a graph cannot be shown: it failed to load or to validate. */
export class KgErrorEvent extends CustomEvent<KgErrorDetail> {
  static readonly type = 'kg-error';
  constructor(detail: KgErrorDetail) {
    super(KgErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a tour starts, moves to another step, or ends (then `tour` is null). */
export class KgTourStepEvent extends CustomEvent<KgTourStepDetail> {
  static readonly type = 'kg-tour-step';
  constructor(detail: KgTourStepDetail) {
    super(KgTourStepEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kg-tour-step': KgTourStepEvent;
    'kg-ready': KgReadyEvent;
    'kg-draw': KgDrawEvent;
    'kg-select': KgSelectEvent;
    'kg-error': KgErrorEvent;
  }
}
