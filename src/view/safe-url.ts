/** Links from a graph file open only for these protocols, judged on the parsed URL. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL as a string if it is http(s) or mailto, else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
