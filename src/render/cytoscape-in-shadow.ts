/**
 * Cytoscape for a container inside a shadow root, leaving the page's `<head>` alone.
 *
 * On its first instance in a document, Cytoscape's canvas renderer prepends
 * `<style id="__________cytoscape_stylesheet">` to the head (to position its containers) unless
 * `document.getElementById` already finds that id. Rules in the head cannot reach a container
 * in a shadow tree anyway — the element's own styles position it — so while the constructor
 * runs (synchronously) that one lookup answers with a detached element, and the document's
 * method is put back before any other code can run. Works with any installed Cytoscape 3.x, so
 * an app importing the package's ES modules gets the same behaviour as the bundle.
 */
import cytoscape from 'cytoscape';

const STYLESHEET_ID = '__________cytoscape_stylesheet';

export function cytoscapeInShadow(options: cytoscape.CytoscapeOptions): cytoscape.Core {
  const container = options.container;
  if (!container || !(container.getRootNode() instanceof ShadowRoot)) return cytoscape(options);
  const doc = container.ownerDocument;
  const ownLookup = Object.getOwnPropertyDescriptor(doc, 'getElementById');
  const lookup = doc.getElementById;
  const standIn = doc.createElement('style');
  Object.defineProperty(doc, 'getElementById', {
    configurable: true,
    writable: true,
    value(this: Document, id: string): HTMLElement | null {
      return id === STYLESHEET_ID ? standIn : lookup.call(this, id);
    },
  });
  try {
    return cytoscape(options);
  } finally {
    if (ownLookup) Object.defineProperty(doc, 'getElementById', ownLookup);
    else delete (doc as { getElementById?: unknown }).getElementById;
  }
}
