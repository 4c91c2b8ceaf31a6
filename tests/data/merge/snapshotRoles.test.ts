import { describe, expect, it } from 'vitest';
import { describeSnapshots } from '../../../src/data/merge/describeSnapshot';
import { mergeIntoHistory, type History } from '../../../src/data/merge/mergeIntoHistory';
import { mergeSnapshots } from '../../../src/data/merge/mergeSnapshots';
import { snapshotInfo } from '../../../src/data/merge/snapshotInfo';
import {
  ARCHIVE_MIN_SHARE,
  INVESTIGATION_MIN_SPAN_DAYS,
  judgeCoverage,
  judgeSnapshots,
} from '../../../src/data/merge/snapshotRoles';
import type { Snapshot } from '../../../src/data/schema/types';
import { record, whole } from '../snapshotFixture';

const day = (iso: string, plus: number) =>
  new Date(Date.parse(iso) + plus * 86_400_000).toISOString().slice(0, 10);

/** A whole archive of `n` archived breaches (2009 on) and an open list of `open` cases spanning 30 months. */
function history(n: number, open: number): { history: History; snapshots: Snapshot[] } {
  const archived = Array.from({ length: n }, (_, i) =>
    record({
      name: `Archived ${i}`,
      submitted: day('2009-10-21', i * 30),
      hasWebDescription: true,
    }),
  );
  const opened = Array.from({ length: open }, (_, i) =>
    record({ name: `Open ${i}`, submitted: day('2024-01-01', i * 30) }),
  );
  const snapshots = [
    whole('archive', '2026-06-01', archived),
    whole('investigation', '2026-06-01', opened),
  ];
  const merged = mergeSnapshots(snapshots);
  return {
    history: { snapshots: merged.snapshots.map((s) => snapshotInfo(s)), breaches: merged.breaches },
    snapshots,
  };
}

describe('judgeCoverage(snapshot, previous): completeness is earned', () => {
  const archive = (dates: string[]) =>
    ({
      kind: 'archive',
      coverage: 'complete',
      records: dates.map((submitted) => record({ name: 'x', submitted })),
    }) as const;

  it('an archive reaching back to 2009 with at least 90 % of the previous whole archive stays complete', () => {
    const dates = Array.from({ length: 9 }, () => '2009-11-01');
    expect(
      judgeCoverage(archive(dates), {
        id: 'a',
        kind: 'archive',
        date: '2024-01-01',
        coverage: 'complete',
        records: 10,
      }),
    ).toEqual({ coverage: 'complete', reason: null });
  });

  it('an archive that starts after 2009 is partial, and the reason names its oldest submission', () => {
    expect(judgeCoverage(archive(['2024-01-02', '2010-01-01']), undefined)).toEqual({
      coverage: 'partial',
      reason: 'its oldest submission is 2010-01-01, so it does not reach back to 2009',
    });
  });

  it(`an archive with fewer than ${ARCHIVE_MIN_SHARE * 100} % of the previous whole archive's records is partial, naming both counts`, () => {
    const previous = {
      id: 'a',
      kind: 'archive',
      date: '2024-10-17',
      coverage: 'complete',
      records: 5590,
    } as const;
    const verdict = judgeCoverage(archive(['2009-10-21', '2024-01-01', '2025-01-01']), previous);
    expect(verdict).toEqual({
      coverage: 'partial',
      reason: 'it holds 3 records, fewer than 90 % of the 5590 of the archive of 2024-10-17',
    });
  });

  it(`an under-investigation list must span ${INVESTIGATION_MIN_SPAN_DAYS} days of submissions`, () => {
    const list = (days: number) =>
      ({
        kind: 'investigation',
        coverage: 'complete',
        records: [
          record({ name: 'a', submitted: '2024-01-01' }),
          record({ name: 'b', submitted: day('2024-01-01', days) }),
        ],
      }) as const;
    expect(judgeCoverage(list(INVESTIGATION_MIN_SPAN_DAYS), undefined).coverage).toBe('complete');
    expect(judgeCoverage(list(INVESTIGATION_MIN_SPAN_DAYS - 1), undefined)).toEqual({
      coverage: 'partial',
      reason: `its submissions span 23 months (2024-01-01 to ${day('2024-01-01', INVESTIGATION_MIN_SPAN_DAYS - 1)}), not the about 24 months of the portal's list`,
    });
  });

  it('a filtered file stays filtered, a derived listing that looks whole stays derived', () => {
    expect(
      judgeCoverage({ ...archive(['2020-01-01']), coverage: 'filtered' }, undefined).coverage,
    ).toBe('filtered');
    expect(
      judgeCoverage({ ...archive(['2009-12-01']), coverage: 'derived' }, undefined).coverage,
    ).toBe('derived');
  });

  it('judgeSnapshots(incoming, known) renames a demoted list <kind>-<date>-partial and warns naming the file', () => {
    const tiny = whole('investigation', '2026-07-01', []);
    tiny.records = [record({ name: 'x', submitted: '2026-06-30', file: tiny.file })];
    const { snapshots, issues } = judgeSnapshots([tiny]);
    expect(snapshots.map((s) => [s.id, s.coverage])).toEqual([
      ['investigation-2026-07-01-partial', 'partial'],
    ]);
    expect(issues).toEqual([
      {
        file: 'investigation-2026-07-01.csv',
        row: null,
        field: null,
        severity: 'warning',
        code: 'partial-list',
        message:
          "investigation-2026-07-01.csv: taken as part of the under-investigation list, not the whole list: its submissions span 0 months (2026-06-30 to 2026-06-30), not the about 24 months of the portal's list. It adds and updates breaches but removes and closes none.",
      },
    ]);
  });
});

