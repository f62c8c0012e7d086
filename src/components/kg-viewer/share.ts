/**
 * The share dialog's content for the current view: what the element knows of where its graph
 * came from (its attributes) turned into a link and snippets by view/share.ts. The dialog and
 * view/share.ts are fetched when the dialog first opens (lazy-elements.ts).
 */
import type { KnowledgeGraph } from '../../model/knowledge-graph';
import { resolveText } from '../../model/localize';
import { uiStrings } from '../../i18n/strings';
import type { ViewState } from '../../view/view-state';
import type { KgShareDialog } from '../kg-share/kg-share-dialog';
import { lazyElement } from '../lazy-elements';

export interface ShareInputs {
  readonly kg: KnowledgeGraph;
  readonly state: ViewState;
  /** The file's absolute URL; absent for a graph given as an object or opened from a local file. */
  readonly src: string | undefined;
  readonly theme: string | undefined;
  readonly controls: string | undefined;
  readonly syncUrl: boolean;
  readonly scriptUrl: string | undefined;
  readonly embedUrl: string | undefined;
}

export async function showShareDialog(dialog: KgShareDialog, inputs: ShareInputs): Promise<void> {
  const { kg, state } = inputs;
  // Defining the element upgrades the dialog already in the viewer's shadow root.
  const [{ shareContent }] = await Promise.all([import('../../view/share'), lazyElement('kg-share-dialog')]);
  const controls = inputs.controls?.trim() || undefined;
  dialog.content = shareContent({
    state,
    defaultLang: kg.languages[0] ?? state.lang,
    source: {
      ...(inputs.src ? { src: inputs.src } : {}),
      ...(inputs.theme ? { theme: inputs.theme } : {}),
      ...(controls ? { controls } : {}),
      ...(state.tour ? { tour: state.tour.id, tourStep: state.tour.step } : {}),
    },
    pageUrl: location.href,
    syncUrl: inputs.syncUrl,
    scriptUrl: inputs.scriptUrl,
    embedUrl: inputs.embedUrl,
    title: resolveText(kg.document.meta.title, state.lang, kg.languages)?.text ?? uiStrings(state.lang).graphLabel,
  });
  await dialog.show();
}
