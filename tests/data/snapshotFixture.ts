import type {
  ExportRecord,
  Snapshot,
  SnapshotCoverage,
  SnapshotKind,
} from '../../src/data/schema/types';

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

/**
 * A breach every whole list of its kind holds, so a hand-written list earns its completeness
 * (judgeSnapshots): an archive reaches back to 2009, an under-investigation list spans ~24 months.
 */
export const ANCHOR: Record<SnapshotKind, ExportRecord> = {
  archive: record({ name: 'First Archived Case', state: 'DC', submitted: '2009-10-21' }),
  investigation: record({ name: 'Long Open Case', state: 'DC', submitted: '2022-06-01' }),
};

/** A whole list (complete unless said otherwise) with its kind's ANCHOR as the last record. */
export function whole(
  kind: SnapshotKind,
  date: string,
  records: ExportRecord[],
  coverage: SnapshotCoverage = 'complete',
): Snapshot {
  return snapshot(kind, date, [...records, ANCHOR[kind]], coverage);
}

export const isAnchor = (b: { name: string }) =>
  b.name === ANCHOR.archive.name || b.name === ANCHOR.investigation.name;
