import { describe, expect, it } from 'vitest';
import { PORTAL_COLUMNS } from '../../../src/data/read/normaliseRecord';
import { readRows } from '../../../src/data/read/readRows';

const header = [...PORTAL_COLUMNS];
const row = (name: string, date = '01/02/2024'): string[] => [
  name,
  'OH',
  'Healthcare Provider',
  '600',
  date,
  'Theft',
  'Laptop',
  'No',
  '',
];

describe('readRows', () => {
  it('readRows(rows) numbers records from 2 (header = row 1) and counts rowsRead', () => {
    const result = readRows([header, row('A'), row('B')], 'f.csv');
    expect(result.ok && result.records.map((r) => [r.row, r.name])).toEqual([
      [2, 'A'],
      [3, 'B'],
    ]);
    expect(result.ok && result.rowsRead).toBe(2);
  });

  it('readRows(rows) recognises the header by columns 2–7 whatever columns 1 and 8 are called', () => {
    const odd = ['Entity', ...header.slice(1, 7), 'BA?', 'Web Description'];
    const result = readRows([odd, row('A')], 'f.csv');
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([[1, 'header-names']]);
  });

  it('readRows(rows) matches header names ignoring case, spacing and punctuation', () => {
    const loose = header.map((name) => ` ${name.toUpperCase()}  `);
    const result = readRows([loose, row('A')], 'f.csv');
    expect(result.ok && result.issues).toEqual([]);
  });

  it('readRows(rows) refuses a first row that is data, not a header, as not-an-export', () => {
    const result = readRows([row('A'), row('B')], 'f.csv');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.file, i.row, i.field, i.severity, i.code])).toEqual([
      ['f.csv', null, null, 'error', 'not-an-export'],
    ]);
    expect(result.issues[0]?.message).toContain(
      'columns 2, 3, 4, 5, 6, 7 of the first row are not named as in the portal',
    );
  });

  it('readRows(rows) refuses no rows at all as an empty file', () => {
    expect(readRows([], 'f.csv')).toEqual({
      ok: false,
      issues: [
        {
          file: 'f.csv',
          row: null,
          field: null,
          severity: 'error',
          code: 'empty-file',
          message: 'f.csv: empty file',
        },
      ],
    });
  });

  it('readRows(rows) ignores trailing blank rows silently but reports a blank row inside the data', () => {
    const result = readRows([header, row('A'), [''], row('B'), ['', ' '], ['']], 'f.csv');
    expect(result.ok && result.records.map((r) => [r.row, r.name])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
    expect(result.ok && result.rowsRead).toBe(2);
    expect(result.issues.map((i) => [i.row, i.severity, i.code])).toEqual([
      [3, 'warning', 'blank-row'],
    ]);
  });

  it('readRows(rows, {brokenRows}) skips and reports rows the tokenizer could not close', () => {
    const result = readRows([header, row('A'), row('B')], 'f.csv', {
      brokenRows: new Map([[2, 'a quoted field is never closed']]),
    });
    expect(result.ok && result.records.map((r) => r.name)).toEqual(['A']);
    expect(result.ok && result.rowsRead).toBe(2);
    expect(result.issues).toEqual([
      {
        file: 'f.csv',
        row: 3,
        field: null,
        severity: 'error',
        code: 'unterminated-quote',
        message: 'row 3: a quoted field is never closed; row skipped',
      },
    ]);
  });

  describe('a derived listing of both lists (recognised by its header)', () => {
    const listingHeader = [
      'Name of Covered Entity',
      'State',
      'Covered Entity Type',
      'Individuals Affected',
      'Breach Submission Date',
      'Year',
      'Type of Breach',
      'Primary Breach Type',
      'Location of Breached Information',
      'Business Associate Present',
      'Status',
      'cluster',
    ];
    const listed = (name: string, count: string, status: string): string[] => [
      name,
      'TN',
      'Healthcare Provider',
      count,
      '2026-07-01',
      '2026',
      'Theft, Loss',
      'Theft',
      'Laptop',
      'No',
      status,
      '1',
    ];

    it('readRows(listing) picks the portal columns by name, reads float counts and tags each record with its list', () => {
      const result = readRows(
        [
          listingHeader,
          listed('Erlanger Health', '4237.0', 'Under Investigation'),
          listed('Elm Clinic', '501.0', 'Archived'),
        ],
        'any-name.csv',
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.issues).toEqual([]);
      expect(
        result.records.map((r) => [
          r.name,
          r.individuals,
          r.submitted,
          r.breachTypes,
          r.locations,
          r.businessAssociate,
          r.hasWebDescription,
          r.list,
        ]),
      ).toEqual([
        [
          'Erlanger Health',
          4237,
          '2026-07-01',
          ['Theft', 'Loss'],
          ['Laptop'],
          false,
          false,
          'investigation',
        ],
        ['Elm Clinic', 501, '2026-07-01', ['Theft', 'Loss'], ['Laptop'], false, false, 'archive'],
      ]);
    });

    it('readRows(listing) skips a fractional count, an unknown Status and a short row, naming row and field', () => {
      const short = listed('Short Row', '600.0', 'Archived').slice(0, 10);
      const result = readRows(
        [
          listingHeader,
          listed('Half Person', '4237.5', 'Archived'),
          listed('Odd Status', '600.0', 'Closed'),
          short,
          listed('Fine', '600.0', 'Archived'),
        ],
        'listing.csv',
      );
      expect(result.ok && result.records.map((r) => r.name)).toEqual(['Fine']);
      expect(result.ok && result.rowsRead).toBe(4);
      expect(result.ok && result.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
        [2, 'Individuals Affected', 'bad-count', 'error'],
        [3, 'Status', 'bad-status', 'error'],
        [4, null, 'column-count', 'error'],
      ]);
      expect(result.ok && result.issues[1]?.message).toBe(
        'row 3: Status "Closed" is neither "Archived" nor "Under Investigation"; row skipped',
      );
      expect(result.ok && result.issues[2]?.message).toBe(
        'row 4: has 10 columns, expected 12; row skipped',
      );
    });

    it('readRows(rows) still refuses a wide header without a Status column', () => {
      const result = readRows(
        [listingHeader.filter((c) => c !== 'Status'), listed('A', '600', 'Archived').slice(0, 11)],
        'wide.csv',
      );
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]?.code).toBe('not-an-export');
    });
  });
});
