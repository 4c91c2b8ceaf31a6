import { describe, expect, it } from 'vitest';
import { parseQuotedSalaries } from '../../../src/data/workforce/parseQuotedSalaries';
import { shippedRows } from './workforceFixture';

describe('parseQuotedSalaries', () => {
  it('parseQuotedSalaries(shipped file) keeps the article’s three Payscale figures with their status and the undated third-party one', () => {
    const result = parseQuotedSalaries(shippedRows('quoted-salaries.csv'));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((q) => [q.key, q.medianAnnual, q.periodLabel, q.status])).toEqual([
      ['health_informatics_specialist_article', 77_400, 'April 2025', 'quoted by the article'],
      ['clinical_informatics_manager_article', 106_040, 'February 2025', 'quoted by the article'],
      ['him_manager_article', 66_700, 'March 2025', 'quoted by the article'],
      ['health_informatics_specialist_third_party', 67_534, 'undated', 'quoted by a third party'],
    ]);
    expect(result.rows[3]?.period).toBeNull();
  });

  it('parseQuotedSalaries(rows) skips a quote with no status, since the page must say who quoted it', () => {
    const rows = shippedRows('quoted-salaries.csv').map((r) => [...r]);
    rows[1]![6] = '';
    const result = parseQuotedSalaries(rows);
    expect(result.rows).toHaveLength(3);
    expect(result.issues[0]?.message).toBe(
      'quoted-salaries.csv row 2, status: is empty; row skipped',
    );
  });
});
