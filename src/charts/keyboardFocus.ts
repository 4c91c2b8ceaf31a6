/**
 * Whether focus on `target` is one the browser shows a ring for (`:focus-visible`: keyboard, or
 * script after a key press), not a mouse press. Charts track only such focus: a click already has
 * the pointer's hover, and re-rendering a chart for the focus a click brings costs the click's frame.
 * True where the selector is not supported.
 */
export function isVisibleFocus(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  try {
    return target.matches(':focus-visible');
  } catch {
    return true;
  }
}
