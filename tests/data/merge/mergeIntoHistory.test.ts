import { readdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../scripts/buildDatasets';
import { readExportFile } from '../../../scripts/readExportFile';
import {
  historyFromRows,
  historyRows,
  mergeIntoHistory,
  type History,
} from '../../../src/data/merge/mergeIntoHistory';
import { mergeSnapshots } from '../../../src/data/merge/mergeSnapshots';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../../../src/data/datasets/parseCountHistory';
import type { Snapshot } from '../../../src/data/schema/types';
import { hasSharedExports, SHARED_EXPORTS } from '../../datasets/realData';
import { isAnchor, record, whole } from '../snapshotFixture';

/** The history mergeSnapshots builds from some snapshots, as datasets/ would describe it. */
function historyOf(snapshots: Snapshot[]): History {
  const merged = mergeSnapshots(snapshots);
  return {
    snapshots: snapshots.map(({ records, ...s }) => ({ ...s, records: records.length })),
    breaches: merged.breaches,
  };
}

const rowsOf = (h: History) => historyRows(h);

describe('mergeIntoHistory(history, snapshots)', () => {
  const ch = (individuals: number) =>
    record({ name: 'Change Healthcare, Inc.', state: 'MN', submitted: '2024-07-19', individuals });
  const clinic = record({
    name: 'Harbor Clinic',
    state: 'OR',
    submitted: '2024-09-02',
    individuals: 2_000,
  });
  const older = [
    whole('archive', '2024-08-07', [record({ name: 'Old Clinic', submitted: '2020-01-01' })]),
    whole('investigation', '2024-10-17', [ch(500), clinic]),
  ];
  const newer = whole('investigation', '2024-11-06', [
    ch(100_000_000),
    record({ name: 'New Dental', state: 'TX', submitted: '2024-11-01', individuals: 800 }),
  ]);

  it('gives what mergeSnapshots gives for all the snapshots at once', () => {
    const merged = mergeIntoHistory(historyOf(older), [newer]);
    expect(rowsOf(merged.history)).toEqual(rowsOf(historyOf([...older, newer])));
  });

  it('reports the breach added, the placeholder count resolved and the case that left the open list', () => {
    const { changes } = mergeIntoHistory(historyOf(older), [newer]);
    expect(changes.added.map((b) => [b.id, b.name, b.individuals])).toEqual([
      ['2024-11-01-newdental', 'New Dental', 800],
    ]);
    expect(changes.countsUpdated).toEqual([
      {
        id: '2024-07-19-changehealthcareinc',
        name: 'Change Healthcare, Inc.',
        state: 'MN',
        submitted: '2024-07-19',
        individuals: 100_000_000,
        before: 500,
        after: 100_000_000,
        placeholderResolved: true,
      },
    ]);
    expect(changes.nowClosed.map((b) => b.name)).toEqual(['Harbor Clinic']);
    expect(changes.nowArchived).toEqual([]);
    // Change Healthcare and the open list's anchor.
    expect(changes.matchedByRule[1]).toBe(2);
  });

  it('an archive that lists a case which left the open list makes it archived and is counted as such', () => {
    const archive = whole('archive', '2024-12-01', [
      record({ ...clinic }),
      record({ name: 'Old Clinic', submitted: '2020-01-01' }),
    ]);
    const { history, changes } = mergeIntoHistory(historyOf([...older, newer]), [archive]);
    expect(changes.nowArchived.map((b) => b.name)).toEqual(['Harbor Clinic']);
    expect(history.breaches.find((b) => b.name === 'Harbor Clinic')?.status).toBe('archived');
  });

  it('a newer complete archive that no longer lists an archived case removes it, with a warning naming the archive', () => {
    const archive = whole('archive', '2024-12-01', [record({ ...clinic })]);
    const { history, changes, issues } = mergeIntoHistory(historyOf(older), [archive]);
    expect(
      history.breaches
        .filter((b) => !isAnchor(b))
        .map((b) => b.name)
        .sort(),
    ).toEqual(['Change Healthcare, Inc.', 'Harbor Clinic']);
    expect(changes.removed.map((b) => b.name)).toEqual(['Old Clinic']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'deleted-by-hhs',
        file: 'archive-2024-12-01.csv',
        severity: 'warning',
      }),
    ]);
  });

  it('skips a snapshot the history already holds (same list, date, file and size) and says so', () => {
    const base = historyOf([...older, newer]);
    const { history, changes, issues } = mergeIntoHistory(base, [newer]);
    expect(changes.skippedSnapshots).toEqual(['investigation-2024-11-06']);
    expect(rowsOf(history)).toEqual(rowsOf(base));
    expect(issues[0]?.code).toBe('already-in-history');
  });

  it('an older export only fills what the history lacks and adds its count to the history in date order', () => {
    const base = historyOf([
      whole('investigation', '2024-11-06', [record({ ...ch(100_000_000), entityType: null })]),
    ]);
    const old = whole('investigation', '2024-10-17', [
      record({ ...ch(500), entityType: 'Business Associate' }),
    ]);
    const { history } = mergeIntoHistory(base, [old]);
    const b = history.breaches.find((x) => !isAnchor(x));
    expect(b?.individuals).toBe(100_000_000);
    expect(b?.entityType).toBe('Business Associate');
    expect(b?.countHistory).toEqual([
      { snapshot: 'investigation-2024-10-17', individuals: 500 },
      { snapshot: 'investigation-2024-11-06', individuals: 100_000_000 },
    ]);
  });

  it('does not change the history it is given', () => {
    const base = historyOf(older);
    const before = JSON.stringify(base);
    mergeIntoHistory(base, [newer]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('same-day duplicate reports keep their own histories (matched in the order a rebuild creates them)', () => {
    const dup = (n: number) =>
      record({ name: 'Alvaria, Inc.', state: 'MA', submitted: '2023-05-26', individuals: n });
    const a = whole(
      'archive',
      '2024-08-07',
      Array.from({ length: 12 }, (_, i) => dup(500 + i)),
    );
    const b = whole(
      'archive',
      '2024-10-17',
      Array.from({ length: 12 }, (_, i) => dup(900 + i)),
    );
    expect(rowsOf(mergeIntoHistory(historyOf([a]), [b]).history)).toEqual(
      rowsOf(historyOf([a, b])),
    );
  });
});

const real = hasSharedExports();
describe.skipIf(!real)(
  'mergeIntoHistory on the real exports: importing an export equals rebuilding with it',
  () => {
    const all = real
      ? ['raw', 'derived'].flatMap((d) =>
          readdirSync(path.join(SHARED_EXPORTS, d)).map((f) => path.join(SHARED_EXPORTS, d, f)),
        )
      : [];
    for (const leftOut of [
      'investigation-2026-05-03_ayajnik369.csv',
      'archive-2026-03_wendy160-features_transcribed-subset.csv',
      'investigation-2026-01-09_wendy160.csv',
      'investigation-2026-07-15_lilkommu.csv',
      'archive+investigation-2026-07-15_lilkommu-clustered.csv',
    ]) {
      it(`datasets without ${leftOut} + import of it = datasets with it (every breaches.csv row)`, async () => {
        const file = all.find((f) => f.endsWith(leftOut)) ?? '';
        const [without, full] = await Promise.all([
          buildDatasets(all.filter((f) => f !== file)),
          buildDatasets(all),
        ]);
        const rows = (text: string | undefined) =>
          Papa.parse<string[]>(text ?? '', { skipEmptyLines: 'greedy' }).data;
        const breaches = parseBreachRows(rows(without.files['breaches.csv']), 'breaches.csv');
        const counts = parseCountHistory(
          rows(without.files['count-history.csv']),
          'count-history.csv',
        );
        const expected = parseBreachRows(rows(full.files['breaches.csv']), 'breaches.csv');
        if (!breaches.ok || !counts.ok || !expected.ok) throw new Error('build did not parse');
        const manifest = JSON.parse(without.files['manifest.json'] ?? '{}') as { snapshots: [] };
        const imported = await readExportFile(file);
        const merged = mergeIntoHistory(
          historyFromRows(breaches.rows, counts.history, manifest.snapshots),
          imported.snapshots,
        );
        const got = historyRows(merged.history);
        // By design an import keeps the ids the history gave (shared links stay valid); a rebuild
        // names a breach after its first sighting, which can be the imported file when it is older.
        const importedDates = new Set(imported.snapshots.map((s) => s.date));
        const withoutId = (rows: typeof got) => rows.map(({ id: _id, ...rest }) => rest);
        expect(withoutId(got)).toEqual(withoutId(expected.rows));
        const renamed = got.filter((r, i) => r.id !== expected.rows[i]?.id);
        expect(renamed.filter((r) => !importedDates.has(r.firstSeen ?? ''))).toEqual([]);
      });
    }
  },
);

describe('mergeIntoHistory(history, derived listing)', () => {
  it('imports a derived archive listing that lacks a record without removing it, as mergeSnapshots does', () => {
    const a = record({ name: 'Kept Clinic', submitted: '2020-01-01' });
    const b = record({ name: 'Dropped By The Copy', submitted: '2020-01-02' });
    const others = Array.from({ length: 10 }, (_, i) =>
      record({ name: `Clinic ${i}`, submitted: `2015-01-${String(i + 10)}` }),
    );
    const base = [whole('archive', '2024-10-17', [a, b, ...others])];
    const listing = {
      ...whole('archive', '2026-07-15', [{ ...a, individuals: 2_000 }, ...others], 'derived'),
      id: 'archive-2026-07-15-derived',
    };
    const merged = mergeIntoHistory(historyOf(base), [listing]);
    expect(merged.changes.removed).toEqual([]);
    expect(
      merged.history.breaches
        .filter((x) => x.name === a.name || x.name === b.name)
        .map((x) => [x.name, x.individuals]),
    ).toEqual([
      ['Dropped By The Copy', 1000],
      ['Kept Clinic', 2000],
    ]);
    expect(rowsOf(merged.history)).toEqual(rowsOf(historyOf([...base, listing])));
  });
});
