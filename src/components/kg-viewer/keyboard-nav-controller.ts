/**
 * Keyboard navigation on the graph canvas: arrow keys move a focus ring from a node to the
 * neighbour that lies in that direction on screen (starting at the best-connected node),
 * Enter or Space selects the focused node. The ring is drawn by the renderer's spotlight.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import type { Visibility } from '../../model/filters';
import type { Intent } from '../../state/intents';
import { arrowDirection, neighbourInDirection, startNode } from '../../view/keyboard-nav';

export interface KeyboardNavOptions {
  graph(): KnowledgeGraph | undefined;
  visible(): Visibility | undefined;
  selectedNode(): string | null;
  /** Where a node is on the graph's plane. */
  position(id: string): { x: number; y: number } | undefined;
  /** Draws (or clears) the focus ring. */
  showFocus(id: string | null): void;
  /** A node received keyboard focus: bring it into view and announce it. */
  focused(id: string): void;
  dispatch(intent: Intent): void;
}

export class KeyboardNavController implements ReactiveController {
  readonly #options: KeyboardNavOptions;
  #focusedNode: string | null = null;

  constructor(host: ReactiveControllerHost, options: KeyboardNavOptions) {
    this.#options = options;
    host.addController(this);
  }

  get focusedNode(): string | null {
    return this.#focusedNode;
  }

  hostDisconnected(): void {
    this.#focusedNode = null;
  }

  /** Remembers where arrow keys continue from (a click selects a node: keys go on from there). */
  follow(id: string): void {
    this.#focusedNode = id;
  }

  /** Drops the focus ring (the canvas lost focus, or Escape). */
  clear(): void {
    this.#focusedNode = null;
    this.#options.showFocus(null);
  }

  readonly onKeyDown = (ev: KeyboardEvent): void => {
    const kg = this.#options.graph();
    if (!kg) return;
    const direction = arrowDirection(ev.key);
    const visible = this.#options.visible();
    const isVisible = (id: string): boolean => !visible || visible.node(id);
    if (direction) {
      ev.preventDefault();
      const current = this.#focusedNode ?? this.#options.selectedNode();
      if (!current) {
        const start = startNode(kg.nodes, (id) => kg.degree(id), isVisible);
        if (start) this.#focus(start);
        return;
      }
      const from = this.#options.position(current);
      if (!from) return;
      const candidates = kg
        .neighbours(current)
        .filter(isVisible)
        .map((id) => ({ id, ...(this.#options.position(id) ?? { x: 0, y: 0 }) }));
      const next = neighbourInDirection(from, candidates, direction);
      if (next) this.#focus(next);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && this.#focusedNode) {
      ev.preventDefault();
      this.#options.dispatch({ type: 'select', kind: 'node', id: this.#focusedNode });
    }
  };

  #focus(id: string): void {
    this.#focusedNode = id;
    this.#options.showFocus(id);
    this.#options.focused(id);
  }
}
