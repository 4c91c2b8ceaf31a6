import { useMemo, type ReactNode } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import { useView } from '../../state/viewContext';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Breakdowns } from './Breakdowns';
import { explorerViews } from './explorerViews';
import { FilterChips } from './FilterChips';
import { LargestBreaches } from './LargestBreaches';
import { Overview } from './Overview';
import type { PanelProps } from './panelProps';
import { StateMap } from './StateMap';
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

interface Props {
  table: BreachTable;
  manifest: Manifest;
  /** Which panels to show; all by default. */
  panels?: readonly ExplorerPanel[];
}

/** The breach explorer of the view it is given: every panel answers to every filter but its own. */
export function Explorer({ table, manifest, panels = ALL_PANELS }: Props) {
  const view = useView();
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  const years = useMemo(
    () => [table.span?.minYear ?? 2009, table.span?.maxYear ?? 2009] as const,
    [table],
  );
  const props: PanelProps = { table, views, view, manifest, years };
  const has = (p: ExplorerPanel) => panels.includes(p);
  // Each panel in its own error boundary: one that fails to draw leaves the others working.
  const show = (p: ExplorerPanel, label: string, panel: ReactNode) =>
    has(p) && <ErrorBoundary label={label}>{panel}</ErrorBoundary>;
  return (
    <div className={`explorer${panels.length < ALL_PANELS.length ? ' explorer-focus' : ''}`}>
      {show('chips', 'the active filters', <FilterChips {...props} />)}
      {show('overview', 'the overview', <Overview {...props} />)}
      {show('time', 'the breaches over time', <YearTrend {...props} />)}
      {(has('breakdowns') || has('map')) && (
        <div className={has('breakdowns') && has('map') ? 'explorer-grid' : undefined}>
          {show('breakdowns', 'the breakdowns', <Breakdowns {...props} />)}
          {show('map', 'the state map', <StateMap {...props} />)}
        </div>
      )}
      {show('largest', 'the largest breaches', <LargestBreaches {...props} />)}
    </div>
  );
}
