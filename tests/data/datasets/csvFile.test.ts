import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFile, UTF8_BOM } from '../../../src/data/datasets/csvFile';

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('csvFile', () => {
  it('csvFile(fields, rows) starts with a UTF-8 BOM, ends lines with CRLF and round-trips text with commas, quotes, line breaks and non-ASCII names', () => {
    const rows = [
      ['St. John’s Clinic', 'Smith, Jones', 'the "best"', 'a\nb', 192_700_000],
      ['Ünïcödé', '', ' =x', 'a=b', -5],
    ];
    const csv = csvFile(['name', 'a', 'b', 'c', 'n'], rows);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([['name', 'a', 'b', 'c', 'n'], ...rows.map((r) => r.map(String))]);
  });

  it('csvFile(fields, rows) prefixes an apostrophe to text cells starting with = + - @ tab or CR, never to numbers', () => {
    const cells = ['=1+1', '+A1', '-2', '@SUM(A1)', '\t=1', '\r=1', 'Anthem Inc.'];
    const csv = csvFile(['x'], [...cells.map((c) => [c]), [-2]]);
    expect(parse(csv).slice(1).flat()).toEqual([
      "'=1+1",
      "'+A1",
      "'-2",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      'Anthem Inc.',
      '-2',
    ]);
  });
});
