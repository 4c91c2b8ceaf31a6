import { describe, expect, it } from 'vitest';
import { PORTAL_COLUMNS } from '../../src/data/normaliseRecord';
import { readRows } from '../../src/data/readRows';

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
});
