/**
 * The one message the viewer itself shows under `npm start` when the file on disk was saved with
 * errors (the rest of edit mode's strings are in editor-strings.ts, which only the editor loads).
 */
const arNum = (n: number): string => n.toLocaleString('ar-EG');

const LIVE_FILE = {
  en: {
    brokenOnDisk: (n: number) =>
      `The file on disk has ${n === 1 ? '1 problem' : `${n} problems`}; the last good version stays on screen until it is fixed.`,
  },
  ar: {
    brokenOnDisk: (n: number) =>
      `في الملف على القرص ${n === 1 ? 'مشكلة واحدة' : `${arNum(n)} مشكلات`}؛ تبقى آخر نسخة سليمة معروضة حتى يُصلَح.`,
  },
} as const;

export function liveFileStrings(lang: string): (typeof LIVE_FILE)['en'] {
  return lang.toLowerCase().split('-')[0] === 'ar' ? LIVE_FILE.ar : LIVE_FILE.en;
}

