import type { Issue } from '../schema/types';
import { fieldReader } from './fieldReader';
import { readCsvTable } from './readCsvTable';
import type { ParseResult, Projection } from './workforceTypes';

export const PROJECTION_COLUMNS = [
  'occupation_key',
  'occupation',
  'soc_code',
  'cycle',
  'base_year',
  'projected_year',
  'base_employment_thousands',
  'projected_employment_thousands',
  'change_number_thousands',
  'change_percent',
  'openings_per_year_thousands',
  'source_key',
  'cross_check_source_keys',
] as const;

/**
 * projections.csv → one row per occupation and EP cycle. The published change and percent are
 * kept as they are (BLS derives them from unrounded employment), so nothing is recomputed here;
 * the cycle label must agree with its base and projected years, or the row would be shown under
 * the wrong decade.
 */
export function parseProjections(
  rows: readonly (readonly string[])[],
  file = 'projections.csv',
): ParseResult<Projection> {
  const table = readCsvTable(rows, file, PROJECTION_COLUMNS);
  if (!table.ok) return { ok: false, rows: [], issues: table.issues };
  const issues: Issue[] = [...table.issues];
  const out: Projection[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const f = fieldReader(record, file, issues);
    const occupationKey = f.required('occupation_key');
    const occupation = f.required('occupation');
    const soc = f.required('soc_code');
    const cycle = f.required('cycle');
    const baseYear = f.number('base_year', { integer: true, min: 1900 });
    const projectedYear = f.number('projected_year', { integer: true, min: 1900 });
    const baseEmploymentK = f.number('base_employment_thousands', { min: 0 });
    const projectedEmploymentK = f.number('projected_employment_thousands', { min: 0 });
    const changeK = f.number('change_number_thousands');
    const changePercent = f.number('change_percent');
    const openingsK = f.number('openings_per_year_thousands', { min: 0 });
    const sourceKey = f.required('source_key');
    const m = /^(\d{4})-(\d{2})$/.exec(cycle);
    if (cycle !== '' && !m) f.fail('cycle', 'bad-cycle', `"${cycle}" is not a cycle like 2023-33`);
    if (m && baseYear !== null && projectedYear !== null) {
      if (Number(m[1]) !== baseYear || Number(m[2]) !== projectedYear % 100)
        f.fail(
          'cycle',
          'cycle-years',
          `"${cycle}" does not match base year ${baseYear} and projected year ${projectedYear}`,
        );
    }
    const id = `${occupationKey}\u0000${cycle}`;
    if (occupationKey !== '' && cycle !== '' && seen.has(id))
      f.fail('cycle', 'duplicate-key', `"${occupationKey}" has two rows for ${cycle}`);
    if (
      f.bad() ||
      baseYear === null ||
      projectedYear === null ||
      baseEmploymentK === null ||
      projectedEmploymentK === null ||
      changeK === null ||
      changePercent === null ||
      openingsK === null
    )
      continue;
    seen.add(id);
    out.push({
      occupationKey,
      occupation,
      soc,
      cycle,
      baseYear,
      projectedYear,
      baseEmploymentK,
      projectedEmploymentK,
      changeK,
      changePercent,
      openingsK,
      sourceKey,
      crossCheckKeys: f.list('cross_check_source_keys'),
    });
  }
  return { ok: true, rows: out, issues };
}
