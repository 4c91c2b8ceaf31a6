import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { CategoryFilters, ChartView, TableView } from '../../state/viewState';
import type { ExplorerViews } from './explorerViews';

export type { ChartView, TableView };

/**
 * What every explorer panel receives; panels change state only through the store's actions. Every
 * prop keeps its identity while what it stands for is unchanged, so memoised panels whose data did
 * not change do not re-render.
 */
export interface PanelProps {
  table: BreachTable;
  views: ExplorerViews;
  view: ChartView;
  manifest: Manifest;
  /** First and last submission years in the table. */
  years: readonly [number, number];
  /**
   * The filters as just set, when `view` trails a frame or two behind (the live explorer paints a
   * change in stages): a bar or state shows itself selected at once. Defaults to `view.filters`.
   */
  selectedNow?: CategoryFilters;
  /** Receives the panel's element: the explorer watches where it is on screen. */
  panelRef?: (element: HTMLElement | null) => void;
}
