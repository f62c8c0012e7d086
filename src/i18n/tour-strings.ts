/**
 * UI strings of tours, read-along and handouts, in every UI language (kept apart from
 * strings.ts so the features that teach with the viewer own their words).
 */
import { uiLanguage, type UiLanguage } from './strings';

/** Arabic UI text writes numbers with Arabic-Indic digits. */
const arNum = (n: number): string => n.toLocaleString('ar-EG');

export const TOUR_STRINGS = {
  en: {
    tour: 'Tour',
    tours: 'Tours',
    tourMenu: 'Guided tours',
    stopTour: 'Stop the tour',
    tourRegion: (title: string) => `Tour: ${title}`,
    stepOf: (step: number, of: number) => `Step ${step} of ${of}`,
    previous: 'Previous',
    next: 'Next',
    finish: 'Finish',
    exit: 'Leave the tour',
    keysHint: '→ next · ← previous · Esc leaves',
    moreQuotes: (n: number) => (n === 1 ? '1 more quote' : `${n} more quotes`),
    autoplaying: 'Playing by itself',
    paused: 'Paused',
    pause: 'Pause',
    resume: 'Resume',
    playFromStep: (step: number) => `Play from step ${step}`,
    playTour: 'Play',
    readAlong: 'Read along',
    readAlongHint: 'Lights the facts of the paragraph you are reading.',
    inThisParagraph: 'In this paragraph',
    nothingInParagraph: 'No fact is quoted in the paragraphs in view.',
    litFacts: (n: number, labels: string) => (n === 1 ? `Lit: ${labels}` : `Lit ${n} facts: ${labels}`),
    saveView: 'Save or print this view',
    saveViewShort: 'Handout',
    png: 'PNG image',
    svg: 'SVG image',
    print: 'Print',
    saving: 'Preparing the handout…',
    saveFailed: 'The handout could not be made',
    legend: 'Legend',
    sourcesAndQuotes: 'Sources and quotes',
    sources: 'Sources',
    backs: 'Backs',
    moreQuotesLeftOut: (n: number) => `…and ${n} more quotes (narrow the view to list them).`,
    madeFrom: (title: string) => `From: ${title}`,
  },
  ar: {
    tour: 'جولة',
    tours: 'الجولات',
    tourMenu: 'جولات مرشدة',
    stopTour: 'أوقف الجولة',
    tourRegion: (title: string) => `جولة: ${title}`,
    stepOf: (step: number, of: number) => `الخطوة ${arNum(step)} من ${arNum(of)}`,
    previous: 'السابق',
    next: 'التالي',
    finish: 'إنهاء',
    exit: 'اخرج من الجولة',
    keysHint: '← التالي، → السابق، Esc للخروج',
    moreQuotes: (n: number) => (n === 1 ? 'اقتباس آخر' : `${arNum(n)} اقتباسات أخرى`),
    autoplaying: 'تُعرض تلقائيًا',
    paused: 'متوقفة مؤقتًا',
    pause: 'إيقاف مؤقت',
    resume: 'استئناف',
    playFromStep: (step: number) => `ابدأ من الخطوة ${arNum(step)}`,
    playTour: 'ابدأ',
    readAlong: 'القراءة المصاحبة',
    readAlongHint: 'تُضيء حقائق الفقرة التي تقرؤها.',
    inThisParagraph: 'في هذه الفقرة',
    nothingInParagraph: 'لا حقيقة مقتبسة من الفقرات الظاهرة.',
    litFacts: (n: number, labels: string) => (n === 1 ? `أُضيئت: ${labels}` : `أُضيئت ${arNum(n)} حقائق: ${labels}`),
    saveView: 'احفظ هذا العرض أو اطبعه',
    saveViewShort: 'نشرة',
    png: 'صورة PNG',
    svg: 'صورة SVG',
    print: 'طباعة',
    saving: 'جارٍ إعداد النشرة…',
    saveFailed: 'تعذّر إعداد النشرة',
    legend: 'المفتاح',
    sourcesAndQuotes: 'المصادر والاقتباسات',
    sources: 'المصادر',
    backs: 'يسند',
    moreQuotesLeftOut: (n: number) => `…و${arNum(n)} اقتباسات أخرى (ضيّق العرض لسردها).`,
    madeFrom: (title: string) => `المصدر: ${title}`,
  },
} as const satisfies Record<UiLanguage, unknown>;

export type TourStrings = (typeof TOUR_STRINGS)[UiLanguage];

/** The tour, read-along and handout strings for a language (English for languages without UI text). */
export function tourStrings(lang: string): TourStrings {
  return TOUR_STRINGS[uiLanguage(lang)];
}
