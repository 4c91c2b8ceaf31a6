import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { ViewState } from '../../state/viewState';
import type { ExplorerViews } from './explorerViews';

/** What every explorer panel receives; panels change state only through the store's actions. */
export interface PanelProps {
  table: BreachTable;
  views: ExplorerViews;
  view: ViewState;
  manifest: Manifest;
  /** First and last submission years in the table. */
  years: readonly [number, number];
}
