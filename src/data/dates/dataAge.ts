/**
 * How old the data is on the day someone looks at it. Pure: the caller passes today's date (the
 * viewer's clock at view time), so an exported image or a printed handout says how old the data
 * was when it was made.
 */

/** Beyond this many days the page suggests loading newer exports. */
export const STALE_AFTER_DAYS = 60;

export interface DataAge {
  /** Whole days from the as-of date to today; negative when the as-of date is after today. */
  days: number;
  /** "12 days old", "4 months old", "2 years old", "from today". */
  label: string;
  /** More than STALE_AFTER_DAYS old. */
  stale: boolean;
}

export function dataAge(asOf: string, today: string): DataAge {
  const days = Math.round((utcDay(today) - utcDay(asOf)) / 86_400_000);
  return {
    days,
    label: ageLabel(days, calendarMonths(asOf, today)),
    stale: days > STALE_AFTER_DAYS,
  };
}

function ageLabel(days: number, months: number): string {
  if (!Number.isFinite(days)) return 'of unknown age';
  if (days < 0) return 'dated after today (check this computer’s clock)';
  if (days === 0) return 'from today';
  if (days < 31 || months < 1) return plural(days, 'day');
  if (months < 12) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0
    ? plural(years, 'year')
    : `${years} year${years === 1 ? '' : 's'}, ${plural(rest, 'month')}`;
}

/** Whole calendar months from one day to another: Jul 15 → Nov 27 is 4, Jul 15 → Nov 14 is 3. */
function calendarMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (
    ((ty ?? NaN) - (fy ?? NaN)) * 12 +
    ((tm ?? NaN) - (fm ?? NaN)) -
    ((td ?? NaN) < (fd ?? NaN) ? 1 : 0)
  );
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'} old`;
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
}

/** Today on the viewer's own calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const SHORT_DAY = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "2026-07-15" → "Jul 15, 2026". */
export function formatShortDay(iso: string): string {
  const t = utcDay(iso);
  return Number.isNaN(t) ? iso : SHORT_DAY.format(new Date(t));
}

/** "data as of Jul 15, 2026 · 4 months old": the words every figure's source line carries. */
export function asOfText(asOf: string, today: string): string {
  return `data as of ${formatShortDay(asOf)} · ${dataAge(asOf, today).label}`;
}

/** "2026-05-03" → "May 3, 2026"; "2024-05" → "May 2024"; "2025" → "2025". */
export function formatAsOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return (d === undefined ? MONTH_YEAR : DAY_MONTH_YEAR).format(date);
}

// Built once: toLocaleDateString makes a new formatter on every call.
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A source's as-of date as a day, for its age: a month counts from its first day, a year from January 1. */
export function asOfStartDay(asOf: string): string {
  return /^\d{4}$/.test(asOf) ? `${asOf}-01-01` : /^\d{4}-\d{2}$/.test(asOf) ? `${asOf}-01` : asOf;
}
