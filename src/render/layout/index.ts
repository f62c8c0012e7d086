// The layout module: seed positions, the layout engines behind startLayout(), drag relaxation.
export { seedPositions, SEED_SPACING, type SeedNode, type SeedEdge } from './seed-positions';
export { startLayout, chooseLayoutEngine, layoutState, COLA_MAX_NODES, type LayoutEngine, type LayoutState } from './start-layout';
export { enableDragRelax } from './drag-relax';
export type { LayoutRun, LayoutOptions } from './layout-run';
