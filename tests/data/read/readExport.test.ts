import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExportBytes } from '../../../src/data/read/decodeExportBytes';
import { readExport } from '../../../src/data/read/readExport';
import type { ExportRecord, Issue, ReadResult } from '../../../src/data/schema/types';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/exports');

/** Reads a fixture the way the app does: bytes → text → records. */
function readFixture(name: string): { decodeIssues: Issue[]; result: ReadResult } {
  const decoded = decodeExportBytes(readFileSync(path.join(FIXTURES, name)), name);
  if (!decoded.ok) throw new Error(`fixture ${name} did not decode: ${decoded.issues[0]?.message}`);
  return { decodeIssues: decoded.issues, result: readExport(decoded.text, name) };
}

function loaded(result: ReadResult): {
  records: ExportRecord[];
  issues: Issue[];
  rowsRead: number;
} {
  if (!result.ok)
    throw new Error(`expected ok, got ${result.issues.map((i) => i.message).join('; ')}`);
  return result;
}

/** Record without the file name, for compact exact comparisons. */
function values(record: ExportRecord | undefined): Omit<ExportRecord, 'file'> | undefined {
  if (!record) return undefined;
  const { file: _file, ...rest } = record;
  return rest;
}

const codes = (issues: Issue[]): string[] =>
  issues.map((i) => `${i.row}:${i.field ?? '-'}:${i.severity}:${i.code}`);

describe('readExport — portal format', () => {
  it('readExport(text) keeps records whose descriptions contain CRLF, bare CR and LF, and reads every value exactly', () => {
    const { records, issues, rowsRead } = loaded(readFixture('portal-quoted.csv').result);
    expect(rowsRead).toBe(5);
    expect(records.map(values)).toEqual([
      {
        row: 2,
        name: 'Lakeside Family Dental',
        state: 'OH',
        entityType: 'Healthcare Provider',
        individuals: 1200,
        submitted: '2024-03-14',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Email'],
        businessAssociate: false,
        hasWebDescription: true,
      },
      {
        row: 3,
        name: 'Pinewood Health Plan',
        state: 'MN',
        entityType: 'Health Plan',
        individuals: 640,
        submitted: '2024-03-02',
        breachTypes: ['Theft', 'Unauthorized Access/Disclosure'],
        locations: ['Laptop', 'Paper/Films'],
        businessAssociate: true,
        hasWebDescription: true,
      },
      {
        row: 4,
        name: 'Río Claro Clínica',
        state: null,
        entityType: 'Healthcare Provider',
        individuals: 500,
        submitted: '2024-02-28',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Network Server'],
        businessAssociate: false,
        hasWebDescription: false,
      },
      {
        row: 5,
        name: 'Harbor “North” Labs',
        state: 'WA',
        entityType: null,
        individuals: null,
        submitted: '2024-02-01',
        breachTypes: ['Loss'],
        locations: ['Other Portable Electronic Device'],
        businessAssociate: true,
        hasWebDescription: true,
      },
      {
        row: 6,
        name: 'Crescent Billing Services',
        state: 'TX',
        entityType: 'Business Associate',
        individuals: 25000,
        submitted: '2024-01-15',
        breachTypes: ['Unauthorized Access/Disclosure'],
        locations: ['Email', 'Network Server'],
        businessAssociate: true,
        hasWebDescription: false,
      },
    ]);
    expect(records.every((r) => r.file === 'portal-quoted.csv')).toBe(true);
    expect(codes(issues)).toEqual([
      '4:State:warning:empty-state',
      '5:Covered Entity Type:warning:empty-entity-type',
      '5:Individuals Affected:warning:empty-count',
    ]);
  });

  it('readExport(text) treats a \\N Web Description as no description', () => {
    const { records } = loaded(readFixture('portal-quoted.csv').result);
    expect(records.find((r) => r.row === 4)?.hasWebDescription).toBe(false);
  });

  it('readExport(text) maps columns by position when the header is broken, and says which names it ignored', () => {
    const { records, issues } = loaded(readFixture('broken-header.csv').result);
    expect(records.map(values)).toEqual([
      {
        row: 2,
        name: 'Willow Creek Surgery Center',
        state: 'ID',
        entityType: 'Healthcare Provider',
        individuals: 3300,
        submitted: '2026-04-01',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Network Server'],
        businessAssociate: true,
        hasWebDescription: false,
      },
      {
        row: 3,
        name: 'Ironwood Behavioral Health',
        state: null,
        entityType: 'Healthcare Provider',
        individuals: 870,
        submitted: '2026-03-30',
        breachTypes: ['Unauthorized Access/Disclosure'],
        locations: ['Email'],
        businessAssociate: false,
        hasWebDescription: false,
      },
    ]);
    expect(codes(issues)).toEqual(['1:-:warning:header-names', '3:State:warning:empty-state']);
    expect(issues[0]?.message).toContain('javax.faces.component.UIPanel@1a2b3c4d');
  });

  it('readExport(text) reads ISO dates and the derived Y/N description flag', () => {
    const { records, issues } = loaded(readFixture('derived-iso.csv').result);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.name, r.submitted, r.individuals, r.hasWebDescription])).toEqual([
      ['Juniper Vision Care', '2026-01-20', 2750, true],
      ['Oakhaven Senior Living', '2025-12-31', 1010, false],
      ['Redstone Claims LLC', '2025-12-30', 640, false],
    ]);
  });
});

