import { memo } from 'react';
import { shortNumber, type MapTile } from './stateMapModel';

interface Props {
  tiles: readonly MapTile[];
  onToggle: (key: string) => void;
}

/** Keys the atlas cannot draw (Puerto Rico, other territories, no state) as toggle tiles. */
export const StateMapTiles = memo(function StateMapTiles({ tiles, onToggle }: Props) {
  if (tiles.length === 0) return null;
  return (
    <div className="state-map-tiles">
      <span className="state-map-tiles-title">Not on the map</span>
      <ul>
        {tiles.map((t) => (
          <li key={t.key}>
            <button
              type="button"
              className={`state-tile${t.fill ? '' : ' state-tile-none'}${t.ink === 'light' ? ' state-tile-light' : ''}${t.dimmed ? ' state-dimmed' : ''}${t.selected ? ' state-tile-selected' : ''}`}
              style={t.fill ? { backgroundColor: t.fill } : undefined}
              aria-pressed={t.selected}
              title={t.label}
              data-key={t.key}
              onClick={() => onToggle(t.key)}
            >
              {/* Named from content (no aria-label) so name and visible text never disagree
                  (WCAG 2.5.3): the full label is read, the short visible form is not. */}
              <span className="state-tile-short" aria-hidden="true">
                {t.short}
              </span>
              <span className="visually-hidden">{t.label}</span>
              <span className="state-tile-value" aria-hidden="true">
                {shortNumber(t.value)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