describe('a tiny file wipes nothing (issue 11, defect 1)', () => {
  it("mergeIntoHistory: a 3-row file whose rows carry a Web Description is a partial archive — it adds, but removes none of the history's breaches", () => {
    const { history: base } = history(40, 20);
    const rows = [
      record({
        name: 'Archived 3',
        submitted: day('2009-10-21', 90),
        hasWebDescription: true,
        individuals: 4_000,
      }),
      record({ name: 'Brand New Clinic', submitted: '2026-05-01', hasWebDescription: true }),
      record({ name: 'Archived 7', submitted: day('2009-10-21', 210), hasWebDescription: true }),
    ];
    const snapshots = describeSnapshots('breach_report.csv', rows, { date: '2026-11-01' });
    expect(snapshots.map((s) => [s.kind, s.coverage])).toEqual([['archive', 'complete']]);
    const merged = mergeIntoHistory(base, snapshots);
    expect(merged.changes.removed).toEqual([]);
    expect(merged.changes.nowClosed).toEqual([]);
    expect(merged.changes.added.map((b) => b.name)).toEqual(['Brand New Clinic']);
    expect(merged.changes.countsUpdated.map((c) => [c.name, c.before, c.after])).toEqual([
      ['Archived 3', 1000, 4000],
    ]);
    expect(merged.history.breaches).toHaveLength(base.breaches.length + 1);
    expect(merged.history.snapshots.map((s) => [s.id, s.coverage]).at(-1)).toEqual([
      'archive-2026-11-01-partial',
      'partial',
    ]);
    expect(merged.issues.map((i) => [i.file, i.code])).toEqual([
      ['breach_report.csv', 'partial-list'],
    ]);
    expect(merged.issues[0]?.message).toContain(
      `its oldest submission is ${day('2009-10-21', 90)}`,
    );
  });

  it('mergeIntoHistory: a 1-row under-investigation file closes none of the open cases', () => {
    const { history: base } = history(10, 20);
    const open = base.breaches.filter((b) => b.status === 'open').length;
    const one = describeSnapshots(
      'breach_report.csv',
      [record({ name: 'Open 3', submitted: day('2024-01-01', 90), individuals: 9_999 })],
      {
        date: '2026-11-01',
      },
    );
    const merged = mergeIntoHistory(base, one);
    expect(merged.changes.nowClosed).toEqual([]);
    expect(merged.history.breaches.filter((b) => b.status === 'open')).toHaveLength(open);
    expect(merged.changes.countsUpdated.map((c) => c.after)).toEqual([9_999]);
  });

  it('mergeSnapshots: the build gives the same verdict — a small newer archive removes nothing and is reported as partial', () => {
    const { snapshots } = history(40, 20);
    const small = whole('archive', '2026-09-01', [
      record({ name: 'Archived 1', submitted: day('2009-10-21', 30) }),
    ]);
    const merged = mergeSnapshots([...snapshots, small]);
    expect(merged.dropped).toEqual([]);
    expect(merged.breaches).toHaveLength(mergeSnapshots(snapshots).breaches.length);
    expect(merged.snapshots.map((s) => s.id)).toContain('archive-2026-09-01-partial');
    expect(merged.issues.map((i) => [i.file, i.code])).toEqual([
      ['archive-2026-09-01.csv', 'partial-list'],
    ]);
  });

  it('mergeIntoHistory: importing the same partial file again is recognised as already held', () => {
    const { history: base } = history(10, 20);
    const file = () =>
      describeSnapshots('breach_report.csv', [
        record({ name: 'Brand New Clinic', submitted: '2026-07-02' }),
      ]);
    const once = mergeIntoHistory(base, file());
    const twice = mergeIntoHistory(once.history, file());
    expect(twice.changes.skippedSnapshots).toEqual(['investigation-2026-07-02-partial']);
    expect(twice.history.breaches.find((b) => b.name === 'Brand New Clinic')?.snapshots).toEqual([
      'investigation-2026-07-02-partial',
    ]);
  });
});
