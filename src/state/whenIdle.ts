type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> &
  Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/**
 * Runs `work` when the page is idle, at the latest after `timeoutMs`; where there is no
 * requestIdleCallback (Safari), after `fallbackMs`. Returns a cancel. Work the page must do but no
 * click is waiting for — writing the address bar, presorting the table — goes here, so it does not
 * land in the middle of the frames that answer a click.
 */
export function whenIdle(
  work: () => void,
  { timeoutMs, fallbackMs }: { timeoutMs: number; fallbackMs: number },
  win: IdleWindow = window,
): () => void {
  if (typeof win.requestIdleCallback === 'function' && win.cancelIdleCallback) {
    const cancelIdle = win.cancelIdleCallback.bind(win);
    const id = win.requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdle(id);
  }
  const timer = win.setTimeout(work, fallbackMs);
  return () => win.clearTimeout(timer);
}
