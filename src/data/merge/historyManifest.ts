import type { History } from './mergeIntoHistory';
import type { Manifest } from '../datasets/parseManifest';
import { knownGaps } from './knownGaps';

/**
 * The manifest of a history that imported exports extended: the shipped manifest's source, the
 * known gaps worded anew from the merged snapshots, with the as-of date, submission range, totals and snapshot list of the merged history,
 * and a note naming the imported files (read in the browser, not checked by the project).
 */
export function historyManifest(
  base: Manifest,
  history: History,
  importedFiles: readonly string[],
  importedRows: number,
): Manifest {
  const newest = history.snapshots.at(-1);
  const asOf = newest?.date ?? base.asOf;
  const gaps = knownGaps(history.snapshots, asOf);
  if (importedFiles.length > 0) {
    gaps.push(
      `${IMPORT_NOTE} ${importedFiles.length === 1 ? 'one export' : `${importedFiles.length} exports`} (${importedFiles.join(', ')}), read and merged by the same code as the shipped files but not checked by the project.`,
    );
  }
  return {
    ...base,
    asOf,
    submittedFrom: history.breaches.at(-1)?.submitted ?? base.submittedFrom,
    submittedTo: history.breaches[0]?.submitted ?? base.submittedTo,
    breaches: history.breaches.length,
    rowsRead: base.rowsRead + importedRows,
    snapshots: history.snapshots.map((s) => ({
      id: s.id,
      file: s.file,
      kind: s.kind,
      date: s.date,
      coverage: s.coverage,
      ...(s.coverageFrom ? { coverageFrom: s.coverageFrom } : {}),
      records: s.records,
    })),
    knownGaps: gaps,
  };
}

export const IMPORT_NOTE = 'Imported in this browser:';