describe('readExport — MySQL round trips', () => {
  it('readExport(text) reads the backslash-escaped dialect (\\" escapes, bare \\N, CR+backslash line breaks)', () => {
    const { decodeIssues, result } = readFixture('mysql-escaped.csv');
    expect(codes(decodeIssues)).toEqual(['null:-:warning:invalid-utf8']);
    const { records, issues, rowsRead } = loaded(result);
    expect(rowsRead).toBe(4);
    expect(records.map(values)).toEqual([
      {
        row: 2,
        name: 'Maple Grove Pediatrics',
        state: 'GA',
        entityType: 'Healthcare Provider',
        individuals: 2300,
        submitted: '2023-05-06',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Email'],
        businessAssociate: false,
        hasWebDescription: true,
      },
      {
        row: 3,
        name: 'Summit Ridge Orthopedics',
        state: 'CO',
        entityType: 'Healthcare Provider',
        individuals: null,
        submitted: '2023-04-30',
        breachTypes: ['Theft'],
        locations: ['Laptop'],
        businessAssociate: false,
        hasWebDescription: false,
      },
      {
        row: 4,
        name: 'Hill’s Hearing Center, LLC',
        state: 'NC',
        entityType: 'Healthcare Provider',
        individuals: 780,
        submitted: '2023-04-02',
        breachTypes: ['Loss'],
        locations: ['Paper/Films'],
        businessAssociate: false,
        hasWebDescription: true,
      },
      {
        row: 5,
        name: 'Baywater Clinic',
        state: 'FL',
        entityType: 'Healthcare Provider',
        individuals: 901,
        submitted: '2023-03-15',
        breachTypes: ['Other'],
        locations: ['Other'],
        businessAssociate: false,
        hasWebDescription: true,
      },
    ]);
    expect(codes(issues)).toEqual([
      '3:Individuals Affected:warning:empty-count',
      '4:Name of Covered Entity:warning:repaired-text',
    ]);
  });

  it('readExport(text) keeps RFC quoting for a MySQL copy whose quotes are doubled and whose \\" is the portal\'s CR+backslash debris', () => {
    const { records, issues } = loaded(readFixture('mysql-doubled-quotes.csv').result);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.row, r.name, r.individuals, r.hasWebDescription])).toEqual([
      [2, 'Granite Peak Medical Group ("GPMG")', 1500, true],
      [3, 'Lone Star Dermatology', 512, false],
      [4, 'Meadowbrook Home Health', 733, true],
    ]);
  });
});

describe('readExport — repaired text', () => {
  it('readExport(text) repairs double-encoded punctuation in names and warns once per repaired field', () => {
    const { records, issues } = loaded(readFixture('mojibake-names.csv').result);
    expect(records.map((r) => r.name)).toEqual([
      'Cedar Valley Clinic (“CVC”)',
      'Brookside Children’s Center',
      'Northgate Health – Eastside',
      'Sunrise Care’s Pharmacy',
      'Plainview Medical Associates',
    ]);
    expect(codes(issues)).toEqual([
      '2:Name of Covered Entity:warning:repaired-text',
      '3:Name of Covered Entity:warning:repaired-text',
      '4:Name of Covered Entity:warning:repaired-text',
      '5:Name of Covered Entity:warning:repaired-text',
    ]);
    expect(issues.every((i) => i.file === 'mojibake-names.csv')).toBe(true);
  });
});

