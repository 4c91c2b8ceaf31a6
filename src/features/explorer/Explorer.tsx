import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BreachTable } from '../../data/BreachTable';
import type { Manifest } from '../../data/parseManifest';
import { selectViewState, useAppStore } from '../../state/store';
import { Breakdowns } from './Breakdowns';
import { explorerViews } from './explorerViews';
import { FilterChips } from './FilterChips';
import { LargestBreaches } from './LargestBreaches';
import { Overview } from './Overview';
import type { PanelProps } from './panelProps';
import { StateMap } from './StateMap';
import { YearTrend } from './YearTrend';

/** The breach explorer: every panel answers to every filter but its own. */
export function Explorer({ table, manifest }: { table: BreachTable; manifest: Manifest }) {
  const view = useAppStore(useShallow(selectViewState));
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  const years = useMemo(() => [table.span?.minYear ?? 2009, table.span?.maxYear ?? 2009] as const, [table]);
  const props: PanelProps = { table, views, view, manifest, years };
  return (
    <div className="explorer">
      <FilterChips {...props} />
      <Overview {...props} />
      <YearTrend {...props} />
      <div className="explorer-grid">
        <Breakdowns {...props} />
        <StateMap {...props} />
      </div>
      <LargestBreaches {...props} />
    </div>
  );
}
