/** Keeps a page's own language and direction in step with one viewer's `lang` (a full-page viewer). */
import { directionOf } from '../i18n/strings';

export function followViewerLanguage(viewer: Element, onChange?: (lang: string) => void): void {
  const sync = (): void => {
    const lang = viewer.getAttribute('lang');
    if (!lang) return;
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    onChange?.(lang);
  };
  new MutationObserver(sync).observe(viewer, { attributes: true, attributeFilter: ['lang'] });
  sync();
}
