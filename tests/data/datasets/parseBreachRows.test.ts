import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import { BREACH_COLUMNS } from '../../../src/data/datasets/serialiseDatasets';
import { fixtureRows } from '../breachFixture';

const FILE = 'breaches.csv';
const header = [...BREACH_COLUMNS];
const good = [
  'a1',
  'Acme Health',
  'WI',
  'Healthcare Provider',
  '1200',
  '2024-03-01',
  'Theft|Loss',
  'Laptop',
  'No',
  'open',
  '0',
  '1',
  '2024-08-29',
  '2026-05-03',
  '3',
];

function withField(field: (typeof BREACH_COLUMNS)[number], value: string): string[] {
  const row = [...good];
  row[BREACH_COLUMNS.indexOf(field)] = value;
  return row;
}

describe('parseBreachRows', () => {
  it('parseBreachRows(rows, file) types every field of a well-formed row', () => {
    const result = parseBreachRows([header, good], FILE);
    expect(result).toEqual({
      ok: true,
      issues: [],
      rows: [
        {
          id: 'a1',
          name: 'Acme Health',
          state: 'WI',
          entityType: 'Healthcare Provider',
          individuals: 1200,
          submitted: '2024-03-01',
          breachTypes: ['Theft', 'Loss'],
          locations: ['Laptop'],
          businessAssociate: false,
          status: 'open',
          placeholder: false,
          webDescription: true,
          firstSeen: '2024-08-29',
          lastSeen: '2026-05-03',
          seenIn: 3,
        },
      ],
    });
  });

  it('parseBreachRows(rows, file) reads the fixture: empty state, count and types become null / []', () => {
    const result = parseBreachRows(fixtureRows(), 'breaches-small.csv');
    if (!result.ok) throw new Error('fixture did not parse');
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(13);
    const byId = new Map(result.rows.map((r) => [r.id, r]));
    expect(byId.get('r04')).toMatchObject({
      state: null,
      businessAssociate: null,
      individuals: 500,
      placeholder: true,
    });
    expect(byId.get('r03')?.individuals).toBeNull();
    expect(byId.get('r10')?.entityType).toBeNull();
    expect(byId.get('r13')).toMatchObject({ breachTypes: [], locations: [] });
    expect(byId.get('r05')?.breachTypes).toEqual([
      'Hacking/IT Incident',
      'Unauthorized Access/Disclosure',
    ]);
    expect(byId.get('r05')?.name).toBe('Delta Billing, LLC');
  });

  it('parseBreachRows(rows, file) keeps names starting with = + - @ literally', () => {
    const result = parseBreachRows(
      [
        header,
        ...['=cmd()', '+1 Clinic', '-Dash', '@Home Care'].map((name, i) => [
          `id${i}`,
          ...withField('name', name).slice(1),
        ]),
      ],
      FILE,
    );
    expect(result.ok && result.rows.map((r) => r.name)).toEqual([
      '=cmd()',
      '+1 Clinic',
      '-Dash',
      '@Home Care',
    ]);
  });

  it('parseBreachRows(rows, file) refuses a header that is not the breaches.csv columns', () => {
    const result = parseBreachRows(
      [
        ['id', 'name'],
        ['a', 'b'],
      ],
      FILE,
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { file: FILE, row: 1, field: null, severity: 'error', code: 'bad-header' },
    ]);
    expect(parseBreachRows([], FILE)).toMatchObject({
      ok: false,
      issues: [{ code: 'empty-file' }],
    });
  });

  it('parseBreachRows(rows, file) accepts a byte-order mark before the header', () => {
    const result = parseBreachRows([[`\uFEFF${header[0]}`, ...header.slice(1)], good], FILE);
    expect(result.ok && result.rows).toHaveLength(1);
  });

  it('parseBreachRows(rows, file) skips a bad row with an error naming file, row and field', () => {
    const cases: [(typeof BREACH_COLUMNS)[number], string, string][] = [
      ['individuals', '12.5', 'bad-count'],
      ['individuals', 'NaN', 'bad-count'],
      ['individuals', '-3', 'bad-count'],
      ['submitted', '2023-02-29', 'bad-date'],
      ['submitted', '03/01/2024', 'bad-date'],
      ['submitted', '1899-01-01', 'bad-date'],
      ['state', 'Wisconsin', 'bad-state'],
      ['status', 'pending', 'bad-status'],
      ['business_associate', 'maybe', 'bad-business-associate'],
      ['placeholder', 'yes', 'bad-flag'],
      ['web_description_present', '2', 'bad-flag'],
      ['id', '', 'empty-id'],
    ];
    for (const [field, value, code] of cases) {
      const bad =
        field === 'id' ? withField(field, value) : ['a2', ...withField(field, value).slice(1)];
      const result = parseBreachRows([header, good, bad], FILE);
      expect(result.ok, `${field}=${value}`).toBe(true);
      if (!result.ok) continue;
      expect(result.rows, `${field}=${value}`).toHaveLength(1);
      expect(result.issues, `${field}=${value}`).toMatchObject([
        { file: FILE, row: 3, field, severity: 'error', code },
      ]);
      expect(result.issues[0]?.message).toContain(`${FILE} row 3`);
    }
  });

  it('parseBreachRows(rows, file) skips rows with the wrong number of fields and repeated ids', () => {
    const result = parseBreachRows([header, good, good.slice(0, 5), good], FILE);
    expect(result.ok && result.rows).toHaveLength(1);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'column-count'],
      [4, 'duplicate-id'],
    ]);
  });

  it('parseBreachRows(rows, file) keeps a row with a repairable problem and warns', () => {
    const result = parseBreachRows(
      [
        header,
        withField('entity_type', 'Pharmacy Benefit Manager'),
        ['a2', ...withField('placeholder', '1').slice(1)],
        ['a3', ...withField('first_seen', 'soon').slice(1)],
        ['a4', ...withField('individuals', '1,234').slice(1)],
      ],
      FILE,
    );
    if (!result.ok) throw new Error('should parse');
    expect(result.rows.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(result.issues.map((i) => [i.row, i.field, i.severity, i.code])).toEqual([
      [2, 'entity_type', 'warning', 'unknown-entity-type'],
      [3, 'placeholder', 'warning', 'placeholder-mismatch'],
      [4, 'first_seen', 'warning', 'bad-date'],
      [5, 'individuals', 'warning', 'thousands-separator'],
    ]);
    expect(result.rows[2]?.firstSeen).toBeNull();
    expect(result.rows[3]?.individuals).toBe(1234);
  });

  it('parseBreachRows(rows, file) refuses a 32nd distinct breach type, as a table holds at most 31 plus none', () => {
    const rows: string[][] = [header];
    for (let i = 0; i < 32; i += 1)
      rows.push([`t${i}`, ...withField('breach_types', `Type ${i}`).slice(1)]);
    const result = parseBreachRows(rows, FILE);
    expect(result.ok && result.rows).toHaveLength(31);
    expect(result.issues).toMatchObject([
      { row: 33, field: 'breach_types', code: 'too-many-values' },
    ]);
  });

  it('parseBreachRows(rows, file) ignores trailing blank rows and warns about blank rows inside', () => {
    const result = parseBreachRows([header, [''], good, [''], ['  ']], FILE);
    expect(result.ok && result.rows).toHaveLength(1);
    expect(result.issues).toMatchObject([{ row: 2, severity: 'warning', code: 'blank-row' }]);
  });

  it('parseBreachRows(rows, file) never yields NaN or a non-integer count for any cell text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (count, date) => {
        const result = parseBreachRows(
          [
            header,
            withField('individuals', count),
            ['b', ...withField('submitted', date).slice(1)],
          ],
          FILE,
        );
        if (!result.ok) return false;
        return (
          result.rows.every((r) => r.individuals === null || Number.isSafeInteger(r.individuals)) &&
          result.rows.length + result.issues.filter((i) => i.severity === 'error').length === 2
        );
      }),
      { numRuns: 300 },
    );
  });
});
