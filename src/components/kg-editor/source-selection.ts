/**
 * Evidence by selection: where the reader's text selection lies in the source panel, as offsets
 * into the source's text. The source view renders the text exactly (plain text and <mark>
 * stretches, nothing else), so the offsets of the selection's ends within it are offsets into
 * the source; the quote cut from there is exact by construction.
 */

/** The source panel's text element inside a viewer's shadow root, with the roots on the way. */
export function sourceTextElement(viewerRoot: ShadowRoot): { text: HTMLElement; roots: ShadowRoot[]; sourceId: string | undefined } | undefined {
  const view = viewerRoot.querySelector<HTMLElement & { sourceId?: string }>('kg-source-view');
  const root = view?.shadowRoot;
  const text = root?.querySelector<HTMLElement>('.text');
  return view && root && text ? { text, roots: [viewerRoot, root], sourceId: view.sourceId } : undefined;
}

/** The selected stretch of `container`'s text as [start, end) offsets, when the selection lies inside it. */
export function selectionOffsets(container: HTMLElement, roots: readonly ShadowRoot[]): { start: number; end: number } | undefined {
  const range = currentRange(roots);
  if (!range || range.collapsed) return undefined;
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const start = offsetIn(container, range.startContainer, range.startOffset, true);
  const end = offsetIn(container, range.endContainer, range.endOffset, false);
  return start < end ? { start, end } : undefined;
}

/**
 * The offset in the source text of a point in the panel. The panel shows the text as paragraphs
 * (`data-start`: where each begins in the source), and the line breaks between them are not in
 * the DOM, so a point is measured within its paragraph.
 */
function offsetIn(container: HTMLElement, node: Node, offset: number, isStart: boolean): number {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-start]');
  const measure = document.createRange();
  if (paragraph && container.contains(paragraph)) {
    measure.setStart(paragraph, 0);
    measure.setEnd(node, offset);
    const within = measure.toString().length;
    // A selection that starts at the very end of a paragraph starts at the next one (not at the
    // line break between them, which the panel does not show).
    const next = paragraph.nextElementSibling as HTMLElement | null;
    if (isStart && within === (paragraph.textContent ?? '').length && next?.dataset['start'] !== undefined) {
      return Number(next.dataset['start']);
    }
    return Number(paragraph.dataset['start']) + within;
  }
  measure.setStart(container, 0);
  measure.setEnd(node, offset);
  return measure.toString().length;
}

/** The selection's first range, seen through shadow roots (composed ranges where supported). */
function currentRange(roots: readonly ShadowRoot[]): AbstractRange | undefined {
  const selection = document.getSelection();
  if (selection && typeof selection.getComposedRanges === 'function') {
    try {
      const ranges = selection.getComposedRanges({ shadowRoots: [...roots] });
      if (ranges[0] && !ranges[0].collapsed) return ranges[0];
    } catch {
      // Older signature or none: fall through.
    }
  }
  // Chromium's older ShadowRoot.getSelection().
  const inner = (roots.at(-1) as ShadowRoot & { getSelection?: () => Selection | null } | undefined)?.getSelection?.();
  if (inner && inner.rangeCount > 0) return inner.getRangeAt(0);
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
}

/**
 * Whether the panel shows exactly `text`: paragraph by paragraph where it is split into
 * paragraphs (each at its `data-start`), else as a whole.
 */
export function showsExactly(container: HTMLElement, text: string): boolean {
  const paragraphs = [...container.querySelectorAll<HTMLElement>('[data-start]')];
  if (paragraphs.length === 0) return container.textContent === text;
  return paragraphs.every((p) => text.startsWith(p.textContent ?? '', Number(p.dataset['start'])));
}
