/**
 * A small in-memory stand-in for IndexedDB with switchable failures, enough for idbStore:
 * open (with upgrade), one object store, get / put / delete in transactions that complete or abort.
 */
export interface FakeOptions {
  /** open() fails with this DOMException name (e.g. a private window: InvalidStateError). */
  openError?: string;
  /** open() throws synchronously (SecurityError in some sandboxes). */
  openThrows?: string;
  /** Write transactions abort with this error name (e.g. QuotaExceededError). */
  writeAbort?: string;
}

function domError(name: string): Error {
  const e = new Error(`${name} (fake)`);
  e.name = name;
  return e;
}

export function fakeIndexedDb(options: FakeOptions = {}) {
  const data = new Map<string, unknown>();
  let stores = new Set<string>();
  const later = (fn: () => void) => setTimeout(fn, 0);
  const factory = {
    open(_name: string) {
      if (options.openThrows) throw domError(options.openThrows);
      const request: Record<string, unknown> & { result?: unknown; error?: unknown } = {};
      later(() => {
        if (options.openError) {
          request.error = domError(options.openError);
          (request.onerror as () => void)?.();
          return;
        }
        const db = {
          objectStoreNames: { contains: (n: string) => stores.has(n) },
          createObjectStore: (n: string) => {
            stores = new Set([...stores, n]);
          },
          transaction(_store: string, mode: string) {
            const tx: Record<string, unknown> & { error?: unknown } = {};
            const pending = new Map<string, unknown>();
            const deleted = new Set<string>();
            const store = {
              get: (key: string) => {
                const r: { result?: unknown } = {};
                r.result = data.get(key);
                return r;
              },
              put: (value: unknown, key: string) => {
                if (typeof value === 'function') throw domError('DataCloneError');
                pending.set(key, structuredClone(value));
                return {};
              },
              delete: (key: string) => {
                deleted.add(key);
                return {};
              },
            };
            let aborted = false;
            tx.abort = () => {
              if (aborted) return;
              aborted = true;
              tx.error = domError('AbortError');
              (tx.onabort as () => void)?.();
            };
            later(() => {
              if (aborted) return;
              if (mode === 'readwrite' && options.writeAbort) {
                tx.error = domError(options.writeAbort);
                (tx.onabort as () => void)?.();
                return;
              }
              for (const k of deleted) data.delete(k);
              for (const [k, v] of pending) data.set(k, v);
              (tx.oncomplete as () => void)?.();
            });
            tx.objectStore = () => store;
            return tx;
          },
        };
        request.result = db;
        (request.onupgradeneeded as () => void)?.();
        (request.onsuccess as () => void)?.();
      });
      return request;
    },
  };
  return { factory: factory as unknown as IDBFactory, data, options };
}
