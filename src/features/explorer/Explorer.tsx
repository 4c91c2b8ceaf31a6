import { useMemo, useState, type ReactNode } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { ChartView } from '../../state/viewState';
import { chartViewOf, tableViewOf } from '../../state/store';
import { useView } from '../../state/viewContext';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Breakdowns } from './Breakdowns';
import { explorerClauses, explorerViews } from './explorerViews';
import { FilterChips } from './FilterChips';
import { LargestBreaches } from './LargestBreaches';
import { Overview } from './Overview';
import type { PanelProps } from './panelProps';
import { StateMap } from './StateMap';
import { useAfterPaints, useMountedAfterPaints, useQuiet } from './useAfterPaints';
import { useNearScreen, usePrinting, type NearScreen } from './useNearScreen';
import { YearTrend } from './YearTrend';

export type ExplorerPanel = 'chips' | 'overview' | 'time' | 'breakdowns' | 'map' | 'largest';
const ALL_PANELS: readonly ExplorerPanel[] = [
  'chips',
  'overview',
  'time',
  'breakdowns',
  'map',
  'largest',
];

/** How near the screen a panel must be to follow changes: within a quarter screen (root margin). */
const NEAR = '25% 0px';
/** After this long without a change (ms), panels far from the screen catch up too. */
const CATCH_UP_MS = 2000;

interface Props {
  table: BreachTable;
  manifest: Manifest;
  /** Which panels to show; all by default. */
  panels?: readonly ExplorerPanel[];
}

/**
 * The breach explorer: every panel answers to every filter but its own. The crossfilter runs when
 * the clauses change, not when the view does (sorting the table or opening a breach runs none),
 * and each panel is memoised, so a change re-renders only the panels whose inputs it changed.
 */
