import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { ExportButtons } from '../../charts/export/ExportButtons';
import { StateMapChart } from '../../charts/map/StateMapChart';
import { stateKeyName } from '../../charts/map/stateCodes';
import { useAppStore } from '../../state/store';
import { afterOwnFrame } from './useAfterPaints';
import type { Measure } from '../../state/viewState';
import { filtersLine } from './filterTexts';
import type { PanelProps } from './panelProps';
import { BreachSourceLine, breachSourceText } from '../../ui/BreachSourceLine';
import { useToday } from '../../ui/useToday';

const fmt = new Intl.NumberFormat('en-US');

type TableSort = 'name' | 'breaches' | 'individuals';

interface Row {
  key: string;
  name: string;
  breaches: number;
  individuals: number;
}

function sortRows(rows: Row[], by: TableSort, desc: boolean): Row[] {
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const primary = by === 'name' ? a.name.localeCompare(b.name) : a[by] - b[by];
    return sign * primary || a.name.localeCompare(b.name);
  });
}

/** "Where": breaches (or individuals affected) by the state of the reporting entity; click to filter. */
export const StateMap = memo(function StateMap({
  views,
  view,
  manifest,
  years,
  selectedNow = view.filters,
  panelRef,
}: PanelProps) {
  const today = useToday();
  const mapBox = useRef<HTMLDivElement>(null);
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const setFilter = useAppStore((s) => s.setFilter);
  // The map shows the state pressed in the click's own frame; the filter follows a frame later.
  const onToggle = useCallback(
    (key: string) => void afterOwnFrame(() => toggleFilter('state', key)),
    [toggleFilter],
  );
  const counts = views.state;
  const measure: Measure = view.measure;
  const selected = selectedNow.state;
  const headingId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const [sort, setSort] = useState<{ by: TableSort; desc: boolean } | null>(null);

  const rows = useMemo(
    () =>
      counts.map((c): Row => ({
        key: c.key,
        name: stateKeyName(c.key, c.label),
        breaches: c.breaches,
        individuals: c.individuals,
      })),
    [counts],
  );
  const total = rows.reduce((n, r) => n + r.breaches, 0);
  const top = useMemo(
    () =>
      sortRows(
        rows.filter((r) => r.key !== '' && r[measure] > 0),
        measure,
        true,
      ).slice(0, 3),
    [rows, measure],
  );
  const tableSort = sort ?? { by: measure, desc: true };
  const sortedRows = useMemo(
    () => sortRows(rows, tableSort.by, tableSort.desc),
    [rows, tableSort.by, tableSort.desc],
  );

  const unit = measure === 'individuals' ? 'individuals affected' : 'breaches';
  const title = `${measure === 'individuals' ? 'Individuals affected' : 'Breaches'} by state of the reporting entity`;
  const sortBy = (by: TableSort) =>
    setSort((s) => {
      const current = s ?? { by: measure, desc: true };
      return current.by === by ? { by, desc: !current.desc } : { by, desc: by !== 'name' };
    });
  const ariaSort = (by: TableSort) =>
    tableSort.by === by ? (tableSort.desc ? 'descending' : 'ascending') : 'none';

  return (
    <section
      className="panel state-map-panel"
      aria-labelledby={headingId}
      data-testid="state-map"
      ref={panelRef}
    >
      <div className="panel-head">
        <h2 id={headingId}>Where: by state of the reporting entity</h2>
      </div>
      {total === 0 ? (
        <p className="state-map-empty" role="status">
          No breaches match these filters.
        </p>
      ) : (
        <>
          {top.length > 0 && (
            <p className="summary" data-testid="state-map-summary">
              Most {unit}:{' '}
              {top
                .map((r, i) => `${i > 0 ? ', ' : ''}${r.name} (${fmt.format(r[measure])})`)
                .join('')}
              .
            </p>
          )}
          <div ref={mapBox}>
            <StateMapChart
              counts={counts}
              measure={measure}
              selected={selected}
              onToggle={onToggle}
              title={title}
            />
          </div>
          <p className="state-map-hint">
            Click a state or tile to filter every view by it; click again to remove it.
          </p>
        </>
      )}
      <p className="state-map-note">
        The state is that of the entity that reported the breach, not where the affected people
        live.
      </p>
      <div className="state-map-actions">
        {total > 0 && (
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? 'Hide data table' : 'Show data table'}
          </button>
        )}
        {total > 0 && (
          <ExportButtons
            getSvg={() => mapBox.current?.querySelector('svg.state-map') ?? null}
            meta={{
              title,
              filters: filtersLine(view, years),
              source: `${breachSourceText(manifest, today)} State = the reporting entity's state.`,
              // The colour ramp is HTML + SVG beside the map: the image carries it too, read at export time.
              legend: {
                get title() {
                  return (
                    mapBox.current?.querySelector('.state-map-legend-title')?.textContent ?? ''
                  );
                },
                get svg() {
                  return (
                    mapBox.current?.querySelector<SVGSVGElement>(
                      '.state-map-legend svg[role="img"]',
                    ) ?? null
                  );
                },
              },
            }}
          />
        )}
        {selected.length > 0 && (
          <button type="button" onClick={() => setFilter('state', [])}>
            Clear state filter ({selected.length})
          </button>
        )}
      </div>
      {total > 0 && showTable && (
        <div className="state-map-table-wrap" id={tableId}>
          <table className="state-map-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('name')}>
                  <button type="button" onClick={() => sortBy('name')}>
                    State
                  </button>
                </th>
                <th scope="col" className="num" aria-sort={ariaSort('breaches')}>
                  <button type="button" onClick={() => sortBy('breaches')}>
                    Breaches
                  </button>
                </th>
                <th scope="col" className="num" aria-sort={ariaSort('individuals')}>
                  <button type="button" onClick={() => sortBy('individuals')}>
                    Individuals affected
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {sortedRows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{fmt.format(r.breaches)}</td>
                  <td className="num">{fmt.format(r.individuals)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BreachSourceLine manifest={manifest} panel="map" compact>
        State = the reporting entity’s state.
      </BreachSourceLine>
    </section>
  );
});
