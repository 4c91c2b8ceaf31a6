import { describe, expect, it } from 'vitest';
import { describeSnapshots, dropAfterSnapshot } from '../../src/data/merge/describeSnapshot';
import { normaliseRecord } from '../../src/data/read/normaliseRecord';
import { US_POPULATION } from '../../src/data/read/parseCount';
import { RULE_START } from '../../src/data/dates/parseSubmissionDate';
import { readExport } from '../../src/data/read/readExport';

const cells = (count: string, date: string) => [
  'Elm Street Clinic',
  'OH',
  'Healthcare Provider',
  count,
  date,
  'Hacking/IT Incident',
  'Email',
  'No',
  '',
];
const today = '2026-11-27';
const header =
  'Name of Covered Entity,State,Covered Entity Type,Individuals Affected,Breach Submission Date,Type of Breach,Location of Breached Information,Business Associate Present,Web Description';

describe('impossible values are problem rows naming file, row and field (issue 11, defect 4)', () => {
  it(`a submission date after today or before ${RULE_START} skips the row`, () => {
    expect(normaliseRecord(cells('900', '01/05/2099'), 'f.csv', 7, { today })).toEqual({
      ok: false,
      issues: [
        {
          file: 'f.csv',
          row: 7,
          field: 'Breach Submission Date',
          severity: 'error',
          code: 'impossible-date',
          message: `row 7: Breach Submission Date "01/05/2099" is after today (${today}); row skipped`,
        },
      ],
    });
    expect(normaliseRecord(cells('900', '09/22/2009'), 'f.csv', 8, { today })).toMatchObject({
      ok: false,
      issues: [
        {
          row: 8,
          field: 'Breach Submission Date',
          code: 'impossible-date',
          message: `row 8: Breach Submission Date "09/22/2009" is before ${RULE_START}, when the breach notification rule took effect; row skipped`,
        },
      ],
    });
    for (const ok of ['09/23/2009', '11/27/2026'])
      expect(normaliseRecord(cells('900', ok), 'f.csv', 9, { today }).ok, ok).toBe(true);
  });

  it(`a count above the U.S. population (${US_POPULATION}) skips the row; 2^53−1 too`, () => {
    for (const count of [
      String(US_POPULATION + 1),
      String(Number.MAX_SAFE_INTEGER),
      '1e30'.replace('e30', '0'.repeat(30)),
    ]) {
      const result = normaliseRecord(cells(count, '03/14/2024'), 'f.csv', 4, { today });
      expect(result, count).toEqual({
        ok: false,
        issues: [
          {
            file: 'f.csv',
            row: 4,
            field: 'Individuals Affected',
            severity: 'error',
            code: 'impossible-count',
            message: `row 4: Individuals Affected "${count}" is more than the U.S. population (340,000,000); row skipped`,
          },
        ],
      });
    }
    expect(
      normaliseRecord(cells(String(US_POPULATION), '03/14/2024'), 'f.csv', 4, { today }).ok,
    ).toBe(true);
  });

  it('readExport(text): a 2099 row does not date the list 2099 — it is refused, and the rest load', () => {
    const text = `${header}\nA Clinic,OH,Healthcare Provider,900,03/14/2026,Theft,Laptop,No,\nB Clinic,OH,Healthcare Provider,900,01/01/2099,Theft,Laptop,No,\n`;
    const read = readExport(text, 'breach_report.csv');
    if (!read.ok) throw new Error('not read');
    expect(read.records.map((r) => r.name)).toEqual(['A Clinic']);
    expect(read.issues.map((i) => [i.file, i.row, i.field, i.code])).toEqual([
      ['breach_report.csv', 3, 'Breach Submission Date', 'impossible-date'],
    ]);
    expect(describeSnapshots('breach_report.csv', read.records)[0]?.date).toBe('2026-03-14');
  });

  it('dropAfterSnapshot(snapshots): a row submitted after the date in the file name is refused, naming its row', () => {
    const text = `${header}\nLate Clinic,OH,Healthcare Provider,900,12/01/2024,Theft,Laptop,No,\nOn Time,OH,Healthcare Provider,900,11/01/2024,Theft,Laptop,No,\n`;
    const read = readExport(text, 'investigation-2024-11-06_x.csv');
    if (!read.ok) throw new Error('not read');
    const { snapshots, issues } = dropAfterSnapshot(
      describeSnapshots('investigation-2024-11-06_x.csv', read.records),
    );
    expect(snapshots[0]?.records.map((r) => r.name)).toEqual(['On Time']);
    expect(issues).toEqual([
      {
        file: 'investigation-2024-11-06_x.csv',
        row: 2,
        field: 'Breach Submission Date',
        severity: 'error',
        code: 'impossible-date',
        message:
          "row 2: Breach Submission Date 2024-12-01 is after the list's date 2024-11-06 (from the file name); row skipped",
      },
    ]);
  });
});
