import { stateKeyName } from '../../charts/map/stateCodes';
import type { CategoryFilters, ViewState } from '../../state/viewState';

export const FIELD_NAMES: Record<keyof CategoryFilters, string> = {
  breachType: 'Type',
  entityType: 'Entity',
  location: 'Location',
  businessAssociate: 'Business associate',
  state: 'State',
};

export type FilterText =
  | { key: string; text: string; kind: 'years' | 'search' | 'mega' }
  | { key: string; text: string; kind: 'category'; field: keyof CategoryFilters; value: string };

/** Each active filter of a view in words ("Years: 2015–2016", "Type: Theft", …), in a fixed order. */
export function filterTexts(
  view: ViewState,
  [minYear, maxYear]: readonly [number, number],
): FilterText[] {
  const out: FilterText[] = [];
  if (view.yearFrom !== null || view.yearTo !== null) {
    const a = view.yearFrom ?? minYear;
    const b = view.yearTo ?? maxYear;
    out.push({ key: 'years', kind: 'years', text: `Years: ${a === b ? a : `${a}–${b}`}` });
  }
  for (const field of Object.keys(FIELD_NAMES) as (keyof CategoryFilters)[]) {
    for (const value of view.filters[field]) {
      const shown = field === 'state' ? stateKeyName(value) : value === '' ? '(none)' : value;
      out.push({
        key: `${field}:${value}`,
        kind: 'category',
        field,
        value,
        text: `${FIELD_NAMES[field]}: ${shown}`,
      });
    }
  }
  if (view.search.trim() !== '')
    out.push({ key: 'search', kind: 'search', text: `Name contains “${view.search.trim()}”` });
  if (view.setAsideMega) out.push({ key: 'mega', kind: 'mega', text: 'Mega-breaches set aside' });
  return out;
}

/** One line for an exported image: "Filters: Type: Theft; Years: 2015–2016", or all breaches. */
export function filtersLine(view: ViewState, years: readonly [number, number]): string {
  const texts = filterTexts(view, years).map((f) => f.text);
  return texts.length === 0
    ? `All breaches, ${years[0]}–${years[1]} (no filters)`
    : `Filters: ${texts.join('; ')}`;
}
