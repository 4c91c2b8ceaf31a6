import type { Issue } from '../schema/types';
import { fieldReader } from './fieldReader';
import { makeIssue } from '../schema/makeIssue';
import { readCsvTable } from './readCsvTable';
import type { ParseResult, Pay } from './workforceTypes';

export const PAY_COLUMNS = [
  'occupation_key',
  'period',
  'period_label',
  'median_annual',
  'median_hourly',
  'p10_annual',
  'p25_annual',
  'p75_annual',
  'p90_annual',
  'p90_annual_topcoded',
  'mean_annual',
  'mean_hourly',
  'oews_employment',
  'source_key',
  'cross_check_source_keys',
] as const;

/**
 * pay.csv → OEWS pay per occupation and period. Every figure may be empty (no confirmed value →
 * null). A top-coded 90th percentile must be empty: OEWS publishes no number there, so a value
 * beside the flag is dropped with a warning rather than shown.
 */
export function parsePay(rows: readonly (readonly string[])[], file = 'pay.csv'): ParseResult<Pay> {
  const table = readCsvTable(rows, file, PAY_COLUMNS);
  if (!table.ok) return { ok: false, rows: [], issues: table.issues };
  const issues: Issue[] = [...table.issues];
  const out: Pay[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const f = fieldReader(record, file, issues);
    const money = (field: string) => f.number(field, { optional: true, min: 0 });
    const occupationKey = f.required('occupation_key');
    const period = f.required('period');
    if (period !== '' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
      f.fail('period', 'bad-period', `"${period}" is not YYYY-MM`);
    const periodLabel = f.required('period_label');
    const pay: Pay = {
      occupationKey,
      period,
      periodLabel,
      medianAnnual: money('median_annual'),
      medianHourly: money('median_hourly'),
      p10Annual: money('p10_annual'),
      p25Annual: money('p25_annual'),
      p75Annual: money('p75_annual'),
      p90Annual: money('p90_annual'),
      p90TopCoded: f.flag('p90_annual_topcoded'),
      meanAnnual: money('mean_annual'),
      meanHourly: money('mean_hourly'),
      oewsEmployment: f.number('oews_employment', { optional: true, integer: true, min: 0 }),
      sourceKey: f.required('source_key'),
      crossCheckKeys: f.list('cross_check_source_keys'),
    };
    const id = `${occupationKey}\u0000${period}`;
    if (occupationKey !== '' && period !== '' && seen.has(id))
      f.fail('period', 'duplicate-key', `"${occupationKey}" has two rows for ${period}`);
    if (f.bad()) continue;
    if (pay.p90TopCoded && pay.p90Annual !== null) {
      issues.push(
        makeIssue(
          file,
          record.row,
          'p90_annual',
          'warning',
          'topcoded-value',
          `${file} row ${record.row}, p90_annual: top-coded, so its value is not shown`,
        ),
      );
      pay.p90Annual = null;
    }
    seen.add(id);
    out.push(pay);
  }
  return { ok: true, rows: out, issues };
}
