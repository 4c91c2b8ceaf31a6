/** What the browser said when asked to keep this site's storage. */
export type Persistence = 'persisted' | 'refused' | 'unavailable';

/**
 * Asks the browser to keep this site's storage under storage pressure (navigator.storage.persist):
 * without it, a browser may clear imported data to free space. Never throws.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
