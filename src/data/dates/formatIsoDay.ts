import { civilFromDays } from './civilFromDays';

const scratch = new Int32Array(3);

/** ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC); inverse of parseIsoDay. */
export function formatIsoDay(days: number): string {
  civilFromDays(days, scratch);
  const [y, m, d] = scratch;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
