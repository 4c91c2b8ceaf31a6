import { EMPTY_FILTERS, type CategoryFilters } from './dimensions';

export { EMPTY_FILTERS, type CategoryFilters };

export type Measure = 'individuals' | 'breaches';
export type ScaleType = 'linear' | 'log';
/** The time panel: totals per year, or each year's change from the year before. */
export type TimeView = 'totals' | 'change';
export type SortKey = 'individuals' | 'submitted' | 'name' | 'state';

/** The app's pages; a link opens the page it was copied from. */
export type Page = 'explore' | 'workforce' | 'import' | 'classroom';
export const PAGES: readonly Page[] = ['explore', 'workforce', 'import', 'classroom'];

/** Everything a link must restore, in data space only (years and keys, never pixels). */
export interface ViewState {
  page: Page;
  /** Inclusive submission-year range; null = from the first / to the last year in the data. */
  yearFrom: number | null;
  yearTo: number | null;
  measure: Measure;
  scale: ScaleType;
  /** Set aside breaches of MEGA_BREACH_THRESHOLD individuals or more (one event must not flatten fifteen years). */
  setAsideMega: boolean;
  filters: CategoryFilters;
  /** Case-insensitive entity-name search of the largest-breaches table. */
  search: string;
  /** Largest-breaches table order; desc = largest/newest first. */
  sort: SortKey;
  sortDesc: boolean;
  /** Id of the breach whose details are open, or null. */
  breach: string | null;
  /** Workforce page: projection cycle ("2023-33"), pay period, index base year; null = the data's default. */
  cycle: string | null;
  payPeriod: string | null;
  baseYear: number | null;
  indexScale: ScaleType;
  /** Time panel: totals, or the change from the year before. */
  timeView: TimeView;
}

/** Breaches this large are "mega-breaches" that the set-aside switch leaves out of every view. */
export const MEGA_BREACH_THRESHOLD = 10_000_000;

export const DEFAULT_VIEW: ViewState = {
  page: 'explore',
  yearFrom: null,
  yearTo: null,
  measure: 'individuals',
  scale: 'linear',
  setAsideMega: false,
  filters: EMPTY_FILTERS,
  search: '',
  sort: 'individuals',
  sortDesc: true,
  breach: null,
  cycle: null,
  payPeriod: null,
  baseYear: null,
  indexScale: 'log',
  timeView: 'totals',
};

/** Current version of the URL format; bump it and add a migration when the format changes. */
export const URL_VERSION = 2;

/** The part of the view state the explorer's charts draw from (not the table's sort or open breach). */
export type ChartView = Pick<
  ViewState,
  'yearFrom' | 'yearTo' | 'measure' | 'scale' | 'setAsideMega' | 'filters' | 'search' | 'timeView'
>;

/** The largest-breaches table's own part of the view state. */
export type TableView = Pick<ViewState, 'sort' | 'sortDesc' | 'breach'>;
