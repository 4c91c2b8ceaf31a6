import type { SnapshotCoverage, SnapshotKind } from './types';

/**
 * What a snapshot may say about the history, in one place for both merges (the build's
 * mergeSnapshots and the import's mergeIntoHistory) and the pages that describe the inputs.
 */
export interface ListedSnapshot {
  id: string;
  kind: SnapshotKind;
  date: string;
  coverage: SnapshotCoverage;
}

/** On the same day and list, the portal's own export is applied last, so its values win. */
const COVERAGE_RANK: Readonly<Record<SnapshotCoverage, number>> = {
  filtered: 0,
  partial: 1,
  derived: 2,
  complete: 3,
};

/** Oldest first; on the same date an archive before an under-investigation list, then by coverage and id. */
export function compareSnapshots(a: ListedSnapshot, b: ListedSnapshot): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'archive' ? -1 : 1;
  if (a.coverage !== b.coverage) return COVERAGE_RANK[a.coverage] - COVERAGE_RANK[b.coverage];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * An archive that proves HHS removed a record it does not list: the portal's whole archive (or a
 * hand-copied part of one, from its coverageFrom day on). A filtered archive leaves records out
 * by design and a derived listing may have dropped rows, so neither proves anything by absence.
 */
export function provesDeletion(s: ListedSnapshot): boolean {
  return s.kind === 'archive' && (s.coverage === 'complete' || s.coverage === 'partial');
}

/**
 * The under-investigation list that says which cases are open: the newest whole one, the portal's
 * own export before a derived listing of the same day. `sorted` is in compareSnapshots order.
 */
export function newestInvestigation<T extends ListedSnapshot>(sorted: readonly T[]): T | undefined {
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const s = sorted[i];
    if (s && s.kind === 'investigation' && (s.coverage === 'complete' || s.coverage === 'derived'))
      return s;
  }
  return undefined;
}

/** A whole archive list (the portal's or a derived one): after its date, quickly closed cases can be missing. */
export function isWholeArchive(s: { kind: string; coverage: string }): boolean {
  return s.kind === 'archive' && (s.coverage === 'complete' || s.coverage === 'derived');
}

const COVERAGES: readonly SnapshotCoverage[] = ['complete', 'partial', 'filtered', 'derived'];

/** A coverage read back from a manifest; anything unknown is taken as the cautious `filtered`. */
export function parseCoverage(text: string): SnapshotCoverage {
  return (COVERAGES as readonly string[]).includes(text) ? (text as SnapshotCoverage) : 'filtered';
}
