/**
 * A tiny promise wrapper over one IndexedDB object store (get / set / delete by key), in the
 * spirit of idb-keyval but with every failure returned as a value with a readable reason:
 * storage can be missing (some private windows), refused, or full, and the caller must be able to
 * say so on screen without losing what it shows. Works on the main thread and in workers.
 */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface KeyValueStore {
  get<T>(key: string): Promise<StoreResult<T | undefined>>;
  set(key: string, value: unknown): Promise<StoreResult<void>>;
  /** Writes every entry in one transaction: all are stored or none (none when `signal` aborts first). */
  setAll(
    entries: readonly (readonly [string, unknown])[],
    signal?: AbortSignal,
  ): Promise<StoreResult<void>>;
  delete(key: string): Promise<StoreResult<void>>;
}

export function idbStore(
  factory: IDBFactory | undefined,
  dbName: string,
  storeName = 'kv',
): KeyValueStore {
  let opening: Promise<StoreResult<IDBDatabase>> | null = null;
  const open = (): Promise<StoreResult<IDBDatabase>> => {
    if (opening) return opening;
    const attempt = new Promise<StoreResult<IDBDatabase>>((resolve) => {
      if (!factory) {
        resolve({
          ok: false,
          reason:
            'this browser offers no IndexedDB storage here (a private window, or storage turned off)',
        });
        return;
      }
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(dbName, 1);
      } catch (error) {
        resolve({ ok: false, reason: describeStorageError(error) });
        return;
      }
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName))
          request.result.createObjectStore(storeName);
      };
      request.onsuccess = () => resolve({ ok: true, value: request.result });
      request.onerror = () => resolve({ ok: false, reason: describeStorageError(request.error) });
      request.onblocked = () =>
        resolve({
          ok: false,
          reason:
            'the browser storage is in use by another tab of this app being upgraded; close it and try again',
        });
    }).then((result) => {
      // A failed open is not cached: storage may become available later (another try).
      if (!result.ok) opening = null;
      return result;
    });
    opening = attempt;
    return attempt;
  };

  function run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest | null | void,
    pick: (request: IDBRequest | null) => T,
    signal?: AbortSignal,
  ): Promise<StoreResult<T>> {
    return open().then(
      (db) =>
        new Promise<StoreResult<T>>((resolve) => {
          if (!db.ok) {
            resolve(db);
            return;
          }
          if (signal?.aborted) {
            resolve({ ok: false, reason: CANCELLED });
            return;
          }
          let request: IDBRequest | null = null;
          let tx: IDBTransaction | null = null;
          try {
            tx = db.value.transaction(storeName, mode);
            const current = tx;
            const cancel = () => current.abort();
            signal?.addEventListener('abort', cancel, { once: true });
            // Resolve on the transaction, not the request: a write is only safe once committed.
            tx.oncomplete = () => {
              signal?.removeEventListener('abort', cancel);
              resolve({ ok: true, value: pick(request) });
            };
            tx.onabort = () => {
              signal?.removeEventListener('abort', cancel);
              resolve({
                ok: false,
                reason: signal?.aborted
                  ? CANCELLED
                  : describeStorageError(current.error ?? request?.error),
              });
            };
            tx.onerror = (event) => event.preventDefault();
            request = work(tx.objectStore(storeName)) ?? null;
          } catch (error) {
            // put() throws synchronously for values it cannot clone (DataCloneError): abort, or
            // the puts before it would commit on their own and leave the store half-written.
            resolve({ ok: false, reason: describeStorageError(error) });
            try {
              tx?.abort();
            } catch {
              // Already finished or aborted: nothing was written.
            }
          }
        }),
    );
  }

  return {
    get: <T>(key: string) =>
      run(
        'readonly',
        (s) => s.get(key),
        (r) => (r?.result as T | undefined) ?? undefined,
      ),
    set: (key, value) =>
      run(
        'readwrite',
        (s) => s.put(value, key),
        () => undefined,
      ),
    setAll: (entries, signal) =>
      run(
        'readwrite',
        (s) => {
          for (const [key, value] of entries) s.put(value, key);
        },
        () => undefined,
        signal,
      ),
    delete: (key) =>
      run(
        'readwrite',
        (s) => s.delete(key),
        () => undefined,
      ),
  };
}

const CANCELLED = 'cancelled before it was written; the previous data stays stored';

/** Turns a DOMException from IndexedDB into words a person can act on. */
export function describeStorageError(error: unknown): string {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  // The error's name comes first, so a person (or a support page) can look it up.
  const named = (text: string) => (name ? `${name}: ${text}` : text);
  switch (name) {
    case 'QuotaExceededError':
      return named(
        'the browser’s storage for this site is full (quota exceeded); free some space or import fewer rows',
      );
    case 'InvalidStateError':
    case 'SecurityError':
      return named(
        'the browser does not allow storage here (a private window, or site data is blocked)',
      );
    case 'UnknownError':
      return named(`the browser’s storage failed (${message || 'unknown error'})`);
    case 'DataCloneError':
      return named(`the data could not be stored (${message || 'not storable'})`);
    default:
      return message
        ? named(`storage failed: ${message}`)
        : named('storage failed for an unknown reason');
  }
}
