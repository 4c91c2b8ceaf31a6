import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildImportReport,
  problemsCsv,
  type FileOutcome,
} from '../../../src/data/merge/importReport';
import { mergeIntoHistory } from '../../../src/data/merge/mergeIntoHistory';
import { mergeSnapshots } from '../../../src/data/merge/mergeSnapshots';
import type { Issue } from '../../../src/data/schema/types';
import { record, snapshot } from '../snapshotFixture';

const issue = (over: Partial<Issue>): Issue => ({
  file: 'x.csv',
  row: 5,
  field: 'State',
  severity: 'warning',
  code: 'empty-state',
  message: 'row 5: State is empty; kept with no state',
  ...over,
});

describe('buildImportReport(...)', () => {
  const ch = (individuals: number) =>
    record({ name: 'Change Healthcare, Inc.', state: 'MN', submitted: '2024-07-19', individuals });
  const old = snapshot('investigation', '2024-10-17', [
    ch(500),
    record({ name: 'Small Clinic', submitted: '2024-09-01', individuals: 700 }),
  ]);
  const next = snapshot('investigation', '2024-11-06', [
    ch(100_000_000),
    record({ name: 'Small Clinic', submitted: '2024-09-01', individuals: 900 }),
    record({ name: 'New Dental', submitted: '2024-11-01' }),
  ]);
  const base = { snapshots: [{ ...old, records: 2 }], breaches: mergeSnapshots([old]).breaches };
  const merged = mergeIntoHistory(base, [next]);
  const files: FileOutcome[] = [
    {
      file: 'investigation-2024-11-06.csv',
      bytes: 300,
      outcome: 'merged',
      rowsRead: 4,
      records: 3,
      snapshots: [{ id: next.id, kind: 'investigation', date: next.date, coverage: 'complete' }],
      refusal: [],
    },
    {
      file: 'notes.csv',
      bytes: 20,
      outcome: 'refused',
      rowsRead: 0,
      records: 0,
      snapshots: [],
      refusal: [
        issue({
          row: null,
          field: null,
          severity: 'error',
          code: 'not-an-export',
          message: 'notes.csv: not an HHS breach-portal export',
        }),
      ],
    },
  ];
  const issues = [
    issue({}),
    issue({
      row: 3,
      field: 'Breach Submission Date',
      severity: 'error',
      code: 'bad-date',
      message: 'row 3: Breach Submission Date "13/45/2020" is not a date; row skipped',
    }),
  ];
  const report = buildImportReport({
    files,
    changes: merged.changes,
    issues,
    before: { asOf: '2024-10-17', breaches: 2 },
    after: { asOf: '2024-11-06', breaches: 3 },
  });

  it('counts rows read, breaches added, counts updated, placeholders resolved and problems', () => {
    expect(report.rowsRead).toBe(4);
    expect(report.totals).toEqual({
      added: 1,
      countsUpdated: 2,
      placeholdersResolved: 1,
      nowArchived: 0,
      nowClosed: 0,
      removed: 0,
      problems: 2,
      rowsSkipped: 1,
    });
    expect(report.added.map((b) => b.name)).toEqual(['New Dental']);
  });

  it('lists the largest count change first', () => {
    expect(
      report.countsUpdated.map((c) => [c.name, c.before, c.after, c.placeholderResolved]),
    ).toEqual([
      ['Change Healthcare, Inc.', 500, 100_000_000, true],
      ['Small Clinic', 700, 900, false],
    ]);
  });

  it('cuts lists to the limit but keeps exact totals and every problem in the CSV', () => {
    const many = Array.from({ length: 30 }, (_, i) => issue({ row: i + 2 }));
    const cut = buildImportReport({
      files,
      changes: merged.changes,
      issues: many,
      before: report.before,
      after: report.after,
      listLimit: 0,
      problemLimit: 5,
    });
    expect(cut.added).toEqual([]);
    expect(cut.totals.added).toBe(1);
    expect(cut.problems).toHaveLength(5);
    expect(
      Papa.parse(new TextDecoder().decode(cut.problemsCsv), { skipEmptyLines: true }).data,
    ).toHaveLength(31);
  });
});

describe('problemsCsv(problems)', () => {
  it('writes file, row, field, severity, code and reason, with a BOM for spreadsheets', () => {
    const csv = problemsCsv([issue({})]);
    expect(csv.startsWith('\uFEFF"file","row","field","severity","code","reason"\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]).toEqual([
      'x.csv',
      '5',
      'State',
      'warning',
      'empty-state',
      'row 5: State is empty; kept with no state',
    ]);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = problemsCsv([
      issue({ file: '=cmd|calc.csv', field: '+x', message: '@SUM(1)', code: '-bad' }),
    ]);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]).toEqual([
      "'=cmd|calc.csv",
      '5',
      "'+x",
      'warning',
      "'-bad",
      "'@SUM(1)",
    ]);
  });
});
