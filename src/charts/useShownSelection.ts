import { useCallback, useState } from 'react';

/**
 * What a control shows: `value`, or the user's own change to it at once. A control whose change is
 * applied a frame later (the page paints the pressed bar, state or year first, then filters every
 * view) draws the change in the frame it was made in; when `value` changes — the change has
 * arrived, or it changed some other way — it is what the control shows again.
 */
export function useShownValue<T>(value: T): [shown: T, show: (next: (current: T) => T) => void] {
  const [pending, setPending] = useState<{ from: T; shown: T } | null>(null);
  const shown = pending !== null && Object.is(pending.from, value) ? pending.shown : value;
  const show = useCallback(
    (next: (current: T) => T) =>
      setPending((p) => ({
        from: value,
        shown: next(p !== null && Object.is(p.from, value) ? p.shown : value),
      })),
    [value],
  );
  return [shown, show];
}

/** The keys a chart shows as selected: `selected`, with the user's own toggles shown at once. */
export function useShownSelection(
  selected: readonly string[],
): [shown: readonly string[], toggleShown: (key: string) => void] {
  const [shown, show] = useShownValue(selected);
  const toggleShown = useCallback(
    (key: string) =>
      show((current) =>
        current.includes(key) ? current.filter((k) => k !== key) : [...current, key].sort(),
      ),
    [show],
  );
  return [shown, toggleShown];
}