export function Explorer({ table, manifest, panels = ALL_PANELS }: Props) {
  // The view arrives as an input (useView); its chart and table parts keep their identities while
  // their fields are equal, so a change to one part re-renders only the panels that read it.
  const given = useView();
  const view = useShallowStable(chartViewOf(given));
  const tableView = useShallowStable(tableViewOf(given));
  // A change paints in stages, so no frame carries the whole page: the clicked control shows it at
  // once, the store hears of it a frame later (`afterOwnFrame`) and the chips show it then; then one
  // frame each for the first row of breakdowns, the second row and the overview, the map, the time
  // chart and the table.
  // A panel follows changes only while it is on screen or within a quarter of a screen of it (or
  // once the view has been still for a moment, or for a print): a panel far from the one being
  // clicked skips the frame it cost each change, and it catches up in a frame of its own as it
  // comes near (not in the frame that scrolls it in).
  const quiet = useQuiet(view, CATCH_UP_MS);
  const places = {
    overview: useNearScreen(NEAR),
    time: useNearScreen(NEAR),
    breakdowns: useNearScreen(NEAR),
    map: useNearScreen(NEAR),
    largest: useNearScreen(NEAR),
  };
  // A print takes the page as it is now, without waiting for the stages.
  const printing = usePrinting();
  const stage = (place: NearScreen, paints: number) =>
    [printing ? 0 : paints, !place.near && !printing && !quiet] as const;
  const rowOne = useStagedViews(table, view, ...stage(places.breakdowns, 1));
  const rowTwo = useStagedViews(table, view, ...stage(places.breakdowns, 2));
  const overviewStage = useStagedViews(table, view, ...stage(places.overview, 2));
  const mapStage = useStagedViews(table, view, ...stage(places.map, 3));
  const timeStage = useStagedViews(table, view, ...stage(places.time, 4));
  const tableStage = useStagedViews(table, view, ...stage(places.largest, 5));
  const years = useMemo(
    () => [table.span?.minYear ?? 2009, table.span?.maxYear ?? 2009] as const,
    [table],
  );
  // The table: its rows come with the last stage; its search box and sort answer at once.
  const largestView = useMemo(
    () => ({ ...tableStage.view, search: view.search, ...tableView }),
    [tableStage.view, view.search, tableView],
  );
  // Panels get the view of their stage, except what must answer the click at once: the controls
  // of the time panel, and the selected bars and states (`selectedNow`).
  const timeView = useMemo(
    () => ({
      ...timeStage.view,
      measure: view.measure,
      scale: view.scale,
      setAsideMega: view.setAsideMega,
      yearFrom: view.yearFrom,
      yearTo: view.yearTo,
      timeView: view.timeView,
    }),
    [
      timeStage.view,
      view.measure,
      view.scale,
      view.setAsideMega,
      view.yearFrom,
      view.yearTo,
      view.timeView,
    ],
  );
  // On the first render the chips, overview and time chart come first; the breakdowns and map
  // mount after that paint, the table after the next (each keeps a box of its size meanwhile).
  const grid = useMountedAfterPaints(1);
  const largest = useMountedAfterPaints(2);
  const props: PanelProps = { table, views: rowOne.views, view, manifest, years };
  const selectedNow = view.filters;
  const has = (p: ExplorerPanel) => panels.includes(p);
  // Each panel in its own error boundary: one that fails to draw leaves the others working.
  const show = (p: ExplorerPanel, label: string, panel: ReactNode, ready = true) =>
    has(p) &&
    (ready ? (
      <ErrorBoundary label={label}>{panel}</ErrorBoundary>
    ) : (
      <section className={`panel panel-pending panel-pending-${p}`} aria-busy="true">
        <p className="muted">Drawing {label}…</p>
      </section>
    ));
  return (
    <div className={`explorer${panels.length < ALL_PANELS.length ? ' explorer-focus' : ''}`}>
      {show('chips', 'the active filters', <FilterChips {...props} />)}
      {show(
        'overview',
        'the overview',
        <Overview
          {...props}
          views={overviewStage.views}
          view={overviewStage.view}
          panelRef={places.overview.ref}
        />,
      )}
      {show(
        'time',
        'the breaches over time',
        <YearTrend {...props} views={timeStage.views} view={timeView} panelRef={places.time.ref} />,
      )}
      {(has('breakdowns') || has('map')) && (
        <div className={has('breakdowns') && has('map') ? 'explorer-grid' : undefined}>
          {show(
            'breakdowns',
            'the breakdowns',
            <Breakdowns
              {...props}
              view={rowOne.view}
              selectedNow={selectedNow}
              laterViews={rowTwo.views}
              panelRef={places.breakdowns.ref}
            />,
            grid,
          )}
          {show(
            'map',
            'the state map',
            <StateMap
              {...props}
              views={mapStage.views}
              view={mapStage.view}
              selectedNow={selectedNow}
              panelRef={places.map.ref}
            />,
            grid,
          )}
        </div>
      )}
      {show(
        'largest',
        'the largest breaches',
        <LargestBreaches
          {...props}
          views={tableStage.views}
          view={largestView}
          panelRef={places.largest.ref}
        />,
        largest,
      )}
    </div>
  );
}

/**
 * The view `paints` frames late and the explorer's views for it; while `hold` is true, the view as
 * it was when the hold began. The crossfilter runs when the clauses change, not when the view
 * does: sorting the table or opening a breach runs none.
 */
function useStagedViews(table: BreachTable, view: ChartView, paints: number, hold = false) {
  const shown = useAfterPaints(useHeld(view, hold), paints);
  const clauses = explorerClauses(shown);
  const key = JSON.stringify(clauses);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the clauses by value, not identity
  const views = useMemo(() => explorerViews(table, clauses), [table, key]);
  return { view: shown, views };
}

/** `value`, or while `hold` is true the value it had when the hold began. */
function useHeld<T>(value: T, hold: boolean): T {
  const [kept, setKept] = useState(value);
  if (!hold && !Object.is(kept, value)) {
    setKept(value);
    return value;
  }
  return hold ? kept : value;
}

/** The same object while its fields are equal (shallow), so memoised children keep their props. */
function useShallowStable<T extends object>(value: T): T {
  const [held, setHeld] = useState(value);
  if (!shallowEqual(held, value)) {
    setHeld(value);
    return value;
  }
  return held;
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}
