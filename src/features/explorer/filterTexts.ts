import { stateKeyName } from '../../charts/map/stateCodes';
import { DIMENSIONS, type DimensionKey } from '../../state/dimensions';
import type { ViewState } from '../../state/viewState';

/** The part of a view state that says what is filtered (what chips and export lines read). */
export type FilterView = Pick<
  ViewState,
  'yearFrom' | 'yearTo' | 'filters' | 'search' | 'setAsideMega'
>;

export type FilterText =
  | { key: string; text: string; kind: 'years' | 'search' | 'mega' }
  | { key: string; text: string; kind: 'category'; field: DimensionKey; value: string };

/** Each active filter of a view in words ("Years: 2015–2016", "Type: Theft", …), in a fixed order. */
export function filterTexts(
  view: FilterView,
  [minYear, maxYear]: readonly [number, number],
): FilterText[] {
  const out: FilterText[] = [];
  if (view.yearFrom !== null || view.yearTo !== null) {
    const a = view.yearFrom ?? minYear;
    const b = view.yearTo ?? maxYear;
    out.push({ key: 'years', kind: 'years', text: `Years: ${a === b ? a : `${a}–${b}`}` });
  }
  for (const { key: field, label, draw } of DIMENSIONS) {
    for (const value of view.filters[field]) {
      const shown = draw.kind === 'map' ? stateKeyName(value) : value === '' ? '(none)' : value;
      out.push({
        key: `${field}:${value}`,
        kind: 'category',
        field,
        value,
        text: `${label}: ${shown}`,
      });
    }
  }
  if (view.search.trim() !== '')
    out.push({ key: 'search', kind: 'search', text: `Name contains “${view.search.trim()}”` });
  if (view.setAsideMega) out.push({ key: 'mega', kind: 'mega', text: 'Mega-breaches set aside' });
  return out;
}

/** One line for an exported image: "Filters: Type: Theft; Years: 2015–2016", or all breaches. */
export function filtersLine(view: FilterView, years: readonly [number, number]): string {
  const texts = filterTexts(view, years).map((f) => f.text);
  return texts.length === 0
    ? `All breaches, ${years[0]}–${years[1]} (no filters)`
    : `Filters: ${texts.join('; ')}`;
}
