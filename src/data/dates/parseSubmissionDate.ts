/**
 * The HITECH breach notification rule took effect on 2009-09-23: no report was submitted to HHS
 * before it, so an earlier Breach Submission Date is impossible.
 */
export const RULE_START = '2009-09-23';

/**
 * Breach Submission Date as an ISO date. The portal writes `MM/DD/YYYY` (zero-padded); re-saved
 * copies drop the padding, and processed copies (the derived subset) use ISO `YYYY-MM-DD`.
 * Nothing else is guessed: `13/45/2020` or `2020-02-30` is an error, never a rolled-over date,
 * and years outside 1990–2100 are typos rather than breaches (HHS reporting began in 2009).
 */
export function parseSubmissionDate(
  raw: string,
): { ok: true; iso: string } | { ok: false; reason: string } {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (us) {
    month = Number(us[1]);
    day = Number(us[2]);
    year = Number(us[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { ok: false, reason: 'is not a date (expected MM/DD/YYYY or YYYY-MM-DD)' };
  }
  if (year < 1990 || year > 2100)
    return { ok: false, reason: `has year ${year}, outside 1990–2100` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'is not a date (no such calendar day)' };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST edges.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
