import { memo } from 'react';
import { useAppStore } from '../../state/store';
import { filterTexts } from './filterTexts';
import type { PanelProps } from './panelProps';

interface Chip {
  key: string;
  text: string;
  remove: () => void;
}

/** The active filters as removable chips, and a clear-all; says "All breaches" when none. */
export const FilterChips = memo(function FilterChips({ view, years }: PanelProps) {
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const setYearRange = useAppStore((s) => s.setYearRange);
  const setSearch = useAppStore((s) => s.setSearch);
  const setSetAsideMega = useAppStore((s) => s.setSetAsideMega);
  const clearAll = useAppStore((s) => s.clearAll);

  const chips: Chip[] = filterTexts(view, years).map((f) => ({
    key: f.key,
    text: f.text,
    remove:
      f.kind === 'category'
        ? () => toggleFilter(f.field, f.value)
        : f.kind === 'years'
          ? () => setYearRange(null, null)
          : f.kind === 'search'
            ? () => setSearch('')
            : () => setSetAsideMega(false),
  }));

  return (
    <nav className="filter-chips" aria-label="Active filters" data-testid="filter-chips">
      {chips.length === 0 ? (
        <span className="chips-empty">
          Showing all breaches. Click a bar or a state, or drag across years, to filter.
        </span>
      ) : (
        <>
          <span className="chips-label">Filters:</span>
          <ul>
            {chips.map((c) => (
              <li key={c.key}>
                <button
                  type="button"
                  className="chip"
                  onClick={c.remove}
                  aria-label={`Remove filter ${c.text}`}
                >
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
});
