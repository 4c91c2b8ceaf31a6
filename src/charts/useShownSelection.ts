import { useCallback, useState } from 'react';

interface Pending {
  /** The `selected` it was toggled from: a newer `selected` replaces it. */
  from: readonly string[];
  keys: readonly string[];
}

/**
 * The keys a chart shows as selected: `selected`, with the user's own toggles shown at once. A
 * chart whose filter is applied a frame later (the page paints the pressed bar or state first, then
 * filters every view) draws the click in the frame it was made in; when `selected` changes — the
 * filter has arrived, or changed in some other way — it is what the chart shows again.
 */
export function useShownSelection(
  selected: readonly string[],
): [shown: readonly string[], toggleShown: (key: string) => void] {
  const [pending, setPending] = useState<Pending | null>(null);
  const shown = pending !== null && pending.from === selected ? pending.keys : selected;
  const toggleShown = useCallback(
    (key: string) =>
      setPending((p) => {
        const current = p !== null && p.from === selected ? p.keys : selected;
        const keys = current.includes(key)
          ? current.filter((k) => k !== key)
          : [...current, key].sort();
        return { from: selected, keys };
      }),
    [selected],
  );
  return [shown, toggleShown];
}
