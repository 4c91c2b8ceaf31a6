import type { MonthRollup } from '../../data/rollupByMonth';
import type { YearRollup } from '../../data/rollupByYear';
import type { TimeBucket } from '../../charts/time/timeModel';

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
