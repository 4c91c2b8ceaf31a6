import { create, type StateCreator } from 'zustand';
import { DEFAULT_VIEW, type ViewState } from './viewState';

/** Year-range slice: the submission years every breach view is limited to. */
export interface YearRangeSlice extends ViewState {
  setYearRange: (from: number | null, to: number | null) => void;
  resetYearRange: () => void;
}

const createYearRangeSlice: StateCreator<AppState, [], [], YearRangeSlice> = (set) => ({
  ...DEFAULT_VIEW,
  setYearRange: (from, to) =>
    set(
      from !== null && to !== null && from > to ? { yearFrom: to, yearTo: from } : { yearFrom: from, yearTo: to },
    ),
  resetYearRange: () => set({ yearFrom: null, yearTo: null }),
});

export type AppState = YearRangeSlice;

/** The one store. It holds only data-space UI state; query data is never copied into it. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createYearRangeSlice(...a),
}));

export function selectViewState(s: AppState): ViewState {
  return { yearFrom: s.yearFrom, yearTo: s.yearTo };
}
