import { create, type StateCreator } from 'zustand';
import type { Deck } from '../data/deck/Deck';
import { DEFAULT_PRESENT, type Mode, type Theme } from './presentParams';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type CategoryFilters,
  type ChartView,
  type Measure,
  type TableView,
  type Page,
  type ScaleType,
  type SortKey,
  type TimeView,
  type ViewState,
} from './viewState';

type Slice<T> = StateCreator<AppState, [], [], T>;

/** Year-range slice: the submission years every breach view is limited to. */
export interface YearRangeSlice {
  yearFrom: number | null;
  yearTo: number | null;
  setYearRange: (from: number | null, to: number | null) => void;
  resetYearRange: () => void;
}

const createYearRangeSlice: Slice<YearRangeSlice> = (set) => ({
  yearFrom: DEFAULT_VIEW.yearFrom,
  yearTo: DEFAULT_VIEW.yearTo,
  setYearRange: (from, to) =>
    set(
      from !== null && to !== null && from > to
        ? { yearFrom: to, yearTo: from }
        : { yearFrom: from, yearTo: to },
    ),
  resetYearRange: () => set({ yearFrom: null, yearTo: null }),
});

/** How the views measure and draw: individuals or breaches, linear or log, mega-breaches in or out. */
export interface DisplaySlice {
  measure: Measure;
  scale: ScaleType;
  setAsideMega: boolean;
  setMeasure: (m: Measure) => void;
  setScale: (s: ScaleType) => void;
  setSetAsideMega: (on: boolean) => void;
}

const createDisplaySlice: Slice<DisplaySlice> = (set) => ({
  measure: DEFAULT_VIEW.measure,
  scale: DEFAULT_VIEW.scale,
  setAsideMega: DEFAULT_VIEW.setAsideMega,
  setMeasure: (measure) => set({ measure }),
  setScale: (scale) => set({ scale }),
  setSetAsideMega: (setAsideMega) => set({ setAsideMega }),
});

/** What the time panel draws: the totals per year, or each year's change from the year before. */
export interface TimeViewSlice {
  timeView: TimeView;
  setTimeView: (v: TimeView) => void;
}

const createTimeViewSlice: Slice<TimeViewSlice> = (set) => ({
  timeView: DEFAULT_VIEW.timeView,
  setTimeView: (timeView) => set({ timeView }),
});

/** The reference dialogs (sources and citation, glossary): page furniture, never part of a link. */
export type OpenDialog = { kind: 'sources' } | { kind: 'glossary'; term: string | null } | null;
export interface DialogSlice {
  dialog: OpenDialog;
  openDialog: (dialog: Exclude<OpenDialog, null>) => void;
  closeDialog: () => void;
}

const createDialogSlice: Slice<DialogSlice> = (set) => ({
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
});

/** Category filters set by clicking bars and states (linked filtering). */
export interface FilterSlice {
  filters: CategoryFilters;
  /** Adds the value to the field's selection, or removes it when already there. */
  toggleFilter: (field: keyof CategoryFilters, value: string) => void;
  setFilter: (field: keyof CategoryFilters, values: string[]) => void;
  /** Clears every filter: categories, years, search and the mega-breach switch. */
  clearAll: () => void;
}

const createFilterSlice: Slice<FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (field, value) =>
    set((s) => {
      const current = s.filters[field];
      const next = current.includes(value)
        ? current.filter((v) => v !== value)
        : [...current, value].sort();
      return { filters: { ...s.filters, [field]: next } };
    }),
  setFilter: (field, values) =>
    set((s) => ({ filters: { ...s.filters, [field]: [...new Set(values)].sort() } })),
  clearAll: () =>
    set({ filters: EMPTY_FILTERS, yearFrom: null, yearTo: null, search: '', setAsideMega: false }),
});

/** Largest-breaches table: entity search, sort, the breach whose details are open. */
export interface TableSlice {
  search: string;
  sort: SortKey;
  sortDesc: boolean;
  breach: string | null;
  setSearch: (q: string) => void;
  /** Sorts by the key; the same key again flips the direction. */
  sortBy: (key: SortKey) => void;
  openBreach: (id: string | null) => void;
}

const createTableSlice: Slice<TableSlice> = (set) => ({
  search: DEFAULT_VIEW.search,
  sort: DEFAULT_VIEW.sort,
  sortDesc: DEFAULT_VIEW.sortDesc,
  breach: DEFAULT_VIEW.breach,
  setSearch: (search) => set({ search }),
  sortBy: (key) =>
    set((s) =>
      s.sort === key
        ? { sortDesc: !s.sortDesc }
        : { sort: key, sortDesc: key !== 'name' && key !== 'state' },
    ),
  openBreach: (breach) => set({ breach }),
});

