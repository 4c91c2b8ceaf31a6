import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCountHistory } from '../../../src/data/datasets/parseCountHistory';

const HEADER = ['id', 'snapshot', 'snapshot_date', 'individuals'];
const FILE = 'count-history.csv';

describe('parseCountHistory', () => {
  it('parseCountHistory(rows) groups sightings by id, oldest first, empty counts as null', () => {
    const result = parseCountHistory(
      [
        HEADER,
        ['b1', 'investigation-2024-11-06', '2024-11-06', '100000000'],
        ['b1', 'investigation-2024-10-17', '2024-10-17', '500'],
        ['b2', 'archive-2024-08-07', '2024-08-07', ''],
      ],
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([]);
    expect([...result.history.keys()]).toEqual(['b1', 'b2']);
    expect(result.history.get('b1')).toEqual([
      { snapshot: 'investigation-2024-10-17', date: '2024-10-17', individuals: 500 },
      { snapshot: 'investigation-2024-11-06', date: '2024-11-06', individuals: 100_000_000 },
    ]);
    expect(result.history.get('b2')).toEqual([
      { snapshot: 'archive-2024-08-07', date: '2024-08-07', individuals: null },
    ]);
  });

  it('parseCountHistory(rows) keeps file order for two snapshots of the same day', () => {
    const result = parseCountHistory(
      [
        HEADER,
        ['b1', 'archive-2024-10-17', '2024-10-17', '10'],
        ['b1', 'investigation-2024-10-17', '2024-10-17', '12'],
      ],
      FILE,
    );
    expect(result.ok && result.history.get('b1')?.map((s) => s.snapshot)).toEqual([
      'archive-2024-10-17',
      'investigation-2024-10-17',
    ]);
  });

  it('parseCountHistory(bad rows) skips each with an error naming file, row and field, never NaN', () => {
    const result = parseCountHistory(
      [
        HEADER,
        ['b1', 's1', '2024-10-17', '12'],
        ['', 's1', '2024-10-17', '1'],
        ['b1', '', '2024-10-17', '1'],
        ['b1', 's2', '2024-02-30', '1'],
        ['b1', 's3', '2024-10-18', '1.5'],
        ['b1', 's4', '2024-10-19', 'many'],
        ['b1', 's1', '2024-10-17', '13'],
        ['b1', 's5'],
        ['', '', '', ''],
      ],
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.history.get('b1')).toEqual([
      { snapshot: 's1', date: '2024-10-17', individuals: 12 },
    ]);
    expect(result.issues.map((i) => [i.file, i.row, i.field, i.severity, i.code])).toEqual([
      [FILE, 3, 'id', 'error', 'empty-id'],
      [FILE, 4, 'snapshot', 'error', 'empty-snapshot'],
      [FILE, 5, 'snapshot_date', 'error', 'bad-date'],
      [FILE, 6, 'individuals', 'error', 'bad-count'],
      [FILE, 7, 'individuals', 'error', 'bad-count'],
      [FILE, 8, 'snapshot', 'error', 'duplicate-sighting'],
      [FILE, 9, null, 'error', 'column-count'],
    ]);
    expect(result.issues[3]?.message).toBe(
      'count-history.csv row 6: individuals "1.5" is not a whole number; row skipped',
    );
  });

  it('parseCountHistory(rows with a wrong header) refuses the file with a bad-header issue', () => {
    const result = parseCountHistory(
      [
        ['id', 'snapshot', 'individuals', 'snapshot_date'],
        ['b1', 's1', '5', '2024-10-17'],
      ],
      FILE,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: FILE,
          row: 1,
          field: null,
          severity: 'error',
          code: 'bad-header',
          message:
            'count-history.csv: header is "id,snapshot,individuals,snapshot_date", expected "id,snapshot,snapshot_date,individuals"',
        },
      ],
    });
  });

  it('parseCountHistory([]) refuses an empty file; a BOM before the header is accepted', () => {
    expect(parseCountHistory([], FILE)).toMatchObject({
      ok: false,
      issues: [{ code: 'empty-file', row: null }],
    });
    expect(
      parseCountHistory([['\uFEFFid', 'snapshot', 'snapshot_date', 'individuals']], FILE),
    ).toMatchObject({ ok: true, issues: [] });
  });

  it('parseCountHistory(datasets/count-history.csv) reads every shipped row; Change Healthcare goes 500 → 100,000,000 → 190,000,000 → 192,700,000', () => {
    const text = readFileSync(new URL('../../../datasets/count-history.csv', import.meta.url), 'utf8');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    const result = parseCountHistory(rows, FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([]);
    let sightings = 0;
    for (const list of result.history.values()) sightings += list.length;
    expect(sightings).toBe(rows.length - 1);
    // Whatever snapshots the build holds: dates ascending, the count changing 500 → … → 192.7 M.
    const ch = result.history.get('2024-07-19-changehealthcareinc') ?? [];
    const dates = ch.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    expect(ch.map((s) => s.individuals).filter((n, i, all) => i === 0 || n !== all[i - 1])).toEqual(
      [500, 100_000_000, 190_000_000, 192_700_000],
    );
  });
});
