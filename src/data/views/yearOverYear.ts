/** Totals of one submission year (a YearRollup fits). */
export interface YearTotalsRow {
  year: number;
  breaches: number;
  individuals: number;
}

/** One year's change from the year before, for one measure. */
export interface Change {
  /** This year minus the year before. */
  delta: number;
  /** The change in percent of the year before; null when the year before had none. */
  percent: number | null;
}

export interface YearChange {
  year: number;
  breaches: number;
  individuals: number;
  /** Null for the first year (no year before it in the data). */
  breachesChange: Change | null;
  individualsChange: Change | null;
  /** The year is still filling up (the as-of year): its change compares part of a year with a whole one. */
  partial: boolean;
}

/**
 * Each year's change from the year before, for the totals given (the current filter's yearly
 * rollup, every year of the data). Pure; exact integer deltas.
 */
export function yearOverYear(
  years: readonly YearTotalsRow[],
  partialYear: number | null,
): YearChange[] {
  const byYear = new Map(years.map((y) => [y.year, y]));
  return years.map((y) => {
    const before = byYear.get(y.year - 1);
    return {
      year: y.year,
      breaches: y.breaches,
      individuals: y.individuals,
      breachesChange: before ? change(y.breaches, before.breaches) : null,
      individualsChange: before ? change(y.individuals, before.individuals) : null,
      partial: y.year === partialYear,
    };
  });
}

function change(now: number, before: number): Change {
  return { delta: now - before, percent: before === 0 ? null : ((now - before) / before) * 100 };
}

const signed = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' });
const signedPct = new Intl.NumberFormat('en-US', {
  signDisplay: 'exceptZero',
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** "+1,234 (+12.5%)", "−30 (−4.0%)", "+12 (from none)" when the year before had none; "—" for no year before. */
export function formatChange(c: Change | null): string {
  if (c === null) return '—';
  return `${signed.format(c.delta)} (${c.percent === null ? 'from none' : `${signedPct.format(c.percent)}%`})`;
}
