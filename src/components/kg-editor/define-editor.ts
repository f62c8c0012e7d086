/** Registers the editor's elements once, when edit mode first loads (guarded like src/define.ts). */
import { KgEditDialogs } from './kg-edit-dialogs';
import { KgEditEvidence } from './kg-edit-evidence';
import { KgEditFile } from './kg-edit-file';
import { KgEditForm } from './kg-edit-form';
import { KgEditProblems } from './kg-edit-problems';
import { KgEditToolbar } from './kg-edit-toolbar';
import { KgEditTours } from './kg-edit-tours';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['kg-edit-toolbar', KgEditToolbar],
  ['kg-edit-form', KgEditForm],
  ['kg-edit-evidence', KgEditEvidence],
  ['kg-edit-problems', KgEditProblems],
  ['kg-edit-file', KgEditFile],
  ['kg-edit-tours', KgEditTours],
  ['kg-edit-dialogs', KgEditDialogs],
];

export function defineEditorElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, ctor] of ELEMENTS) {
    if (!registry.get(name)) registry.define(name, ctor);
  }
}
