import type { ExportRecord, Snapshot, SnapshotCoverage, SnapshotKind } from '../../src/data/types';

/** Builds hand-written snapshots for merge tests; only the fields a test cares about are given. */
export function record(
  fields: Partial<ExportRecord> & Pick<ExportRecord, 'name' | 'submitted'>,
): ExportRecord {
  return {
    file: 'fixture.csv',
    row: 2,
    state: 'WI',
    entityType: 'Healthcare Provider',
    individuals: 1000,
    breachTypes: ['Hacking/IT Incident'],
    locations: ['Email'],
    businessAssociate: false,
    hasWebDescription: false,
    ...fields,
  };
}

export function snapshot(
  kind: SnapshotKind,
  date: string,
  records: ExportRecord[],
  coverage: SnapshotCoverage = 'complete',
  coverageFrom?: string,
): Snapshot {
  const id = `${kind}-${date}`;
  const file = `${id}.csv`;
  return {
    id,
    file,
    kind,
    date,
    coverage,
    ...(coverageFrom ? { coverageFrom } : {}),
    records: records.map((r, i) => ({ ...r, file, row: i + 2 })),
  };
}
