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
  const measure = document.createRange();
  measure.setStart(container, 0);
  measure.setEnd(range.startContainer, range.startOffset);
  const start = measure.toString().length;
  measure.setEnd(range.endContainer, range.endOffset);
  const end = measure.toString().length;
  return start < end ? { start, end } : undefined;
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
