import type { Issue } from '../schema/types';
import type {
  Occupation,
  ParseResult,
  Pay,
  Projection,
  QuotedSalary,
  Source,
} from './workforceTypes';

/** Everything the workforce page shows, every row joined to an occupation and a source. */
export interface WorkforceData {
  occupations: Occupation[];
  projections: Projection[];
  pay: Pay[];
  quotes: QuotedSalary[];
  sources: Source[];
  /** Problems of every file, each naming file, row and field. */
  issues: Issue[];
}

export interface ParsedWorkforce {
  occupations: ParseResult<Occupation>;
  projections: ParseResult<Projection>;
  pay: ParseResult<Pay>;
  quotes: ParseResult<QuotedSalary>;
  sources: ParseResult<Source>;
}

/**
 * Joins the five parsed files. A figure whose source_key is not in sources.csv is dropped with an
 * error: the page promises that every number names its source, so an unsourced row is not shown.
 * A row for an occupation missing from occupations.csv is dropped too (it would have no title or
 * role). Unknown cross-check keys only lose the cross-check (warning).
 *
 * `ok` is false when a file is unusable as a whole (empty, wrong header).
 */
export function assembleWorkforce(
  parsed: ParsedWorkforce,
  files = { projections: 'projections.csv', pay: 'pay.csv', quotes: 'quoted-salaries.csv' },
): { ok: boolean; data: WorkforceData } {
  const issues: Issue[] = [
    ...parsed.occupations.issues,
    ...parsed.projections.issues,
    ...parsed.pay.issues,
    ...parsed.quotes.issues,
    ...parsed.sources.issues,
  ];
  const ok =
    parsed.occupations.ok &&
    parsed.projections.ok &&
    parsed.pay.ok &&
    parsed.quotes.ok &&
    parsed.sources.ok;
  const sourceKeys = new Set(parsed.sources.rows.map((s) => s.key));
  const occupationKeys = new Set(parsed.occupations.rows.map((o) => o.key));

  const problem = (
    file: string,
    field: string,
    severity: Issue['severity'],
    code: string,
    message: string,
  ) => issues.push({ file, row: null, field, severity, code, message: `${file}: ${message}` });

  const keep = <T extends { sourceKey: string; crossCheckKeys?: string[]; occupationKey?: string }>(
    rows: T[],
    file: string,
    name: (r: T) => string,
  ): T[] =>
    rows.flatMap((r) => {
      if (!sourceKeys.has(r.sourceKey)) {
        problem(
          file,
          'source_key',
          'error',
          'unknown-source',
          `${name(r)} names source "${r.sourceKey}", which sources.csv does not list; not shown`,
        );
        return [];
      }
      if (r.occupationKey !== undefined && !occupationKeys.has(r.occupationKey)) {
        problem(
          file,
          'occupation_key',
          'error',
          'unknown-occupation',
          `${name(r)}: occupation "${r.occupationKey}" is not in occupations.csv; not shown`,
        );
        return [];
      }
      if (r.crossCheckKeys === undefined) return [r];
      const unknown = r.crossCheckKeys.filter((k) => !sourceKeys.has(k));
      for (const k of unknown)
        problem(
          file,
          'cross_check_source_keys',
          'warning',
          'unknown-source',
          `${name(r)}: cross-check "${k}" is not in sources.csv; left out`,
        );
      return [
        unknown.length === 0
          ? r
          : { ...r, crossCheckKeys: r.crossCheckKeys.filter((k) => sourceKeys.has(k)) },
      ];
    });

  return {
    ok,
    data: {
      occupations: parsed.occupations.rows,
      projections: keep(
        parsed.projections.rows,
        files.projections,
        (r) => `${r.occupationKey} ${r.cycle}`,
      ),
      pay: keep(parsed.pay.rows, files.pay, (r) => `${r.occupationKey} ${r.period}`),
      quotes: keep(parsed.quotes.rows, files.quotes, (r) => r.key),
      sources: parsed.sources.rows,
      issues,
    },
  };
}
