import type { Issue } from '../schema/types';
import { fieldReader } from './fieldReader';
import { readCsvTable } from './readCsvTable';
import { ROLE_TAGS, type ParseResult, type QuotedSalary, type RoleTag } from './workforceTypes';

export const QUOTED_SALARY_COLUMNS = [
  'quote_key',
  'payscale_title',
  'role',
  'median_annual',
  'period',
  'period_label',
  'status',
  'original_publisher',
  'source_key',
  'notes',
] as const;

/** quoted-salaries.csv → the Payscale quotes, kept apart from BLS pay because nobody checked them. */
export function parseQuotedSalaries(
  rows: readonly (readonly string[])[],
  file = 'quoted-salaries.csv',
): ParseResult<QuotedSalary> {
  const table = readCsvTable(rows, file, QUOTED_SALARY_COLUMNS);
  if (!table.ok) return { ok: false, rows: [], issues: table.issues };
  const issues: Issue[] = [...table.issues];
  const out: QuotedSalary[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const f = fieldReader(record, file, issues);
    const key = f.required('quote_key');
    const payscaleTitle = f.required('payscale_title');
    const role = f.required('role');
    if (role !== '' && !ROLE_TAGS.includes(role as RoleTag))
      f.fail('role', 'bad-role', `"${role}" is not one of ${ROLE_TAGS.join(', ')}`);
    const medianAnnual = f.number('median_annual', { min: 0 });
    const period = f.optional('period');
    if (period !== '' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
      f.fail('period', 'bad-period', `"${period}" is not YYYY-MM`);
    const periodLabel = f.required('period_label');
    // The status is what the page must say about the figure; a quote without one is not shown.
    const status = f.required('status');
    const publisher = f.required('original_publisher');
    const sourceKey = f.required('source_key');
    if (key !== '' && seen.has(key)) f.fail('quote_key', 'duplicate-key', `"${key}" appears twice`);
    if (f.bad() || medianAnnual === null) continue;
    seen.add(key);
    out.push({
      key,
      payscaleTitle,
      role: role as RoleTag,
      medianAnnual,
      period: period === '' ? null : period,
      periodLabel,
      status,
      publisher,
      sourceKey,
      notes: f.optional('notes'),
    });
  }
  return { ok: true, rows: out, issues };
}
