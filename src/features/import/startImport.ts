import type { QueryClient } from '@tanstack/react-query';
import { historyClient } from '../../queries/importedHistory';
import { applyHistory } from './applyHistory';
import { requestPersistentStorage } from '../../storage/persistStorage';
import { announceHistoryChange } from './historySync';
import { getImportSession, updateImportSession } from './importSession';

/**
 * Runs one import in the worker and shows its progress; on success every view switches to the
 * merged history, then the browser stores it (a storage failure is shown, the data stays on screen).
 * A refused file changes nothing: its message is in the report and the data already shown stays.
 */
export function startImport(client: QueryClient, files: File[]): void {
  const phase = getImportSession().phase;
  if (files.length === 0 || phase === 'running' || phase === 'review') return;
  const worker = historyClient();
  if (worker === null) {
    updateImportSession({
      phase: 'failed',
      error:
        'This browser cannot run the import (it offers no Web Workers here). The data on screen is unchanged.',
    });
    return;
  }
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const running = worker.import(
    files,
    (progress) => updateImportSession({ phase: 'running', progress }),
    // Nothing is saved until the user answers: apply, or merge again with corrected dates.
    (report) => updateImportSession({ phase: 'review', report, changed: false }),
  );
  updateImportSession({
    phase: 'running',
    files: files.map((f) => f.name),
    progress: {
      phase: 'reading',
      file: files[0]?.name ?? '',
      fileIndex: 0,
      files: files.length,
      bytes: 0,
      totalBytes,
      rows: 0,
    },
    changed: false,
    report: null,
    error: null,
    stored: null,
    cancel: running.cancel,
    answer: (answer) => {
      updateImportSession({ phase: 'running' });
      running.answer(answer);
    },
  });
  running.result.then(
    async (outcome) => {
      if (outcome === 'cancelled') {
        updateImportSession({
          phase: 'cancelled',
          progress: null,
          cancel: null,
          answer: null,
          report: null,
        });
        return;
      }
      if (outcome.changed && outcome.state) await applyHistory(client, outcome.state);
      updateImportSession({
        phase: 'done',
        progress: null,
        cancel: null,
        answer: null,
        changed: outcome.changed,
        report: outcome.report,
        stored: outcome.changed ? null : { ok: true },
      });
      if (outcome.changed) {
        const stored = await outcome.stored;
        updateImportSession({ stored });
        if (stored.ok) {
          announceHistoryChange('import');
          // Without it the browser may clear the import to free space.
          updateImportSession({ persistence: await requestPersistentStorage() });
        }
      }
    },
    (error: unknown) =>
      updateImportSession({
        phase: 'failed',
        progress: null,
        cancel: null,
        answer: null,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
}

/** Forgets every import: the shipped data comes back and the stored copy is deleted. */
export async function resetToShipped(client: QueryClient): Promise<void> {
  const worker = historyClient();
  const stored = worker ? await worker.reset() : ({ ok: true } as const);
  await applyHistory(client, null);
  if (stored.ok) announceHistoryChange('reset');
  updateImportSession({
    phase: 'reset',
    report: null,
    changed: false,
    error: null,
    stored,
    progress: null,
  });
}
