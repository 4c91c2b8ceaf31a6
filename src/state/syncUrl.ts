import { appendPresentParams, parsePresentParams } from './presentParams';
import { parseUrlState, serializeUrlState } from './urlState';
import { selectViewState, useAppStore } from './store';

/**
 * Keeps the store and the address bar in step: the URL is read once at start and on
 * back/forward; every store change replaces the URL (replaceState: a drag of the range control
 * should not flood the history). Returns an unsubscribe function.
 */
export function syncUrl(win: Window = window): () => void {
  const apply = () => {
    const view = parseUrlState(win.location.search);
    useAppStore.setState({ ...view, ...parsePresentParams(win.location.search) });
  };
  apply();
  const unsubscribe = useAppStore.subscribe((state) => {
    const next = appendPresentParams(serializeUrlState(selectViewState(state)), state);
    if (next !== win.location.search) win.history.replaceState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  });
  win.addEventListener('popstate', apply);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', apply);
  };
}
