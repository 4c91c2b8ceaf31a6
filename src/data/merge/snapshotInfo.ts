import type { Snapshot } from '../schema/types';

/** A snapshot as a history or a manifest remembers it: everything but its records, which it counts. */
export type SnapshotInfo = Omit<Snapshot, 'records'> & { records: number };

export function snapshotInfo(snapshot: Snapshot, id = snapshot.id): SnapshotInfo {
  return {
    id,
    file: snapshot.file,
    kind: snapshot.kind,
    date: snapshot.date,
    coverage: snapshot.coverage,
    ...(snapshot.coverageFrom ? { coverageFrom: snapshot.coverageFrom } : {}),
    records: snapshot.records.length,
  };
}
