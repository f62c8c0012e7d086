/**
 * Elements a reader's first frame does not show — the side panels and the share dialog — come
 * from chunks beside the bundle instead of the first load: each is defined when a template first
 * renders it (or the share dialog first opens), or while the browser is idle after the first
 * viewer on the page is ready, so a later click finds it there. A Lit element keeps what was set
 * on it before its definition arrived, so it renders the same, a moment later the first time; the
 * viewer's `updateComplete` waits for it (framing measures the panel, whose height on a narrow
 * screen depends on its content).
 */

import { whenIdle } from './when-idle';

/** The elements defined on demand, each with the chunk that holds it. */
const LOADERS = {
  'kg-details': async () => (await import('./kg-details/kg-details')).KgDetails,
  'kg-source-view': async () => (await import('./kg-source-view/kg-source-view')).KgSourceView,
  'kg-path-finder': async () => (await import('./kg-path-finder/kg-path-finder')).KgPathFinder,
  'kg-text-view': async () => (await import('./kg-text-view/kg-text-view')).KgTextView,
  'kg-share-dialog': async () => (await import('./kg-share/kg-share-dialog')).KgShareDialog,
} satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type LazyElementTag = keyof typeof LOADERS;

/** The registries `defineElements` defined the other elements in. */
const registries = new Set<CustomElementRegistry>();
const loaded = new Map<LazyElementTag, CustomElementConstructor>();
const loads = new Map<LazyElementTag, Promise<void>>();

function defineIn(registry: CustomElementRegistry, tag: LazyElementTag, ctor: CustomElementConstructor): void {
  if (!registry.get(tag)) registry.define(tag, ctor);
}

/**
 * Defines the on-demand elements in `registry` too, now for those already loaded and later for
 * the rest.
 */
export function registerLazyElements(registry: CustomElementRegistry): void {
  registries.add(registry);
  for (const [tag, ctor] of loaded) defineIn(registry, tag, ctor);
}

/** Loads and defines `tag` (once); rejects when its chunk cannot be fetched, and a later call tries again. */
export function lazyElement(tag: LazyElementTag): Promise<void> {
  let load = loads.get(tag);
  if (load === undefined) {
    load = LOADERS[tag]().then(
      (ctor) => {
        loaded.set(tag, ctor);
        for (const registry of registries) defineIn(registry, tag, ctor);
      },
      (error: unknown) => {
        loads.delete(tag);
        throw error;
      },
    );
    loads.set(tag, load);
  }
  return load;
}

/** For templates: starts loading `tag` unless it is defined; a failed fetch leaves the element empty until the next render. */
export function requestElement(tag: LazyElementTag): void {
  if (!loaded.has(tag)) void lazyElement(tag).catch(() => undefined);
}

const isLazyTag = (tag: string): tag is LazyElementTag => Object.hasOwn(LOADERS, tag);

/** The children of `container` that are on-demand elements not defined yet. */
function undefinedLazyChildren(container: Element): Element[] {
  return [...container.children].filter((child) => isLazyTag(child.localName) && !child.matches(':defined'));
}

/** Whether a child of `container` is an on-demand element still waiting for its definition. */
export function lazyChildrenPending(container: Element | null | undefined): boolean {
  return container ? undefinedLazyChildren(container).length > 0 : false;
}

/** Resolves once the on-demand children of `container` are defined (or failed to load) and have rendered. */
export async function lazyChildrenRendered(container: Element): Promise<void> {
  const waiting = undefinedLazyChildren(container);
  await Promise.all(waiting.map((child) => lazyElement(child.localName as LazyElementTag).catch(() => undefined)));
  await Promise.all(waiting.map((child) => (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}

/** A viewer is ready: fetch every on-demand element while the browser is idle (once per page in effect). */
export function prefetchLazyElements(): void {
  whenIdle(() => {
    for (const tag of Object.keys(LOADERS) as LazyElementTag[]) requestElement(tag);
  });
}
