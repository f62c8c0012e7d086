/**
 * Registers the kg-* custom elements, once: importing this module twice (or two bundles
 * that both include it) never throws "already defined".
 */
import { KgViewer } from './components/kg-viewer/kg-viewer';
import { KgDetails } from './components/kg-details/kg-details';
import { KgSearch } from './components/kg-search/kg-search';
import { KgLegend } from './components/kg-legend/kg-legend';
import { KgSourceView } from './components/kg-source-view/kg-source-view';
import { KgPathFinder } from './components/kg-path-finder/kg-path-finder';
import { KgTextView } from './components/kg-text-view/kg-text-view';
import { KgTourCard } from './components/kg-tour/kg-tour-card';
import { KgTourMenu } from './components/kg-tour/kg-tour-menu';
import { KgExportMenu } from './components/kg-handout/kg-export-menu';
import { KgShareDialog } from './components/kg-share/kg-share-dialog';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  // Children first, so the viewer's first render upgrades them at once.
  ['kg-details', KgDetails],
  ['kg-search', KgSearch],
  ['kg-legend', KgLegend],
  ['kg-source-view', KgSourceView],
  ['kg-path-finder', KgPathFinder],
  ['kg-text-view', KgTextView],
  ['kg-tour-card', KgTourCard],
  ['kg-tour-menu', KgTourMenu],
  ['kg-export-menu', KgExportMenu],
  ['kg-share-dialog', KgShareDialog],
  ['kg-viewer', KgViewer],
];

export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, ctor] of ELEMENTS) {
    if (!registry.get(name)) registry.define(name, ctor);
  }
}

defineElements();

// For TypeScript: importing this module brings the elements' types and their tag-name map.
export type { KgViewer, KgDetails, KgSearch, KgLegend, KgSourceView, KgPathFinder, KgTextView, KgTourCard, KgTourMenu, KgExportMenu, KgShareDialog };
