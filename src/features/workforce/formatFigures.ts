/**
 * How the workforce page writes numbers. Each keeps the precision the data publishes: percents
 * with their one decimal, pay in whole dollars, hourly pay in cents, employment in the hundreds
 * of jobs that "thousands with one decimal" means. Nothing is rounded beyond what the file says.
 */
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const signed = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** 124910 → "$124,910". */
export function formatMoney(n: number): string {
  return dollars.format(n);
}

/** 60.05 → "$60.05". */
export function formatHourly(n: number): string {
  return cents.format(n);
}

/** 32.7 → "+32.7%", -0.7 → "-0.7%". */
export function formatChange(percent: number): string {
  return `${signed.format(percent)}%`;
}

/** Published thousands (one decimal) as a job count: 180.7 → "180,700". Integer maths, so no 180,700.00000001. */
export function formatJobsFromThousands(thousands: number): string {
  return whole.format(Math.round(thousands * 10) * 100);
}

/** A count: 7508 → "7,508". */
export function formatCount(n: number): string {
  return whole.format(n);
}

/** "2023-33" → "2023–33" (en dash, as printed). */
export function formatCycle(cycle: string): string {
  return cycle.replace('-', '–');
}

export { formatAsOf } from '../../data/dates/dataAge';
