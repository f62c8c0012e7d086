/**
 * Every UI string of the viewer, for every UI language, in one place. The graph's own text
 * (labels, descriptions, quotes) comes from the file, never from here.
 */
/** Arabic UI text writes numbers with Arabic-Indic digits. */
const arNum = (n: number): string => n.toLocaleString('ar-EG');

export const UI_STRINGS = {
  en: {
    graphLabel: 'Knowledge graph',
    graphDescription: (nodes: number, edges: number) =>
      `${nodes} nodes and ${edges} relations. Arrow keys move between a node and its neighbours, Enter opens details, slash searches, Escape backs out.`,
    loading: 'Loading the graph…',
    loadFailed: 'This graph could not be shown',
    retry: 'Try again',
    problemsFound: (n: number) => (n === 1 ? '1 problem found:' : `${n} problems found:`),
    moreProblems: (n: number) => `…and ${n} more`,
    searchPlaceholder: 'Search nodes',
    searchLabel: 'Search the graph',
    noResults: 'No match',
    resultsCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    fit: 'Fit to screen',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    relayout: 'Re-run layout',
    language: 'Language',
    themeDark: 'Dark',
    legend: 'Legend and filters',
    nodeTypes: 'Node types',
    edgeTypes: 'Relation types',
    statuses: 'How firm',
    close: 'Close',
    details: 'Details',
    type: 'Type',
    aliases: 'Also called',
    relations: 'Relations',
    noRelations: 'No relations shown',
    evidence: 'Evidence',
    noEvidence: 'No evidence quoted',
    saidBy: 'said by',
    showInSource: 'Show in source',
    source: 'Source',
    status: 'Status',
    when: 'When',
    topics: 'About',
    between: 'Between',
    links: 'Links',
    textView: 'Graph as text',
    pathFinder: 'How are they connected?',
    pathFrom: 'From',
    pathTo: 'To',
    findPath: 'Find',
    clearPath: 'Clear',
    noPath: 'No connection between them in the visible graph.',
    pathCount: (n: number, hops: number) =>
      `${n === 1 ? '1 shortest path' : `${n} shortest paths`} of ${hops} ${hops === 1 ? 'step' : 'steps'}`,
    choose: 'Choose…',
    selected: (label: string, type: string, relations: number) =>
      `Selected ${label}, ${type}, ${relations} ${relations === 1 ? 'relation' : 'relations'}.`,
    selectionCleared: 'Selection cleared.',
    degradedLarge: 'Large graph: labels appear as you zoom in, edges are simplified.',
    layoutRunning: 'Arranging…',
    sourceText: 'Source text',
    backToFact: 'Facts this sentence backs',
    edge: 'relation',
    controls: 'Graph controls',
    statusNone: 'no status',
    oneMoreStep: 'One more step',
    backToOneStep: 'Back to one step',
    oneMoreStepHint: 'Also light the neighbours’ neighbours',
    litAround: (label: string, steps: number, nodes: number) =>
      `Lit around ${label}, within ${steps} ${steps === 1 ? 'step' : 'steps'}: ${nodes} ${nodes === 1 ? 'node' : 'nodes'}.`,
  },
  ar: {
    graphLabel: 'شبكة المعرفة',
    graphDescription: (nodes: number, edges: number) =>
      `${arNum(nodes)} عقدة و${arNum(edges)} علاقة. تنقّل بمفاتيح الأسهم بين العقدة وجيرانها، وافتح التفاصيل بمفتاح الإدخال، وابحث بالشرطة المائلة، وتراجع بمفتاح الهروب.`,
    loading: 'جارٍ تحميل الشبكة…',
    loadFailed: 'تعذّر عرض هذه الشبكة',
    retry: 'أعد المحاولة',
    problemsFound: (n: number) => (n === 1 ? 'وُجدت مشكلة واحدة:' : `وُجدت ${arNum(n)} مشكلات:`),
    moreProblems: (n: number) => `…و${arNum(n)} غيرها`,
    searchPlaceholder: 'ابحث في العقد',
    searchLabel: 'البحث في الشبكة',
    noResults: 'لا نتائج',
    resultsCount: (n: number) => (n === 1 ? 'نتيجة واحدة' : `${arNum(n)} نتائج`),
    fit: 'ملاءمة الشاشة',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    relayout: 'إعادة الترتيب',
    language: 'اللغة',
    themeDark: 'داكن',
    legend: 'المفتاح والمرشّحات',
    nodeTypes: 'أنواع العقد',
    edgeTypes: 'أنواع العلاقات',
    statuses: 'درجة الثبوت',
    close: 'إغلاق',
    details: 'التفاصيل',
    type: 'النوع',
    aliases: 'يُسمّى أيضًا',
    relations: 'العلاقات',
    noRelations: 'لا علاقات ظاهرة',
    evidence: 'الشاهد',
    noEvidence: 'لا شاهد مقتبس',
    saidBy: 'على لسان',
    showInSource: 'اعرض في المصدر',
    source: 'المصدر',
    status: 'الحالة',
    when: 'متى',
    topics: 'حول',
    between: 'بين',
    links: 'روابط',
    textView: 'الشبكة نصًا',
    pathFinder: 'كيف يرتبطان؟',
    pathFrom: 'من',
    pathTo: 'إلى',
    findPath: 'ابحث',
    clearPath: 'مسح',
    noPath: 'لا صلة بينهما في الشبكة الظاهرة.',
    pathCount: (n: number, hops: number) =>
      `${n === 1 ? 'أقصر مسار واحد' : `${arNum(n)} من أقصر المسارات`}، ${hops === 1 ? 'خطوة واحدة' : `${arNum(hops)} خطوات`}`,
    choose: 'اختر…',
    selected: (label: string, type: string, relations: number) =>
      `تم اختيار ${label}، ${type}، ${arNum(relations)} ${relations === 1 ? 'علاقة' : 'علاقات'}.`,
    selectionCleared: 'أُلغي الاختيار.',
    degradedLarge: 'شبكة كبيرة: تظهر التسميات عند التكبير، وتُبسَّط الروابط.',
    layoutRunning: 'جارٍ الترتيب…',
    sourceText: 'نص المصدر',
    backToFact: 'حقائق تستند إلى هذه الجملة',
    edge: 'علاقة',
    controls: 'أدوات التحكم',
    statusNone: 'بلا حالة',
    oneMoreStep: 'خطوة أخرى',
    backToOneStep: 'العودة إلى خطوة واحدة',
    oneMoreStepHint: 'أضئ جيران الجيران أيضًا',
    litAround: (label: string, steps: number, nodes: number) =>
      `المضاء حول ${label} على بُعد ${steps === 1 ? 'خطوة واحدة' : 'خطوتين'}، عدد العقد: ${arNum(nodes)}.`,
  },
} as const;

