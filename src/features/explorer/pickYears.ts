/**
 * The year range after a year bar is chosen. A click shows that year alone (clicking the only
 * year shown again goes back to all years); a shift-click extends the range from the year clicked
 * before (the anchor) to this one, or, without an anchor in the range, widens the range to reach it.
 * Null = all years.
 */
export function pickYears(
  range: { from: number; to: number; filtered: boolean },
  anchor: number | null,
  year: number,
  extend: boolean,
): [number, number] | null {
  if (!extend || !range.filtered) {
    if (!extend && range.filtered && range.from === year && range.to === year) return null;
    return [year, year];
  }
  if (anchor !== null && anchor >= range.from && anchor <= range.to)
    return [Math.min(anchor, year), Math.max(anchor, year)];
  return [Math.min(range.from, year), Math.max(range.to, year)];
}
