/**
 * The editor's pointer gestures on the canvas, reported as intents (the renderer decides
 * nothing): a node dragged and dropped (`moved`, once per drag, with its final position), and a
 * line drawn from one node to another (`connect`) while the connect tool is on or Shift is held.
 * While connecting, nodes cannot be grabbed and the view does not pan; a dashed line follows the
 * pointer in an overlay above the canvas. Loaded with the editor only.
 */
import type cytoscape from 'cytoscape';
import type { GraphRenderer } from './renderer';

export interface EditGestureIntents {
  /** A node was dragged and dropped: its new model position. */
  moved(id: string, position: { x: number; y: number }): void;
  /** A line was drawn from `source` and released over `target` (another node). */
  connect(source: string, target: string): void;
}

export interface EditGestures {
  /** The connect tool: pressing a node starts a line instead of a drag. */
  setConnectMode(on: boolean): void;
  readonly connectMode: boolean;
  dispose(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Adds the gestures to a mounted renderer; `overlayParent` holds the line (above the canvas). */
export function enableEditGestures(renderer: GraphRenderer, overlayParent: HTMLElement, intents: EditGestureIntents): EditGestures {
  const cy = renderer.cy;
  if (!cy) throw new Error('editing needs the Cytoscape renderer');
  const ownPointer = renderer.view.detail !== 'full';
  let toolOn = false;
  let shiftDown = false;
  let pressed: { id: string; x: number; y: number } | undefined;
  let line: { from: string; svg: SVGSVGElement; path: SVGLineElement; panning: boolean } | undefined;

  // Nodes must not move while a press may start a line: Cytoscape grabs a node before it reports the press.
  const applyLock = (): void => {
    const connecting = toolOn || shiftDown;
    if (ownPointer) cy.autolock(connecting);
    else cy.autoungrabify(connecting);
    overlayParent.style.cursor = connecting ? 'crosshair' : '';
  };
  const onKey = (ev: KeyboardEvent): void => {
    const down = ev.shiftKey;
    if (down !== shiftDown) {
      shiftDown = down;
      applyLock();
    }
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('keyup', onKey);
  const onBlur = (): void => {
    shiftDown = false;
    applyLock();
  };
  window.addEventListener('blur', onBlur);

  const nodeUnder = (ev: cytoscape.EventObject): string | undefined => {
    const target = ev.target as cytoscape.SingularElementReturnValue | cytoscape.Core;
    if (target !== cy && (target as cytoscape.SingularElementReturnValue).isNode?.()) return (target as cytoscape.NodeSingular).id();
    return renderer.nodeAt(ev.position);
  };

  const startLine = (from: string, ev: cytoscape.EventObject): void => {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'kg-connect-line');
    Object.assign(svg.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none', zIndex: '4' });
    const path = document.createElementNS(SVG, 'line');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-dasharray', '6 4');
    const start = renderer.renderedPosition(from) ?? ev.renderedPosition;
    path.setAttribute('x1', String(start.x));
    path.setAttribute('y1', String(start.y));
    path.setAttribute('x2', String(ev.renderedPosition.x));
    path.setAttribute('y2', String(ev.renderedPosition.y));
    svg.append(path);
    overlayParent.append(svg);
    const panning = cy.userPanningEnabled();
    cy.userPanningEnabled(false);
    line = { from, svg, path, panning };
  };

  const endLine = (): string | undefined => {
    if (!line) return undefined;
    const { from, svg, panning } = line;
    svg.remove();
    cy.userPanningEnabled(panning);
    line = undefined;
    return from;
  };

  const onStart = (ev: cytoscape.EventObject): void => {
    const id = nodeUnder(ev);
    if (!id) return;
    const shift = (ev.originalEvent as MouseEvent | undefined)?.shiftKey === true;
    if (toolOn || shift) {
      startLine(id, ev);
      return;
    }
    const p = cy.getElementById(id).position();
    pressed = { id, x: p.x, y: p.y };
  };
  const onDrag = (ev: cytoscape.EventObject): void => {
    if (!line) return;
    line.path.setAttribute('x2', String(ev.renderedPosition.x));
    line.path.setAttribute('y2', String(ev.renderedPosition.y));
  };
  const onEnd = (ev: cytoscape.EventObject): void => {
    const from = endLine();
    if (from !== undefined) {
      const to = renderer.nodeAt(ev.position);
      if (to !== undefined && to !== from) intents.connect(from, to);
      return;
    }
    if (!pressed) return;
    const { id, x, y } = pressed;
    pressed = undefined;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const p = node.position();
    // A click also presses and releases; only a real move is an edit.
    if (Math.abs(p.x - x) > 0.01 || Math.abs(p.y - y) > 0.01) intents.moved(id, { x: p.x, y: p.y });
  };
  cy.on('tapstart', onStart);
  cy.on('tapdrag', onDrag);
  cy.on('tapend', onEnd);

  return {
    setConnectMode(on) {
      toolOn = on;
      applyLock();
    },
    get connectMode() {
      return toolOn;
    },
    dispose() {
      endLine();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
      window.removeEventListener('blur', onBlur);
      if (!cy.destroyed()) {
        cy.off('tapstart', onStart);
        cy.off('tapdrag', onDrag);
        cy.off('tapend', onEnd);
        if (ownPointer) cy.autolock(false);
        else cy.autoungrabify(false);
      }
      overlayParent.style.cursor = '';
    },
  };
}