describe('readExport — malformed rows', () => {
  const { records, issues, rowsRead } = loaded(readFixture('malformed-rows.csv').result);
  const find = (row: number): Issue | undefined =>
    issues.find((i) => i.row === row && i.severity === 'error');

  it('readExport(text) skips a row with the wrong column count and reports it with field null', () => {
    expect(find(3)).toEqual({
      file: 'malformed-rows.csv',
      row: 3,
      field: null,
      severity: 'error',
      code: 'column-count',
      message: 'row 3: has 8 columns, expected 9; row skipped',
    });
  });

  it('readExport(text) skips a row whose date is not a calendar date', () => {
    expect(find(4)).toMatchObject({
      file: 'malformed-rows.csv',
      row: 4,
      field: 'Breach Submission Date',
      severity: 'error',
      code: 'bad-date',
    });
    expect(find(4)?.message).toMatch(
      /^row 4: Breach Submission Date "13\/45\/2020" is not a date.*; row skipped$/,
    );
  });

  it('readExport(text) skips rows whose count is text, negative or decimal', () => {
    for (const [row, raw] of [
      [5, 'about 500'],
      [6, '-40'],
      [7, '12.5'],
    ] as const) {
      expect(find(row)).toMatchObject({
        file: 'malformed-rows.csv',
        row,
        field: 'Individuals Affected',
        severity: 'error',
        code: 'bad-count',
      });
      expect(find(row)?.message).toContain(`Individuals Affected "${raw}"`);
    }
  });

  it('readExport(text) skips rows with an empty name or an empty date', () => {
    expect(find(8)).toMatchObject({
      row: 8,
      field: 'Name of Covered Entity',
      severity: 'error',
      code: 'empty-name',
    });
    expect(find(9)).toMatchObject({
      row: 9,
      field: 'Breach Submission Date',
      severity: 'error',
      code: 'missing-date',
    });
  });

  it('readExport(text) still loads every other row with exact values, and counts skipped rows in rowsRead', () => {
    expect(rowsRead).toBe(10);
    expect(records.map(values)).toEqual([
      {
        row: 2,
        name: 'Aspen Hollow Clinic',
        state: 'CO',
        entityType: 'Healthcare Provider',
        individuals: 700,
        submitted: '2020-10-01',
        breachTypes: ['Theft'],
        locations: ['Laptop'],
        businessAssociate: false,
        hasWebDescription: false,
      },
      {
        row: 10,
        name: 'Thousands Pharmacy',
        state: 'TX',
        entityType: 'Healthcare Provider',
        individuals: 1234,
        submitted: '2020-09-15',
        breachTypes: ['Theft'],
        locations: ['Paper/Films'],
        businessAssociate: null,
        hasWebDescription: true,
      },
      {
        row: 11,
        name: 'Birchwood Orthopedics',
        state: 'KY',
        entityType: 'Healthcare Provider',
        individuals: 2500,
        submitted: '2020-09-14',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Network Server'],
        businessAssociate: null,
        hasWebDescription: false,
      },
    ]);
  });

  it('readExport(text) warns about thousands separators and a missing or odd Business Associate value', () => {
    expect(codes(issues.filter((i) => i.severity === 'warning'))).toEqual([
      '10:Individuals Affected:warning:thousands-separator',
      '10:Business Associate Present:warning:empty-business-associate',
      '11:Business Associate Present:warning:bad-business-associate',
    ]);
  });

  it('readExport(text) ignores empty rows at the end of the file without an issue', () => {
    expect(issues.some((i) => (i.row ?? 0) > 11)).toBe(false);
  });
});

describe('readExport — files that are not exports', () => {
  it('readExport(text) refuses a CSV whose first row is not the portal header, naming the file and the expected columns', () => {
    const { result } = readFixture('not-an-export.csv');
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      file: 'not-an-export.csv',
      row: null,
      field: null,
      severity: 'error',
      code: 'not-an-export',
    });
    expect(result.issues[0]?.message).toContain('not-an-export.csv');
    expect(result.issues[0]?.message).toContain(
      'Name of Covered Entity, State, Covered Entity Type',
    );
    expect(result.issues[0]?.message).toContain('"id", "city", "population"');
  });

  it('readExport(text) refuses whitespace-only text as an empty file', () => {
    const result = readExport(' \r\n \n', 'blank.csv');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: 'blank.csv',
          row: null,
          field: null,
          severity: 'error',
          code: 'empty-file',
          message: 'blank.csv: empty file',
        },
      ],
    });
  });

  it('readExport(text) reports a quote left open at the end of the file instead of silently dropping the row', () => {
    const header =
      readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8').split('\n')[0] ?? '';
    const text = `${header}\n"Good Row Clinic","OH","Healthcare Provider","600","01/02/2024","Theft","Laptop","No",""\n"Open Quote Clinic","OH","Healthcare Provider","700","01/01/2024","Theft","Laptop","No","never closed\n`;
    const { records, issues, rowsRead } = loaded(readExport(text, 'open.csv'));
    expect(records.map((r) => r.name)).toEqual(['Good Row Clinic']);
    expect(rowsRead).toBe(2);
    expect(codes(issues)).toEqual(['3:-:error:unterminated-quote']);
  });

  it('readExport(text) reports a quote left open mid-file as a column-count error that says the next record was swallowed', () => {
    const header =
      readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8').split('\n')[0] ?? '';
    const text = `${header}\n"Open Quote Clinic","OH","Healthcare Provider","700","01/01/2024","Theft","Laptop","No","never closed\n"Lost Row","OH","Healthcare Provider","800","12/31/2023","Theft","Laptop","No",""\n"Later Row","OH","Healthcare Provider","900","12/30/2023","Theft","Laptop","No",""\n`;
    const { records, issues } = loaded(readExport(text, 'open.csv'));
    expect(records.map((r) => [r.row, r.name])).toEqual([[3, 'Later Row']]);
    expect(codes(issues)).toEqual(['2:-:error:column-count']);
    expect(issues[0]?.message).toContain('a quote is probably not closed');
  });

  it('readExport(text) never throws and never yields NaN for arbitrary text after a valid header', () => {
    const header =
      readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8').split('\n')[0] ?? '';
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        const result = readExport(`${header}\n${body}`, 'fuzz.csv');
        if (!result.ok) return true;
        return result.records.every(
          (r) => r.individuals === null || Number.isInteger(r.individuals),
        );
      }),
      { numRuns: 200 },
    );
  });
});
