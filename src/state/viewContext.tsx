import { createContext, useContext, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectViewState, useAppStore } from './store';
import type { ViewState } from './viewState';

/**
 * The view a feature draws: filters, years, measure, workforce choices. Features read it here,
 * never from the store, so the same feature draws the live view on the dashboard (`LiveView`)
 * and a slide's saved view in a handout (`ViewProvider` with the slide's parsed query).
 * Changing the view still goes through the store's actions.
 */
const ViewContext = createContext<ViewState | null>(null);

export function ViewProvider({ view, children }: { view: ViewState; children: ReactNode }) {
  return <ViewContext.Provider value={view}>{children}</ViewContext.Provider>;
}

/** Provides the store's current view: what the dashboard and a live presentation show. */
export function LiveView({ children }: { children: ReactNode }) {
  const view = useAppStore(useShallow(selectViewState));
  return <ViewProvider view={view}>{children}</ViewProvider>;
}

/** The view this part of the page draws; throws when no provider sets one (a wiring mistake). */
export function useView(): ViewState {
  const view = useContext(ViewContext);
  if (!view) throw new Error('useView() outside a ViewProvider: wrap the page in <LiveView>.');
  return view;
}
