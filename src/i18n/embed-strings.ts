/**
 * UI strings of embedding: the gesture hint, the share dialog, and the main page's "open a
 * graph" controls, in every UI language (kept apart from strings.ts, which holds the viewer's).
 */
import { uiLanguage } from './strings';

const en = {
  wheelHint: (key: string) => `Use ${key} + scroll to zoom the graph`,
  touchHint: 'Use two fingers to move the graph',
  share: 'Share',
  shareTitle: 'Share this view',
  shareIntro: 'The graph as you see it now: language, selection, filters and path.',
  link: 'Link to this view',
  scriptEmbed: 'Embed in a page (script)',
  iframeEmbed: 'Embed where scripts are not allowed (iframe)',
  copy: 'Copy',
  copied: 'Copied',
  copyBySelection: (key: string) => `Selected: press ${key} + C to copy`,
  close: 'Close',
  localFileNote: 'This graph was opened from a file, not a web address: publish the file and put its address in src.',
  openFile: 'Open a file…',
  openFileTitle: 'Open a graph file (.json) from this computer',
  dropFile: 'Drop a graph file (.json) to open it',
};

/** Arabic: every key of the English set (the type makes a missing one an error). */
const ar: EmbedStrings = {
  wheelHint: (key: string) => `لتكبير الشبكة استخدم ${key} مع عجلة التمرير`,
  touchHint: 'حرّك الشبكة بإصبعين',
  share: 'مشاركة',
  shareTitle: 'شارك هذا العرض',
  shareIntro: 'الشبكة كما تراها الآن: اللغة والتحديد والمرشّحات والمسار.',
  link: 'رابط هذا العرض',
  scriptEmbed: 'التضمين في صفحة (سكربت)',
  iframeEmbed: 'التضمين حيث لا يُسمح بالسكربتات (إطار iframe)',
  copy: 'نسخ',
  copied: 'نُسخ',
  copyBySelection: (key: string) => `حُدّد النص: اضغط ${key} + C لنسخه`,
  close: 'إغلاق',
  localFileNote: 'فُتحت هذه الشبكة من ملف لا من عنوان على الويب: انشر الملف وضع عنوانه في src.',
  openFile: 'افتح ملفًا…',
  openFileTitle: 'افتح ملف شبكة (json.) من هذا الحاسوب',
  dropFile: 'أفلت ملف شبكة (json.) لفتحه',
};

export type EmbedStrings = typeof en;

export const EMBED_STRINGS: Readonly<Record<'en' | 'ar', EmbedStrings>> = { en, ar };

/** The embedding strings for a language (English for languages without UI text). */
export function embedStrings(lang: string): EmbedStrings {
  return EMBED_STRINGS[uiLanguage(lang)];
}
