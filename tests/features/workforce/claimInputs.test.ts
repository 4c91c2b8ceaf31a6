import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import { claimInputs } from '../../../src/features/workforce/claimInputs';
import { fixtureRows, fixtureTable } from '../../data/breachFixture';

describe('claimInputs', () => {
  it('claimInputs(table, null) gives zero-filled year totals and the largest known count of each year', () => {
    const input = claimInputs(fixtureTable(), null);
    expect(input.years.map((y) => [y.year, y.breaches, y.individuals])).toEqual([
      [2019, 2, 3_500],
      [2020, 3, 150_500],
      [2021, 2, 1_350],
      [2022, 0, 0],
      [2023, 2, 12_003_000],
      [2024, 2, 1_301],
      [2025, 2, 4_200],
    ]);
    expect(input.largestByYear.map((b) => [b.year, b.name, b.individuals, b.submitted])).toEqual([
      [2019, '=SUM(A1:A2) Health', 2_500, '2019-07-20'],
      [2020, 'Delta Billing, LLC', 150_000, '2020-11-02'],
      [2021, 'Echo Pharmacy', 700, '2021-02-14'],
      [2023, 'Foxtrot Health Plan', 12_000_000, '2023-06-30'],
      [2024, 'India Dental', 800, '2024-12-31'],
      [2025, 'Kilo Care', 4_200, '2025-02-20'],
    ]);
    expect(input.largestByYear.every((b) => b.history === undefined)).toBe(true);
  });

  it('claimInputs(table, history) attaches the count history of each year’s largest breach', () => {
    const history = new Map([
      [
        'r07',
        [
          { snapshot: 's1', date: '2024-08-29', individuals: 500 },
          { snapshot: 's2', date: '2026-05-03', individuals: 12_000_000 },
        ],
      ],
    ]);
    const foxtrot = claimInputs(fixtureTable(), history).largestByYear.find((b) => b.year === 2023);
    expect(foxtrot?.history).toEqual([
      { date: '2024-08-29', individuals: 500 },
      { date: '2026-05-03', individuals: 12_000_000 },
    ]);
  });

  it('claimInputs(table, null) breaks a tie by the earlier submission, whatever the file order', () => {
    const [header, ...body] = fixtureRows();
    // Lima Therapy (2021-09-09) raised to Echo Pharmacy's 700 and moved to the top of the file.
    const lima = body.find((r) => r[0] === 'r13')!.map((c, i) => (i === 4 ? '700' : c));
    const parsed = parseBreachRows(
      [header!, lima, ...body.filter((r) => r[0] !== 'r13')],
      'tie.csv',
    );
    if (!parsed.ok) throw new Error('tie fixture did not parse');
    expect(
      claimInputs(buildBreachTable(parsed.rows), null).largestByYear.find((b) => b.year === 2021)
        ?.name,
    ).toBe('Echo Pharmacy');
  });
});
