import type { BreachTable } from '../../data/table/BreachTable';
import { countByCategory } from '../../data/views/countByCategory';
import { selectRows } from '../../data/views/filterTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import { rollupByYear, type YearRollup } from '../../data/views/rollupByYear';
import { summarise } from '../../data/views/summarise';
import { BREACH_TYPE_ROLES, type BreachTypeRoles } from './breachTypeRoles';

/**
 * The breach side of "the case", worked out from the whole table (no explorer filter applies:
 * the case is about the whole record). Plain functions, so the browser test can compute the
 * same numbers in Node.
 */

export interface IndexYears {
  /** One rollup per year from the first complete year to the as-of year. */
  years: YearRollup[];
  /** Years a base may be: complete years with at least one report and one known count. */
  baseOptions: number[];
  defaultBase: number | null;
  /** The as-of year, whose submissions run only to the as-of date; null when no such year is in the data. */
  partialYear: number | null;
  /** The first year of the list, left out because it starts part-way through (null when it starts in January). */
  droppedFirstYear: number | null;
}

/**
 * Years for the index chart. The list starts part-way through its first year (October 2009),
 * so that year is left out unless its first submission falls in January; the as-of year is
 * partial and may be shown but not chosen as the base (an index over a part-year misleads).
 */
export function indexYears(
  table: BreachTable,
  manifest: Pick<Manifest, 'asOf' | 'submittedFrom'>,
): IndexYears {
  const all = rollupByYear(table, selectRows(table, []));
  const first = all[0];
  const startsInJanuary = manifest.submittedFrom.slice(5, 7) === '01';
  const droppedFirstYear = first && !startsInJanuary && all.length > 1 ? first.year : null;
  const years = droppedFirstYear === null ? all : all.slice(1);
  const asOfYear = Number(manifest.asOf.slice(0, 4));
  const partialYear = years.some((y) => y.year === asOfYear) ? asOfYear : null;
  const baseOptions = years
    .filter((y) => y.year !== partialYear && y.breaches > 0 && y.individuals > 0)
    .map((y) => y.year);
  return { years, baseOptions, defaultBase: baseOptions[0] ?? null, partialYear, droppedFirstYear };
}

/** The chosen base year when it is allowed, else the default. */
export function resolveBaseYear(chosen: number | null, index: IndexYears): number | null {
  return chosen !== null && index.baseOptions.includes(chosen) ? chosen : index.defaultBase;
}

export interface BreachTypeRow extends BreachTypeRoles {
  /** Display label ('(none)' for a report naming no type). */
  label: string;
  breaches: number;
  individuals: number;
}

/**
 * Breach reports and individuals per breach type (a report naming several types counts under
 * each), joined to the roles whose work prevents that type. Types with no reports are left out;
 * a type the role list does not know is kept with no roles, so nothing is dropped silently.
 */
export function breachTypeRows(table: BreachTable): BreachTypeRow[] {
  return countByCategory(table, selectRows(table, []), 'breachType')
    .filter((c) => c.breaches > 0)
    .map((c) => {
      const roles = BREACH_TYPE_ROLES.find((r) => r.type === c.key);
      return {
        type: c.key,
        label: c.label,
        breaches: c.breaches,
        individuals: c.individuals,
        prevention:
          roles?.prevention ??
          (c.key === ''
            ? 'The report names no breach type.'
            : 'No prevention note for this type yet.'),
        occupationKeys: roles?.occupationKeys ?? [],
      };
    });
}

export interface CountingFacts {
  breaches: number;
  placeholders: number;
  unknownCounts: number;
  /** Reports whose entity's state is empty. */
  noState: number;
  /** Sum of the per-type report counts: more than `breaches` when reports name several types. */
  typeEntries: number;
}

/** The numbers the method notes quote, from the data core's own aggregations. */
export function countingFacts(table: BreachTable): CountingFacts {
  const rows = selectRows(table, []);
  const summary = summarise(table, rows);
  const noState = countByCategory(table, rows, 'state').find((c) => c.key === '')?.breaches ?? 0;
  const typeEntries = countByCategory(table, rows, 'breachType').reduce(
    (sum, c) => sum + c.breaches,
    0,
  );
  return {
    breaches: summary.breaches,
    placeholders: summary.placeholders,
    unknownCounts: summary.unknownCounts,
    noState,
    typeEntries,
  };
}
