import { appendPresentParams, parsePresentParams } from './presentParams';
import { parseUrlState, serializeUrlState } from './urlState';
import { selectViewState, useAppStore } from './store';
import { whenIdle } from './whenIdle';

/**
 * Address-bar writes wait this long after the last change: a drag or a run of clicks writes once
 * (each write costs ~10 ms of the page's thread in Chromium, ~40 ms on a school laptop).
 */
const WRITE_DELAY_MS = 600;

function searchOf(state: ReturnType<typeof useAppStore.getState>): string {
  return appendPresentParams(serializeUrlState(selectViewState(state)), state);
}

/**
 * The page's address for the view shown now (the address bar is written a moment later): what a
 * citation or a download names.
 */
export function currentPageUrl(win: Window = window): string {
  // Not origin + pathname: a page opened from a file has the origin "null".
  const page = win.location.href.split(/[?#]/)[0] ?? '';
  return `${page}${searchOf(useAppStore.getState())}${win.location.hash}`;
}

/**
 * Keeps the store and the address bar in step: the URL is read once at start and on
 * back/forward; a change of page or mode pushes a history entry, every other change replaces the
 * URL (replaceState: a drag of the range control should not flood the history). Replaces wait for
 * a pause and an idle moment — history.replaceState costs milliseconds per call in Chromium, which
 * a filter click should not pay — and are flushed before the page is left.
 * Returns an unsubscribe function.
 */
export function syncUrl(win: Window = window): () => void {
  // Page and mode are places: moving between them adds a history entry, so Back and Forward move
  // within the app. Every other change (filters, a drag, the slide number) replaces the entry.
  const place = (s: { page: string; mode: string }) => `${s.page}|${s.mode}`;
  let lastPlace = '';
  const apply = () => {
    const next = {
      ...parseUrlState(win.location.search),
      ...parsePresentParams(win.location.search),
    };
    lastPlace = place({ ...useAppStore.getState(), ...next });
    useAppStore.setState(next);
  };
  apply();
  // A pending replace: the cancel of its timer or idle callback, null when none is pending.
  let pending: (() => void) | null = null;
  let pushPending = false;
  const write = (how: 'push' | 'replace' = 'replace') => {
    pending?.();
    pending = null;
    const next = searchOf(useAppStore.getState());
    if (how === 'push') win.history.pushState(null, '', `${win.location.pathname}${next}`);
    else if (next !== win.location.search)
      win.history.replaceState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  };
  // A replace waits for a pause in the changes, then for an idle moment: while clicks are being
  // answered, a replaceState took up to 20 ms of the page's thread (65 ms at 4× CPU).
  const writeLater = () => {
    pending?.();
    const timer = setTimeout(() => {
      pending = whenIdle(() => write(), { timeoutMs: WRITE_DELAY_MS, fallbackMs: 0 }, win);
    }, WRITE_DELAY_MS);
    pending = () => clearTimeout(timer);
  };
  const flush = () => {
    if (pending !== null) write();
  };
  const unsubscribe = useAppStore.subscribe((state) => {
    const now = place(state);
    if (now !== lastPlace) {
      lastPlace = now;
      // One entry for one move: starting a presentation changes the mode and then the view in
      // the same task, and Back must skip both at once.
      if (!pushPending) {
        pushPending = true;
        queueMicrotask(() => {
          pushPending = false;
          write('push');
        });
      }
      return;
    }
    if (!pushPending) writeLater();
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
