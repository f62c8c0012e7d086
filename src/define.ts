/**
 * Registers the kg-* custom elements, once: importing this module twice (or two bundles
 * that both include it) never throws "already defined". The side panels and the share dialog
 * are not in a reader's first frame: they are defined from their own chunks when first shown
 * (components/lazy-elements.ts), so the first load stays small.
 */
import { KgViewer } from './components/kg-viewer/kg-viewer';
import { KgSearch } from './components/kg-search/kg-search';
import { KgLegend } from './components/kg-legend/kg-legend';
import { KgTourCard } from './components/kg-tour/kg-tour-card';
import { KgTourMenu } from './components/kg-tour/kg-tour-menu';
import { KgExportMenu } from './components/kg-handout/kg-export-menu';
import { registerLazyElements } from './components/lazy-elements';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  // Children first, so the viewer's first render upgrades them at once.
  ['kg-search', KgSearch],
  ['kg-legend', KgLegend],
  ['kg-tour-card', KgTourCard],
  ['kg-tour-menu', KgTourMenu],
  ['kg-export-menu', KgExportMenu],
  ['kg-viewer', KgViewer],
];

export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, ctor] of ELEMENTS) {
    if (!registry.get(name)) registry.define(name, ctor);
  }
  registerLazyElements(registry);
}

defineElements();

// For TypeScript: importing this module brings the elements' types and their tag-name map.
// (Type-only exports of the on-demand elements: they keep their code out of this module.)
export type { KgViewer, KgSearch, KgLegend, KgTourCard, KgTourMenu, KgExportMenu };
export type { KgDetails } from './components/kg-details/kg-details';
export type { KgSourceView } from './components/kg-source-view/kg-source-view';
export type { KgPathFinder } from './components/kg-path-finder/kg-path-finder';
export type { KgTextView } from './components/kg-text-view/kg-text-view';
export type { KgShareDialog } from './components/kg-share/kg-share-dialog';
