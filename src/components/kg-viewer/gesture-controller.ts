/**
 * Cooperative gestures (see src/view/gestures.ts for the rules): in `page` mode a plain wheel
 * and a one-finger drag over the graph are handed to the page — stopped in the capture phase
 * at the shadow root, before Cytoscape's own listeners can zoom, pan or cancel scrolling — and
 * a brief hint says how to zoom instead. Ctrl/⌘ + wheel, two fingers and the wheel after a
 * click into the graph reach Cytoscape as usual. In `zoom` mode nothing is intercepted.
 *
 * A one-finger drag that scrolled the page must not end as a tap on the node it started on:
 * Cytoscape saw the touch start and end but none of the moves, so the viewer asks
 * `swallowsTap()` before acting on the renderer's taps.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HINT_MS, TOUCH_SLOP_PX, touchOwner, wheelOwner, type WheelMode } from '../../view/gestures';

export type GestureHint = 'wheel' | 'touch';

export interface GestureOptions {
  /** The wheel mode in force (from the `wheel` and `sync-url` attributes). */
  mode(): WheelMode;
  /** Cytoscape's container, once rendered. */
  graph(): HTMLElement | null;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class GestureController implements ReactiveController {
  readonly #host: Host;
  readonly #options: GestureOptions;
  #root: HTMLElement | DocumentFragment | undefined;
  /** The graph container we listen to for the pointer leaving (leave events reach no ancestor). */
  #graph: HTMLElement | null = null;
  #hint: GestureHint | null = null;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  /** A mouse or pen pressed in the graph: the wheel zooms until the pointer or focus leaves. */
  #engaged = false;
  /** The one-finger touch in progress over the graph, and whether it has scrolled the page. */
  #touch: { x: number; y: number; scrolled: boolean } | null = null;
  #swallowTaps = false;

  constructor(host: Host, options: GestureOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The hint to show now, if any. */
  get hint(): GestureHint | null {
    return this.#hint;
  }

  /** Whether the wheel currently zooms after a click into the graph. */
  get engaged(): boolean {
    return this.#engaged;
  }

  /** True while the renderer reports the tap that ends a one-finger page scroll. */
  swallowsTap(): boolean {
    return this.#swallowTaps;
  }

  hostConnected(): void {
    const root = this.#host.renderRoot;
    this.#root = root;
    const active = { capture: true, passive: false } as const;
    const passive = { capture: true, passive: true } as const;
    root.addEventListener('wheel', this.#onWheel as EventListener, active);
    root.addEventListener('touchstart', this.#onTouchStart as EventListener, passive);
    root.addEventListener('touchmove', this.#onTouchMove as EventListener, passive);
    root.addEventListener('touchend', this.#onTouchEnd as EventListener, passive);
    root.addEventListener('touchcancel', this.#onTouchEnd as EventListener, passive);
    root.addEventListener('pointerdown', this.#onPointerDown as EventListener, passive);
    root.addEventListener('focusout', this.#onFocusOut as EventListener, passive);
  }

  hostDisconnected(): void {
    const root = this.#root;
    if (root) {
      root.removeEventListener('wheel', this.#onWheel as EventListener, { capture: true });
      root.removeEventListener('touchstart', this.#onTouchStart as EventListener, { capture: true });
      root.removeEventListener('touchmove', this.#onTouchMove as EventListener, { capture: true });
      root.removeEventListener('touchend', this.#onTouchEnd as EventListener, { capture: true });
      root.removeEventListener('touchcancel', this.#onTouchEnd as EventListener, { capture: true });
      root.removeEventListener('pointerdown', this.#onPointerDown as EventListener, { capture: true });
      root.removeEventListener('focusout', this.#onFocusOut as EventListener, { capture: true });
    }
    this.#root = undefined;
    this.#graph?.removeEventListener('pointerleave', this.#onPointerLeave);
    this.#graph = null;
    clearTimeout(this.#hintTimer);
    this.#hint = null;
    this.#engaged = false;
    this.#touch = null;
  }

  hostUpdated(): void {
    // In page mode the browser may pan the page but never pinch-zoom it over the graph.
    const graph = this.#options.graph();
    if (graph !== this.#graph) {
      this.#graph?.removeEventListener('pointerleave', this.#onPointerLeave);
      graph?.addEventListener('pointerleave', this.#onPointerLeave, { passive: true });
      this.#graph = graph;
    }
    if (graph) graph.style.touchAction = this.#options.mode() === 'page' ? 'pan-x pan-y' : '';
  }

  #overGraph(ev: Event): boolean {
    const graph = this.#options.graph();
    return !!graph && ev.composedPath().includes(graph);
  }

  #onWheel = (ev: WheelEvent): void => {
    const mode = this.#options.mode();
    if (mode === 'zoom' || !this.#overGraph(ev)) return;
    if (wheelOwner(mode, { ctrlKey: ev.ctrlKey, metaKey: ev.metaKey, engaged: this.#engaged }) === 'graph') {
      // Never the browser's page zoom over the graph, even if Cytoscape skips this event.
      if (ev.ctrlKey || ev.metaKey) ev.preventDefault();
      this.#setHint(null);
      return;
    }
    ev.stopPropagation();
    this.#setHint('wheel');
  };

  #onTouchStart = (ev: TouchEvent): void => {
    if (this.#options.mode() === 'zoom' || !this.#overGraph(ev)) return;
    this.#swallowTaps = false;
    const first = ev.touches[0];
    this.#touch = ev.touches.length === 1 && first ? { x: first.clientX, y: first.clientY, scrolled: false } : null;
    if (ev.touches.length > 1) this.#setHint(null);
  };

  #onTouchMove = (ev: TouchEvent): void => {
    const mode = this.#options.mode();
    if (mode === 'zoom' || !this.#overGraph(ev)) return;
    if (touchOwner(mode, ev.touches.length) === 'graph') {
      this.#touch = null;
      return;
    }
    ev.stopPropagation();
    const touch = this.#touch;
    const now = ev.touches[0];
    if (touch && now && !touch.scrolled && Math.hypot(now.clientX - touch.x, now.clientY - touch.y) > TOUCH_SLOP_PX) {
      touch.scrolled = true;
      this.#setHint('touch');
    }
  };

  #onTouchEnd = (ev: TouchEvent): void => {
    if (this.#touch?.scrolled) {
      // Cytoscape turns this touchend into a tap (it never saw the finger move); ignore it.
      this.#swallowTaps = true;
      setTimeout(() => (this.#swallowTaps = false), 0);
    }
    if (ev.touches.length === 0) this.#touch = null;
  };

  #onPointerDown = (ev: PointerEvent): void => {
    if (ev.pointerType !== 'touch' && this.#overGraph(ev)) this.#engaged = true;
  };

  #onPointerLeave = (): void => {
    this.#engaged = false;
  };

  #onFocusOut = (ev: FocusEvent): void => {
    const next = ev.relatedTarget as Node | null;
    if (!next || !(this.#root?.contains(next) || this.#host.contains(next))) this.#engaged = false;
  };

  #setHint(hint: GestureHint | null): void {
    clearTimeout(this.#hintTimer);
    if (hint) this.#hintTimer = setTimeout(() => this.#setHint(null), HINT_MS);
    if (this.#hint === hint) return;
    this.#hint = hint;
    this.#host.requestUpdate();
  }
}
