import { describe, expect, it } from 'vitest';
import { describeSnapshot, describeSnapshots } from '../../../src/data/merge/describeSnapshot';
import type { ExportRecord } from '../../../src/data/schema/types';

const record = (submitted: string, hasWebDescription = false): ExportRecord => ({
  file: 'f.csv',
  row: 2,
  name: 'Elm Clinic',
  state: 'OH',
  entityType: 'Healthcare Provider',
  individuals: 600,
  submitted,
  breachTypes: ['Theft'],
  locations: ['Laptop'],
  businessAssociate: false,
  hasWebDescription,
});

describe('describeSnapshot', () => {
  it('describeSnapshot(file) reads kind and date from a reference name; full lists are complete', () => {
    const records = [record('2024-04-26', true)];
    expect(describeSnapshot('archive-2024-08-07_soudunno.csv', records)).toEqual({
      id: 'archive-2024-08-07',
      file: 'archive-2024-08-07_soudunno.csv',
      kind: 'archive',
      date: '2024-08-07',
      dateFrom: 'name',
      coverage: 'complete',
      records,
    });
    expect(
      describeSnapshot('investigation-2025-06-25_lindsaywhipple.csv', [record('2025-06-13')]),
    ).toMatchObject({
      id: 'investigation-2025-06-25',
      kind: 'investigation',
      date: '2025-06-25',
      coverage: 'complete',
    });
  });

  it('describeSnapshot(file, records, {date}) takes the date the user gave over the one in the name, and says so', () => {
    const s = describeSnapshot('investigation-2024-11-06_x.csv', [], { date: '2024-11-20' });
    expect([s.id, s.date, s.dateFrom]).toEqual(['investigation-2024-11-20', '2024-11-20', 'given']);
  });

  it('describeSnapshot(file, records) dates a name without a date by its newest submission, and says so', () => {
    const s = describeSnapshot('breach_report.csv', [record('2025-01-09'), record('2025-02-01')]);
    expect([s.id, s.date, s.dateFrom]).toEqual([
      'investigation-2025-02-01',
      '2025-02-01',
      'newest-submission',
    ]);
  });

  it('describeSnapshot(file) strips directories from the file name', () => {
    expect(describeSnapshot('/data/raw/investigation-2024-11-06_x.csv', []).file).toBe(
      'investigation-2024-11-06_x.csv',
    );
  });

  it('describeSnapshot(file) makes a transcribed subset partial, dated by its newest row, complete from the day after its oldest row', () => {
    const snapshot = describeSnapshot('archive-2026-03_wendy160-features_transcribed-subset.csv', [
      record('2026-02-03', true),
      record('2025-06-01'),
      record('2024-12-20', true),
    ]);
    expect(snapshot).toMatchObject({
      id: 'archive-2026-02-03-partial',
      kind: 'archive',
      date: '2026-02-03',
      coverage: 'partial',
      coverageFrom: '2024-12-21',
    });
  });

  it('describeSnapshot(file, records, {kind}) marks a filtered- name as filtered with a -filtered id', () => {
    const snapshot = describeSnapshot(
      'filtered-archive+investigation-2025-05-11_gershkovich.xlsx',
      [record('2025-05-01')],
      { kind: 'investigation' },
    );
    expect(snapshot).toMatchObject({
      id: 'investigation-2025-05-11-filtered',
      kind: 'investigation',
      date: '2025-05-11',
      coverage: 'filtered',
    });
    expect(snapshot.coverageFrom).toBeUndefined();
  });

  it("describeSnapshot(file, records, {date}) infers the kind of a user's own download from its content", () => {
    expect(
      describeSnapshot('breach_report.csv', [record('2025-01-02'), record('2025-01-01')], {
        date: '2025-03-04',
      }),
    ).toMatchObject({
      id: 'investigation-2025-03-04',
      kind: 'investigation',
      date: '2025-03-04',
      coverage: 'complete',
    });
    expect(
      describeSnapshot('breach_report.csv', [record('2025-01-02', true), record('2025-01-01')], {
        date: '2025-03-04',
      }),
    ).toMatchObject({
      id: 'archive-2025-03-04',
      kind: 'archive',
    });
  });

  it('describeSnapshot(file, records, {takenIds}) adds a suffix when the id is already used', () => {
    const taken = new Set(['investigation-2025-03-04', 'investigation-2025-03-04-2']);
    expect(
      describeSnapshot('breach_report (1).csv', [record('2025-01-02')], {
        date: '2025-03-04',
        takenIds: taken,
      }).id,
    ).toBe('investigation-2025-03-04-3');
  });

  it('describeSnapshot(file, records) falls back to the newest submission date when no date is known', () => {
    expect(
      describeSnapshot('breach_report.csv', [record('2025-01-01'), record('2025-02-09')]).date,
    ).toBe('2025-02-09');
  });

  it('describeSnapshot(file, records, {kind}) lets the caller override the kind', () => {
    expect(
      describeSnapshot('breach_report.csv', [record('2025-01-02')], {
        date: '2025-03-04',
        kind: 'archive',
      }).kind,
    ).toBe('archive');
  });

  it("describeSnapshots(file, records) splits a listing by its rows' list into two derived snapshots of one day", () => {
    const listed = [
      { ...record('2026-07-01'), list: 'investigation' as const },
      { ...record('2026-06-17'), list: 'archive' as const },
      { ...record('2009-10-21'), list: 'archive' as const },
    ];
    const snapshots = describeSnapshots('breach_clustered.csv', listed, { date: '2026-07-15' });
    expect(snapshots.map((s) => [s.id, s.kind, s.date, s.coverage, s.records.length])).toEqual([
      ['archive-2026-07-15-derived', 'archive', '2026-07-15', 'derived', 2],
      ['investigation-2026-07-15-derived', 'investigation', '2026-07-15', 'derived', 1],
    ]);
    // With no date known, both halves share the whole file's newest submission, not each half's own.
    expect(describeSnapshots('x.csv', listed).map((s) => s.date)).toEqual([
      '2026-07-01',
      '2026-07-01',
    ]);
    expect(
      describeSnapshots('investigation-2026-07-15_x.csv', [record('2026-07-01')]).map((s) => s.id),
    ).toEqual(['investigation-2026-07-15']);
  });
});
