import { useSyncExternalStore } from 'react';
import type { ImportReport } from '../../data/merge/importReport';
import type { Persistence } from '../../storage/persistStorage';
import type { ImportProgress, ReviewAnswer } from '../../workers/historyProtocol';
import type { StoreStatus } from '../../workers/historyClient';

/**
 * The state of the import in progress or last finished, kept outside React so switching to another
 * page and back does not lose the progress bar or the report. UI state only: the data itself lives
 * in the query cache (see applyHistory).
 */
export interface ImportSession {
  /** review = the merge is ready and waits for the user's word (report.confirm says why); nothing is saved yet. */
  phase: 'idle' | 'running' | 'review' | 'done' | 'cancelled' | 'failed' | 'reset';
  files: string[];
  progress: ImportProgress | null;
  /** True when the last import changed the data. */
  changed: boolean;
  report: ImportReport | null;
  /** Why the import stopped (worker failure); the data on screen is unchanged. */
  error: string | null;
  /** null while the browser is still storing. */
  stored: StoreStatus | null;
  cancel: (() => void) | null;
  /** While in review: save the merge as shown, or merge again with corrected dates. */
  answer: ((answer: ReviewAnswer) => void) | null;
  /** What the browser said when asked to keep the stored import (navigator.storage.persist). */
  persistence: Persistence | null;
}

const IDLE: ImportSession = {
  phase: 'idle',
  files: [],
  progress: null,
  changed: false,
  report: null,
  error: null,
  stored: null,
  cancel: null,
  answer: null,
  persistence: null,
};
let session: ImportSession = IDLE;
const listeners = new Set<() => void>();

export function getImportSession(): ImportSession {
  return session;
}

export function updateImportSession(change: Partial<ImportSession>): void {
  session = { ...session, ...change };
  for (const listener of listeners) listener();
}

export function useImportSession(): ImportSession {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getImportSession,
    getImportSession,
  );
}
