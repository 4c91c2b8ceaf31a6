import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '../../../src/data/merge/mergeSnapshots';
import { isAnchor, record, snapshot, whole } from '../snapshotFixture';

describe('mergeSnapshots', () => {
  it('mergeSnapshots(snapshots) keeps one breach per report with its count history, newest value winning', () => {
    const ch = (individuals: number) =>
      record({
        name: 'Change Healthcare, Inc.',
        state: 'MN',
        submitted: '2024-07-19',
        individuals,
      });
    const result = mergeSnapshots([
      whole('investigation', '2025-06-25', [ch(190_000_000)]),
      whole('investigation', '2024-10-17', [ch(500)]),
      whole('investigation', '2024-11-06', [ch(100_000_000)]),
      whole('investigation', '2026-01-09', [ch(192_700_000)]),
    ]);
    expect(result.breaches.filter((x) => !isAnchor(x))).toHaveLength(1);
    const b = result.breaches.find((x) => !isAnchor(x));
    expect(b?.individuals).toBe(192_700_000);
    expect(b?.countHistory.map((h) => h.individuals)).toEqual([
      500, 100_000_000, 190_000_000, 192_700_000,
    ]);
    expect(b?.snapshots).toEqual([
      'investigation-2024-10-17',
      'investigation-2024-11-06',
      'investigation-2025-06-25',
      'investigation-2026-01-09',
    ]);
    expect(b?.status).toBe('open');
    expect(b?.placeholder).toBe(false);
    expect(b?.id).toBe('2024-07-19-changehealthcareinc');
    // Change Healthcare and the lists' anchor, each seen again in three later lists.
    expect(result.matchedByRule[1]).toBe(6);
  });

  it('mergeSnapshots(snapshots) keeps genuine same-day duplicates apart and gives them distinct ids', () => {
    const dup = () =>
      record({ name: 'McEwen & Associates', submitted: '2025-08-21', individuals: 700 });
    const result = mergeSnapshots([
      snapshot('investigation', '2025-12-22', [dup(), dup(), dup()]),
      snapshot('investigation', '2026-01-09', [dup(), dup(), dup()]),
    ]);
    expect(result.breaches.map((b) => b.id).sort()).toEqual([
      '2025-08-21-mcewenassociates',
      '2025-08-21-mcewenassociates-2',
      '2025-08-21-mcewenassociates-3',
    ]);
    expect(result.breaches.every((b) => b.snapshots.length === 2)).toBe(true);
  });

  it('mergeSnapshots(snapshots) drops a record missing from a newer complete archive and reports it', () => {
    const keep = record({ name: 'Fairfield Medical Center', state: 'OH', submitted: '2019-08-15' });
    const others = Array.from({ length: 10 }, (_, i) =>
      record({ name: `Clinic ${i}`, submitted: `2015-01-${String(i + 10)}` }),
    );
    const result = mergeSnapshots([
      whole('archive', '2024-08-07', [keep, keep, ...others]),
      whole('archive', '2024-10-17', [keep, ...others]),
    ]);
    expect(result.breaches).toHaveLength(1 + others.length + 1);
    expect(result.dropped.map((b) => b.name)).toEqual(['Fairfield Medical Center']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'deleted-by-hhs',
        file: 'archive-2024-08-07.csv',
        row: 3,
        severity: 'warning',
      }),
    ]);
  });

  it('mergeSnapshots(snapshots) does not drop a record a partial archive was never meant to cover', () => {
    const old = record({ name: 'Old Clinic', submitted: '2020-01-01' });
    const result = mergeSnapshots([
      snapshot('archive', '2024-10-17', [old]),
      snapshot('archive', '2026-02-03', [], 'partial', '2024-12-21'),
    ]);
    expect(result.breaches).toHaveLength(1);
    expect(result.breaches[0]?.status).toBe('archived');
  });

  it('mergeSnapshots(snapshots) marks status open, archived or closed from the lists that hold the breach', () => {
    const a = record({ name: 'Still Open', submitted: '2025-01-01' });
    const b = record({ name: 'Closed Quietly', submitted: '2025-01-02' });
    const c = record({ name: 'Archived Later', submitted: '2025-01-03', hasWebDescription: true });
    const result = mergeSnapshots([
      whole('investigation', '2025-06-25', [a, b, { ...c, hasWebDescription: false }]),
      snapshot('archive', '2026-02-03', [c], 'partial', '2024-12-21'),
      whole('investigation', '2026-05-03', [a]),
    ]);
    const status = Object.fromEntries(
      result.breaches.filter((x) => !isAnchor(x)).map((x) => [x.name, x.status]),
    );
    expect(status).toEqual({
      'Still Open': 'open',
      'Closed Quietly': 'closed',
      'Archived Later': 'archived',
    });
    expect(result.breaches.find((x) => x.name === 'Archived Later')?.hasWebDescription).toBe(true);
  });

  it('mergeSnapshots(snapshots) flags 500/501 counts as placeholders and keeps a later real count', () => {
    const p = (individuals: number) =>
      record({ name: 'Woodlawn Hospital', state: 'IN', submitted: '2025-03-01', individuals });
    const result = mergeSnapshots([
      snapshot('investigation', '2025-06-25', [
        p(500),
        record({ name: 'Other', submitted: '2025-03-02', individuals: 501 }),
      ]),
      snapshot('investigation', '2026-01-09', [p(62_278)]),
    ]);
    const byName = Object.fromEntries(result.breaches.map((x) => [x.name, x]));
    expect(byName['Woodlawn Hospital']?.placeholder).toBe(false);
    expect(byName['Woodlawn Hospital']?.countHistory.map((h) => h.individuals)).toEqual([
      500, 62_278,
    ]);
    expect(byName['Other']?.placeholder).toBe(true);
    expect(byName['Other']?.status).toBe('closed');
  });

  it('mergeSnapshots(snapshots) gives the same output whatever order the snapshots come in', () => {
    const s1 = whole('investigation', '2024-11-06', [
      record({ name: 'A', submitted: '2024-01-01' }),
      record({ name: 'B', submitted: '2024-01-02' }),
    ]);
    const s2 = whole('investigation', '2025-06-25', [
      record({ name: 'B', submitted: '2024-01-02', individuals: 5 }),
    ]);
    expect(JSON.stringify(mergeSnapshots([s1, s2]))).toBe(JSON.stringify(mergeSnapshots([s2, s1])));
  });

  describe('a derived listing', () => {
    const derived = (
      kind: 'archive' | 'investigation',
      date: string,
      records: ReturnType<typeof record>[],
    ) => {
      const s = whole(kind, date, records, 'derived');
      return { ...s, id: `${s.id}-derived` };
    };
    const a = record({ name: 'Kept Clinic', submitted: '2020-01-01' });
    const b = record({ name: 'Dropped By The Copy', submitted: '2020-01-02' });

    it('mergeSnapshots(snapshots) never takes a record missing from a derived archive listing as removed by HHS', () => {
      const others = Array.from({ length: 10 }, (_, i) =>
        record({ name: `Clinic ${i}`, submitted: `2015-01-${String(i + 10)}` }),
      );
      const result = mergeSnapshots([
        whole('archive', '2024-10-17', [a, b, ...others]),
        derived('archive', '2026-07-15', [a, ...others]),
      ]);
      expect(result.dropped).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(
        result.breaches
          .filter((x) => x.name === a.name || x.name === b.name)
          .map((x) => [x.name, x.status]),
      ).toEqual([
        ['Dropped By The Copy', 'archived'],
        ['Kept Clinic', 'archived'],
      ]);
    });

    it("mergeSnapshots(snapshots) on one day applies the portal's own list after the derived one: its values win and it says what is open", () => {
      const open = record({ name: 'Open Case', submitted: '2026-06-01', individuals: 501 });
      const listedOnlyInCopy = record({ name: 'Only In Copy', submitted: '2026-06-02' });
      const result = mergeSnapshots([
        whole('investigation', '2026-07-15', [{ ...open, individuals: 4_237 }]),
        derived('investigation', '2026-07-15', [open, listedOnlyInCopy]),
      ]);
      const byName = Object.fromEntries(result.breaches.map((x) => [x.name, x]));
      expect(byName['Open Case']?.individuals).toBe(4_237);
      expect(byName['Open Case']?.snapshots).toEqual([
        'investigation-2026-07-15-derived',
        'investigation-2026-07-15',
      ]);
      expect(byName['Open Case']?.status).toBe('open');
      expect(byName['Only In Copy']?.status).toBe('closed');
    });

    it('mergeSnapshots(snapshots) takes a derived under-investigation list as the newest open list when no export of its day exists', () => {
      const stillOpen = record({ name: 'Still Open', submitted: '2026-01-01' });
      const gone = record({ name: 'Gone', submitted: '2026-01-02' });
      const result = mergeSnapshots([
        whole('investigation', '2026-05-03', [stillOpen, gone]),
        derived('investigation', '2026-07-15', [stillOpen]),
      ]);
      expect(
        Object.fromEntries(
          result.breaches.filter((x) => !isAnchor(x)).map((x) => [x.name, x.status]),
        ),
      ).toEqual({
        'Still Open': 'open',
        Gone: 'closed',
      });
    });
  });
});
