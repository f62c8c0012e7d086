/**
 * Writing the editor's working copy out: as a download (any page), or back into `data/` through
 * the dev server's endpoint (`npm start` only; see src/dev/save-handler.ts). The text is always
 * the canonical serializer's output.
 */
import type { Problem } from '../format/problem';

/** Offers the text as a file download. */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type DevSaveOutcome =
  | { readonly ok: true; readonly bytes: number }
  | { readonly ok: false; readonly error: string; readonly problems?: readonly Problem[] };

/** The dev server's save endpoint (mirrors SAVE_ENDPOINT in src/dev/save-handler.ts). */
export const DEV_SAVE_ENDPOINT = '/__kg/save';

/** Saves the text to `path` (`data/…json`) through the dev server. */
export async function saveToDevServer(path: string, text: string, fetchImpl: typeof fetch = fetch): Promise<DevSaveOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`${DEV_SAVE_ENDPOINT}?file=${encodeURIComponent(path)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: text,
    });
  } catch {
    return { ok: false, error: 'the dev server did not answer' };
  }
  let body: { ok?: boolean; error?: string; bytes?: number; problems?: Problem[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not our endpoint (a static server): say so below.
  }
  if (response.ok && body.ok) return { ok: true, bytes: body.bytes ?? text.length };
  return { ok: false, error: body.error ?? `the server answered ${response.status}`, ...(body.problems ? { problems: body.problems } : {}) };
}
