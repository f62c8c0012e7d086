/**
 * Where the built site keeps what the share dialog's snippets point at: the script-tag bundle
 * (`lib/kg-viewer.js`, written by `npm run build`) and the standalone embed page
 * (`src/pages/embed.html`). Under the dev server the bundle does not exist; the snippet loads
 * the source entry instead, which the dev server compiles.
 */
export interface SiteLinks {
  readonly scriptUrl: string;
  readonly embedUrl: string;
}

/** The links for a site whose root (the folder of index.html) is `siteRoot`. */
export function siteLinks(siteRoot: string | URL): SiteLinks {
  return {
    scriptUrl: import.meta.env.DEV ? new URL('/src/define.ts', siteRoot).href : new URL('lib/kg-viewer.js', siteRoot).href,
    embedUrl: new URL('src/pages/embed.html', siteRoot).href,
  };
}

/** Points a viewer's share dialog at the site's bundle and embed page (unless the page set its own). */
export function useSiteLinks(viewer: HTMLElement & { scriptUrl?: string | undefined; embedUrl?: string | undefined }, siteRoot: string | URL): void {
  const links = siteLinks(siteRoot);
  viewer.scriptUrl ??= links.scriptUrl;
  viewer.embedUrl ??= links.embedUrl;
}
