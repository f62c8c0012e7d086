// src/model/edit — pure editing commands over the preserved graph document (no DOM).
export { applyCommand, basePath, EditError, type EditCommand, type EditCommandType, type EditResult, type ElementRef, type Point } from './commands';
export { applyPatch, PatchError, type PatchOp } from './patch';
export { edgeRemovalImpact, nodeRemovalImpact, type RemovalImpact, type TourStepImpact } from './impact';
export { kindAt, pathOf, pointerOf, valueAt, type Path } from './path';
export { textIn, withText } from './localized';
export { freshId, slugOf } from './ids';
