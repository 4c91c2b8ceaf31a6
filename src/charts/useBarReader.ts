import { useState, type KeyboardEvent } from 'react';

/**
 * Reading a bar chart bar by bar: the bar under the pointer or reached with the arrow keys
 * (Home / End jump, Esc lets go) is `active`. `onChoose` (optional) gets Enter / Space on the
 * active bar, with Shift held or not. Keys are the bars' own keys, in order.
 */
export function useBarReader(
  keys: readonly number[],
  onChoose?: (key: number, extend: boolean) => void,
) {
  const [active, setActive] = useState<number | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (keys.length === 0) return;
    const i = active === null ? -1 : keys.indexOf(active);
    let next: number;
    if (event.key === 'ArrowRight') next = Math.min(keys.length - 1, i + 1);
    else if (event.key === 'ArrowLeft') next = i < 0 ? keys.length - 1 : Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = keys.length - 1;
    else if (event.key === 'Escape') return setActive(null);
    else if ((event.key === 'Enter' || event.key === ' ') && onChoose && active !== null) {
      event.preventDefault();
      return onChoose(active, event.shiftKey);
    } else return;
    event.preventDefault();
    setActive(keys[next] ?? null);
  };
  /** Pointer handlers for the chart's frame: the bar under the pointer (by its data attribute). */
  const pointer = (attribute: string) => ({
    onPointerMove: (e: { target: EventTarget }) => {
      const key = (e.target as Element).getAttribute(attribute);
      setActive(key ? Number(key) : null);
    },
    onPointerLeave: () => setActive(null),
    onBlur: () => setActive(null),
  });
  return { active, setActive, onKeyDown, pointer };
}