/** Which page of the app is open. */
export interface PageSlice {
  page: Page;
  setPage: (page: Page) => void;
}

const createPageSlice: Slice<PageSlice> = (set) => ({
  page: DEFAULT_VIEW.page,
  setPage: (page) => set({ page }),
});

/** Workforce page choices; null = the default the data gives (newest cycle, newest pay period, first complete year). */
export interface WorkforceSlice {
  cycle: string | null;
  payPeriod: string | null;
  baseYear: number | null;
  indexScale: ScaleType;
  setCycle: (cycle: string) => void;
  setPayPeriod: (period: string) => void;
  setBaseYear: (year: number) => void;
  setIndexScale: (scale: ScaleType) => void;
}

const createWorkforceSlice: Slice<WorkforceSlice> = (set) => ({
  cycle: DEFAULT_VIEW.cycle,
  payPeriod: DEFAULT_VIEW.payPeriod,
  baseYear: DEFAULT_VIEW.baseYear,
  indexScale: DEFAULT_VIEW.indexScale,
  setCycle: (cycle) => set({ cycle }),
  setPayPeriod: (payPeriod) => set({ payPeriod }),
  setBaseYear: (baseYear) => set({ baseYear }),
  setIndexScale: (indexScale) => set({ indexScale }),
});

/**
 * Classroom mode: which slide of which deck is on screen. The deck is the teacher's own words and
 * saved views (never query data); null = the built-in deck.
 */
export interface PresentationSlice {
  mode: Mode;
  slide: number;
  /** The slide's "predict first" question has been answered (its figure is showing). */
  revealed: boolean;
  showNotes: boolean;
  theme: Theme;
  deck: Deck | null;
  /** The dashboard view (query string) to return to when the presentation ends. */
  returnView: string | null;
  setMode: (mode: Mode) => void;
  setSlide: (slide: number, revealed?: boolean) => void;
  setRevealed: (revealed: boolean) => void;
  toggleNotes: () => void;
  setTheme: (theme: Theme) => void;
  setDeck: (deck: Deck | null) => void;
  setReturnView: (view: string | null) => void;
}

const createPresentationSlice: Slice<PresentationSlice> = (set) => ({
  mode: DEFAULT_PRESENT.mode,
  slide: DEFAULT_PRESENT.slide,
  revealed: false,
  showNotes: false,
  theme: DEFAULT_PRESENT.theme,
  deck: null,
  returnView: null,
  setMode: (mode) => set({ mode }),
  setSlide: (slide, revealed = false) => set({ slide, revealed }),
  setRevealed: (revealed) => set({ revealed }),
  toggleNotes: () => set((s) => ({ showNotes: !s.showNotes })),
  setTheme: (theme) => set({ theme }),
  setDeck: (deck) => set({ deck }),
  setReturnView: (returnView) => set({ returnView }),
});

export type AppState = PageSlice &
  YearRangeSlice &
  DisplaySlice &
  FilterSlice &
  TableSlice &
  WorkforceSlice &
  PresentationSlice &
  TimeViewSlice &
  DialogSlice;

/** The one store. It holds only data-space UI state; query data is never copied into it. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createPageSlice(...a),
  ...createYearRangeSlice(...a),
  ...createDisplaySlice(...a),
  ...createFilterSlice(...a),
  ...createTableSlice(...a),
  ...createWorkforceSlice(...a),
  ...createPresentationSlice(...a),
  ...createTimeViewSlice(...a),
  ...createDialogSlice(...a),
}));

/** The fields of a view (or the store) the explorer's charts draw from. */
export function chartViewOf(s: ChartView): ChartView {
  return {
    yearFrom: s.yearFrom,
    yearTo: s.yearTo,
    measure: s.measure,
    scale: s.scale,
    setAsideMega: s.setAsideMega,
    filters: s.filters,
    search: s.search,
    timeView: s.timeView,
  };
}

/** The fields of a view (or the store) the largest-breaches table alone reads. */
export function tableViewOf(s: TableView): TableView {
  return { sort: s.sort, sortDesc: s.sortDesc, breach: s.breach };
}

export function selectViewState(s: AppState): ViewState {
  return {
    page: s.page,
    ...chartViewOf(s),
    ...tableViewOf(s),
    cycle: s.cycle,
    payPeriod: s.payPeriod,
    baseYear: s.baseYear,
    indexScale: s.indexScale,
  };
}
