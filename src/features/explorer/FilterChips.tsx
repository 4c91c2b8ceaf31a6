import { stateKeyName } from '../../charts/map/stateCodes';
import { useAppStore } from '../../state/store';
import type { CategoryFilters } from '../../state/viewState';
import type { PanelProps } from './panelProps';

const FIELD_NAMES: Record<keyof CategoryFilters, string> = {
  breachType: 'Type',
  entityType: 'Entity',
  location: 'Location',
  businessAssociate: 'Business associate',
  state: 'State',
};

interface Chip {
  key: string;
  text: string;
  remove: () => void;
}

/** The active filters as removable chips, and a clear-all; says "All breaches" when none. */
export function FilterChips({ view, years: [minYear, maxYear] }: PanelProps) {
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const setYearRange = useAppStore((s) => s.setYearRange);
  const setSearch = useAppStore((s) => s.setSearch);
  const setSetAsideMega = useAppStore((s) => s.setSetAsideMega);
  const clearAll = useAppStore((s) => s.clearAll);

  const chips: Chip[] = [];
  if (view.yearFrom !== null || view.yearTo !== null) {
    const a = view.yearFrom ?? minYear;
    const b = view.yearTo ?? maxYear;
    chips.push({ key: 'years', text: `Years: ${a === b ? a : `${a}–${b}`}`, remove: () => setYearRange(null, null) });
  }
  for (const field of Object.keys(FIELD_NAMES) as (keyof CategoryFilters)[]) {
    for (const value of view.filters[field]) {
      chips.push({ key: `${field}:${value}`, text: `${FIELD_NAMES[field]}: ${field === 'state' ? stateKeyName(value) : value === '' ? '(none)' : value}`, remove: () => toggleFilter(field, value) });
    }
  }
  if (view.search.trim() !== '') chips.push({ key: 'search', text: `Name contains “${view.search.trim()}”`, remove: () => setSearch('') });
  if (view.setAsideMega) chips.push({ key: 'mega', text: 'Mega-breaches set aside', remove: () => setSetAsideMega(false) });

  return (
    <nav className="filter-chips" aria-label="Active filters" data-testid="filter-chips">
      {chips.length === 0 ? (
        <span className="chips-empty">Showing all breaches. Click a bar or a state, or drag across years, to filter.</span>
      ) : (
        <>
          <span className="chips-label">Filters:</span>
          <ul>
            {chips.map((c) => (
              <li key={c.key}>
                <button type="button" className="chip" onClick={c.remove} aria-label={`Remove filter ${c.text}`}>
                  {c.text} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="clear-all" onClick={clearAll}>
            Clear all
          </button>
        </>
      )}
    </nav>
  );
}
