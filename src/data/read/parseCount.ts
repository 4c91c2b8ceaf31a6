/**
 * No breach can affect more people than live in the United States (about 340 million in 2025,
 * Census Bureau estimate): a larger count is a typo or garbage, never a record. The largest real
 * report, Change Healthcare 2024, is 192.7 million.
 */
export const US_POPULATION = 340_000_000;

/**
 * Individuals Affected as a whole number. Every chosen export writes plain digits; a copy
 * re-saved from a spreadsheet may add thousands separators, which are accepted with a note.
 * A float with a zero fraction (`4237.0`, written by processed copies) is the whole number;
 * other decimals, negatives and text are refused: a count is never guessed and never NaN.
 * Empty means the portal left it blank (one archive row does) and is kept as null.
 */
export function parseCount(
  raw: string,
):
  | { ok: true; value: number | null; note?: 'empty' | 'thousands-separator' }
  | { ok: false; reason: string; impossible?: true } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null, note: 'empty' };
  let digits: string;
  let note: 'thousands-separator' | undefined;
  if (/^\d+$/.test(text)) {
    digits = text;
  } else if (/^\d+\.0+$/.test(text)) {
    // A count written as a float by a processed copy (`4237.0`) is still a whole number.
    digits = text.slice(0, text.indexOf('.'));
  } else if (/^\d{1,3}(,\d{3})+$/.test(text)) {
    digits = text.replace(/,/g, '');
    note = 'thousands-separator';
  } else if (/^-\s*[\d,.]+$/.test(text)) {
    return { ok: false, reason: 'is negative' };
  } else if (/^[\d,]*\.\d*$/.test(text)) {
    return { ok: false, reason: 'is not a whole number' };
  } else {
    return { ok: false, reason: 'is not a number' };
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > US_POPULATION)
    return {
      ok: false,
      reason: `is more than the U.S. population (${US_POPULATION.toLocaleString('en-US')})`,
      impossible: true,
    };
  return note ? { ok: true, value, note } : { ok: true, value };
}
