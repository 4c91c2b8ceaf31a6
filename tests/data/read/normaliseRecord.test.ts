import { describe, expect, it } from 'vitest';
import { normaliseRecord, PORTAL_COLUMNS } from '../../../src/data/read/normaliseRecord';

const good = [
  'Elm Street Clinic',
  'OH',
  'Healthcare Provider',
  '1200',
  '03/14/2024',
  'Hacking/IT Incident',
  'Email',
  'No',
  'Some text.',
];
const withCell = (index: number, value: string): string[] =>
  good.map((cell, i) => (i === index ? value : cell));

describe('normaliseRecord', () => {
  it('normaliseRecord(cells) turns 9 clean cells into a typed record with no issue', () => {
    expect(normaliseRecord(good, 'f.csv', 7)).toEqual({
      ok: true,
      record: {
        file: 'f.csv',
        row: 7,
        name: 'Elm Street Clinic',
        state: 'OH',
        entityType: 'Healthcare Provider',
        individuals: 1200,
        submitted: '2024-03-14',
        breachTypes: ['Hacking/IT Incident'],
        locations: ['Email'],
        businessAssociate: false,
        hasWebDescription: true,
      },
      issues: [],
    });
  });

  it('normaliseRecord(cells) trims and collapses whitespace in every text field without an issue', () => {
    const result = normaliseRecord(
      [
        '  Elm   Street\tClinic ',
        ' oh ',
        ' Health  Plan ',
        ' 12 ',
        ' 3/4/2024 ',
        ' Theft ,  Loss ',
        'Laptop ,, Email,',
        ' YES ',
        '',
      ],
      'f.csv',
      2,
    );
    expect(result.ok && result.record).toMatchObject({
      name: 'Elm Street Clinic',
      state: 'OH',
      entityType: 'Health Plan',
      individuals: 12,
      submitted: '2024-03-04',
      breachTypes: ['Theft', 'Loss'],
      locations: ['Laptop', 'Email'],
      businessAssociate: true,
      hasWebDescription: false,
    });
    expect(result.issues).toEqual([]);
  });

  it('normaliseRecord(cells) reads \\N as empty in any column', () => {
    const result = normaliseRecord(
      ['Elm', '\\N', '\\N', '\\N', '01/02/2020', 'Theft', 'Laptop', '\\N', '\\N'],
      'f.csv',
      3,
    );
    expect(result.ok && result.record).toMatchObject({
      state: null,
      entityType: null,
      individuals: null,
      businessAssociate: null,
      hasWebDescription: false,
    });
    expect(result.issues.map((i) => i.code)).toEqual([
      'empty-state',
      'empty-entity-type',
      'empty-count',
      'empty-business-associate',
    ]);
  });

  it('normaliseRecord(cells) keeps a row with empty state, entity type and count, with one warning each naming the field', () => {
    const result = normaliseRecord(
      ['Elm', '', '', '', '01/02/2020', 'Theft', 'Laptop', 'No', ''],
      'f.csv',
      4,
    );
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.file, i.row, i.field, i.severity, i.code])).toEqual([
      ['f.csv', 4, 'State', 'warning', 'empty-state'],
      ['f.csv', 4, 'Covered Entity Type', 'warning', 'empty-entity-type'],
      ['f.csv', 4, 'Individuals Affected', 'warning', 'empty-count'],
    ]);
  });

  it('normaliseRecord(cells) skips a row with the wrong number of cells', () => {
    expect(normaliseRecord(good.slice(0, 8), 'f.csv', 5)).toEqual({
      ok: false,
      issues: [
        {
          file: 'f.csv',
          row: 5,
          field: null,
          severity: 'error',
          code: 'column-count',
          message: 'row 5: has 8 columns, expected 9; row skipped',
        },
      ],
    });
  });

  it('normaliseRecord(cells) skips a row with a bad date, naming the portal column and the raw value', () => {
    expect(normaliseRecord(withCell(4, '13/45/2020'), 'f.csv', 17)).toEqual({
      ok: false,
      issues: [
        {
          file: 'f.csv',
          row: 17,
          field: 'Breach Submission Date',
          severity: 'error',
          code: 'bad-date',
          message:
            'row 17: Breach Submission Date "13/45/2020" is not a date (no such calendar day); row skipped',
        },
      ],
    });
  });

  it('normaliseRecord(cells) reports every unusable field of a skipped row, and no warnings for it', () => {
    const result = normaliseRecord(
      ['', '', 'Healthcare Provider', 'ten', 'soon', 'Theft', 'Laptop', 'No', ''],
      'f.csv',
      9,
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ['Name of Covered Entity', 'empty-name', 'error'],
      ['Individuals Affected', 'bad-count', 'error'],
      ['Breach Submission Date', 'bad-date', 'error'],
    ]);
  });

  it('normaliseRecord(cells) refuses a state that is not two letters but keeps the row', () => {
    const result = normaliseRecord(withCell(1, 'Ohio'), 'f.csv', 2);
    expect(result.ok && result.record.state).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['bad-state']);
  });

  it('normaliseRecord(cells) reads Business Associate Present case-insensitively', () => {
    for (const [raw, expected] of [
      ['Yes', true],
      ['yes', true],
      ['NO', false],
      ['no', false],
    ] as const) {
      const result = normaliseRecord(withCell(7, raw), 'f.csv', 2);
      expect(result.ok && result.record.businessAssociate, raw).toBe(expected);
    }
  });

  it('normaliseRecord(cells) counts a description without letters or digits (the portal\'s "\\\\" debris) as absent', () => {
    const result = normaliseRecord(withCell(8, '\\\\'), 'f.csv', 2);
    expect(result.ok && result.record.hasWebDescription).toBe(false);
  });

  it('normaliseRecord(cells, {descriptionColumn: flag}) reads Y/N and warns about anything else', () => {
    const yes = normaliseRecord(withCell(8, 'Y'), 'f.csv', 2, { descriptionColumn: 'flag' });
    const no = normaliseRecord(withCell(8, 'N'), 'f.csv', 3, { descriptionColumn: 'flag' });
    const odd = normaliseRecord(withCell(8, '?'), 'f.csv', 4, { descriptionColumn: 'flag' });
    expect(yes.ok && yes.record.hasWebDescription).toBe(true);
    expect(no.ok && no.record.hasWebDescription).toBe(false);
    expect(odd.ok && odd.record.hasWebDescription).toBe(false);
    expect(odd.issues.map((i) => [i.field, i.code])).toEqual([
      ['Web Description Present In Source', 'bad-description-flag'],
    ]);
  });

  it('normaliseRecord(cells) repairs a garbled name and warns with the before and after', () => {
    const result = normaliseRecord(withCell(0, 'Pine Childrenâ€™???s Clinic'), 'f.csv', 6);
    expect(result.ok && result.record.name).toBe('Pine Children’s Clinic');
    expect(result.issues).toEqual([
      {
        file: 'f.csv',
        row: 6,
        field: 'Name of Covered Entity',
        severity: 'warning',
        code: 'repaired-text',
        message:
          'row 6: Name of Covered Entity "Pine Childrenâ€™???s Clinic" had garbled characters; read as "Pine Children’s Clinic"',
      },
    ]);
  });

  it('PORTAL_COLUMNS lists the 9 portal columns in export order', () => {
    expect(PORTAL_COLUMNS).toHaveLength(9);
    expect(PORTAL_COLUMNS[4]).toBe('Breach Submission Date');
  });
});
