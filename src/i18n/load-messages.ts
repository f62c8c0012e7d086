/**
 * What went wrong with fetching a graph, in words, in every UI language: what happened, and
 * for the failures a browser cannot tell apart, the likely causes and what to do.
 */
import type { FetchFailure } from '../io/fetch-graph';
import { formatNumber, uiLanguage, type UiLanguage } from './strings';

export interface LoadMessage {
  /** One sentence: what happened. */
  readonly summary: string;
  /** Likely causes and remedies, one per item (may be empty). */
  readonly causes: readonly string[];
}

const megabytes = (bytes: number, lang: string): string => formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, lang);
const seconds = (ms: number, lang: string): string => formatNumber(Math.round(ms / 1000), lang);

const MESSAGES: Record<UiLanguage, (f: FetchFailure, lang: string) => LoadMessage> = {
  en: (f, lang) => {
    switch (f.kind) {
      case 'not-found':
        return { summary: `No graph file was found at this address (the server answered ${f.status ?? 404}).`, causes: ['Check the address for a typo, and that the file was published with the page.'] };
      case 'http-error':
        return {
          summary: `The server could not send the graph file (it answered ${f.status ?? '?'}${(f.status ?? 0) >= 500 ? ', an error on its side' : ''}).`,
          causes: (f.status ?? 0) >= 500 ? ['Try again in a moment.'] : ['The file may need a login, or the server refuses this request.'],
        };
      case 'timed-out':
        return { summary: `The server did not send the graph file within ${seconds(f.timeoutMs ?? 0, lang)} seconds.`, causes: ['The connection or the server may be slow: try again.'] };
      case 'network':
        return {
          summary: 'The browser could not fetch the graph file; it does not say why.',
          causes: [
            'You may be offline.',
            'The file is on another site that does not allow this page to read it (CORS): that site must answer with the header "Access-Control-Allow-Origin" naming this page\'s origin (or "*").',
            'The address may redirect in a loop, or the server may refuse the connection.',
          ],
        };
      case 'too-large':
        return {
          summary: `The graph file is too large${f.size !== undefined ? ` (${megabytes(f.size, lang)} MB)` : ''}: at most ${megabytes(f.limit ?? 0, lang)} MB can be shown.`,
          causes: ['Split the graph, or open a smaller part of it.'],
        };
      case 'cut-off':
        return { summary: 'The download of the graph file was cut off before it was complete.', causes: ['Try again; if it keeps happening, the server may be closing the connection early.'] };
      case 'not-json':
        return { summary: 'The server sent a web page, not a graph file.', causes: ['The address may point to an HTML page (or an error page) instead of the .json file.'] };
    }
  },
  ar: (f, lang) => {
    switch (f.kind) {
      case 'not-found':
        return { summary: `لم يُعثر على ملف شبكة في هذا العنوان (أجاب الخادم بالرمز ${formatNumber(f.status ?? 404, lang)}).`, causes: ['تحقّق من العنوان ومن أن الملف نُشر مع الصفحة.'] };
      case 'http-error':
        return {
          summary: `تعذّر على الخادم إرسال ملف الشبكة (أجاب بالرمز ${formatNumber(f.status ?? 0, lang)}${(f.status ?? 0) >= 500 ? '، وهو خطأ من جهته' : ''}).`,
          causes: (f.status ?? 0) >= 500 ? ['أعد المحاولة بعد قليل.'] : ['قد يتطلّب الملف تسجيل دخول، أو أن الخادم يرفض هذا الطلب.'],
        };
      case 'timed-out':
        return { summary: `لم يُرسل الخادم ملف الشبكة خلال ${seconds(f.timeoutMs ?? 0, lang)} ثانية.`, causes: ['قد يكون الاتصال أو الخادم بطيئًا: أعد المحاولة.'] };
      case 'network':
        return {
          summary: 'تعذّر على المتصفح جلب ملف الشبكة، وهو لا يذكر السبب.',
          causes: [
            'ربما أنت غير متصل بالإنترنت.',
            'الملف على موقع آخر لا يسمح لهذه الصفحة بقراءته (CORS): يجب أن يُرسل ذلك الموقع الترويسة "Access-Control-Allow-Origin" باسم أصل هذه الصفحة (أو "*").',
            'ربما يُعيد العنوان التوجيه في حلقة، أو يرفض الخادم الاتصال.',
          ],
        };
      case 'too-large':
        return {
          summary: `ملف الشبكة كبير جدًا${f.size !== undefined ? ` (${megabytes(f.size, lang)} ميغابايت)` : ''}: الحد الأقصى ${megabytes(f.limit ?? 0, lang)} ميغابايت.`,
          causes: ['قسّم الشبكة، أو افتح جزءًا أصغر منها.'],
        };
      case 'cut-off':
        return { summary: 'انقطع تنزيل ملف الشبكة قبل أن يكتمل.', causes: ['أعد المحاولة؛ وإن تكرّر ذلك فربما يُغلق الخادم الاتصال مبكرًا.'] };
      case 'not-json':
        return { summary: 'أرسل الخادم صفحة ويب، لا ملف شبكة.', causes: ['ربما يشير العنوان إلى صفحة HTML (أو صفحة خطأ) بدل ملف ‎.json.'] };
    }
  },
};

/** The words for a fetch failure in the UI language closest to `lang`. */
export function loadFailureMessage(failure: FetchFailure, lang: string): LoadMessage {
  return MESSAGES[uiLanguage(lang)](failure, lang);
}

/** Why a valid graph could not be drawn, in words. */
export function drawFailureMessage(failure: { readonly pollutedKeys: readonly string[]; readonly detail: string }, lang: string): string {
  const keys = failure.pollutedKeys.map((k) => `"${k}"`).join(', ');
  if (uiLanguage(lang) === 'ar') {
    return failure.pollutedKeys.length
      ? `تعذّر رسم الشبكة: أضاف سكربت آخر في هذه الصفحة الخصائص ${keys} إلى Object.prototype، وهذا يمنع مكتبة الرسم من البدء. (${failure.detail})`
      : `تعذّر رسم الشبكة: لم تبدأ مكتبة الرسم. (${failure.detail})`;
  }
  return failure.pollutedKeys.length
    ? `The graph could not be drawn: another script on this page added ${keys} to Object.prototype, which stops the drawing library from starting. (${failure.detail})`
    : `The graph could not be drawn: the drawing library did not start. (${failure.detail})`;
}
