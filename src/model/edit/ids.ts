/** New ids for what the editor adds: readable when the label allows, never taken. */

/** Lower-case ASCII words joined by hyphens ("Joint SCO cryptocurrency" → "joint-sco-cryptocurrency"). */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` does not hold. */
export function freshId(base: string, taken: (id: string) => boolean): string {
  const stem = base === '' ? 'item' : base;
  if (!taken(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken(id)) return id;
  }
}
