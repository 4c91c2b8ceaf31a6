import { appendPresentParams, parsePresentParams } from './presentParams';
import { parseUrlState, serializeUrlState } from './urlState';
import { selectViewState, useAppStore } from './store';

/** Address-bar writes wait this long after the last change: a drag or a run of clicks writes once. */
const WRITE_DELAY_MS = 120;

/**
 * Keeps the store and the address bar in step: the URL is read once at start and on
 * back/forward; store changes replace the URL (replaceState: a drag of the range control should
 * not flood the history). Writes are coalesced — history.replaceState costs milliseconds per call
 * in Chromium, which a filter click should not pay — and flushed before the page is left.
 * Returns an unsubscribe function.
 */
export function syncUrl(win: Window = window): () => void {
  const apply = () => {
    const view = parseUrlState(win.location.search);
    useAppStore.setState({ ...view, ...parsePresentParams(win.location.search) });
  };
  apply();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const state = useAppStore.getState();
    const next = appendPresentParams(serializeUrlState(selectViewState(state)), state);
    if (next !== win.location.search)
      win.history.replaceState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  };
  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      write();
    }
  };
  const unsubscribe = useAppStore.subscribe(() => {
    if (timer === null) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  win.addEventListener('popstate', apply);
  win.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', apply);
    win.removeEventListener('pagehide', flush);
  };
}
