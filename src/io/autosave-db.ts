/**
 * The editor's autosave: the working copy of each file in IndexedDB (database `kg-viewer`,
 * store `autosave`), keyed by the file's URL or name, so a crash or a reload never loses work.
 * Every function resolves (never rejects): a browser without IndexedDB (or in a private mode
 * that refuses it) simply has no autosave.
 */
const DB_NAME = 'kg-viewer';
const STORE = 'autosave';

export interface AutosaveEntry {
  readonly key: string;
  /** The working copy, serialized canonically. */
  readonly text: string;
  /** When it was written (ms since the epoch). */
  readonly savedAt: number;
}

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(undefined);
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        db.close();
        resolve(request.result);
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        resolve(undefined);
      };
    } catch {
      db.close();
      resolve(undefined);
    }
  });
}

export async function readAutosave(key: string): Promise<AutosaveEntry | undefined> {
  const entry = (await run('readonly', (store) => store.get(key))) as AutosaveEntry | undefined;
  return entry && typeof entry.text === 'string' && typeof entry.savedAt === 'number' ? entry : undefined;
}

export async function writeAutosave(entry: AutosaveEntry): Promise<void> {
  await run('readwrite', (store) => store.put(entry));
}

export async function deleteAutosave(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key));
}