export type UiLanguage = keyof typeof UI_STRINGS;
export type UiStrings = (typeof UI_STRINGS)[UiLanguage];

/** Built-in status words, in every UI language (a file may declare more in meta.statuses). */
export const STATUS_LABELS: Record<UiLanguage, Record<string, string>> = {
  en: {
    signed: 'signed', agreed: 'agreed', offered: 'offered', proposed: 'proposed',
    planned: 'planned', announced: 'announced', stated: 'stated',
  },
  ar: {
    signed: 'موقّع', agreed: 'متّفق عليه', offered: 'معروض', proposed: 'مقترح',
    planned: 'مخطّط', announced: 'معلن', stated: 'مذكور',
  },
};

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Writing direction of a BCP 47 language tag. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** The UI strings for a language, falling back to English for languages we have no UI text for. */
export function uiStrings(lang: string): UiStrings {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(UI_STRINGS, primary) ? UI_STRINGS[primary as UiLanguage] : UI_STRINGS.en;
}

/** The UI language used for a content language. */
export function uiLanguage(lang: string): UiLanguage {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(UI_STRINGS, primary) ? (primary as UiLanguage) : 'en';
}

/** Digits as the language writes them in running UI text (Arabic-Indic for Arabic). */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(uiLanguage(lang) === 'ar' ? 'ar-EG' : 'en-US').format(n);
}
