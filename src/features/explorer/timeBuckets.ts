import type { MonthRollup } from '../../data/views/rollupByMonth';
import type { YearRollup } from '../../data/views/rollupByYear';
import type { TimeBucket, TimeCallout } from '../../charts/time/timeModel';
import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import { breachName } from '../../data/table/breachText';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Ranges this short are drawn per month: per-year bars would be too few to show a trend. */
export const MONTHLY_MAX_YEARS = 3;

/** Buckets for the time chart: years in [from, to], or their months when the range is short. */
export function timeBuckets(
  years: readonly YearRollup[],
  months: readonly MonthRollup[],
  from: number,
  to: number,
): { unit: 'year' | 'month'; buckets: TimeBucket[] } {
  if (to - from + 1 <= MONTHLY_MAX_YEARS) {
    return {
      unit: 'month',
      buckets: months
        .filter((m) => m.year >= from && m.year <= to)
        .map((m) => ({
          key: m.month,
          tick: m.monthIndex === 0 ? String(m.year) : (MONTHS[m.monthIndex] ?? '').slice(0, 3),
          name: `${MONTHS[m.monthIndex] ?? ''} ${m.year}`,
          breaches: m.breaches,
          individuals: m.individuals,
        })),
    };
  }
  return {
    unit: 'year',
    buckets: years
      .filter((y) => y.year >= from && y.year <= to)
      .map((y) => ({
        key: y.year,
        tick: `'${String(y.year).slice(2)}`,
        name: String(y.year),
        breaches: y.breaches,
        individuals: y.individuals,
      })),
  };
}

/** The largest breach of the view as the time chart's callout, on its year or month bar. */
export function timeCallout(
  table: BreachTable,
  largest: number | null,
  unit: 'year' | 'month',
): TimeCallout | null {
  if (largest === null) return null;
  const key = unit === 'year' ? table.year[largest] : table.month[largest];
  return key === undefined
    ? null
    : { key, name: breachName(table, largest), individuals: table.individuals[largest] ?? 0 };
}

/** The bar still filling up: the as-of year, or the month of the newest submission. */
export function partialTimeKey(
  manifest: Pick<Manifest, 'asOf' | 'submittedTo'>,
  unit: 'year' | 'month',
): number {
  const [y, m] = manifest.submittedTo.split('-').map(Number);
  return unit === 'year' ? Number(manifest.asOf.slice(0, 4)) : (y ?? 0) * 12 + (m ?? 1) - 1;
}
