import { useEffect, useState } from 'react';

/**
 * True while the pointer moved in the last `ms` milliseconds or focus is inside the controls, so
 * the presenting controls hide themselves over the slide and come back on a mouse move or Tab.
 */
export function useShownWhileMoving(ms: number): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setShown(false), ms);
    const show = () => {
      setShown(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!document.activeElement?.closest('.slide-bar')) setShown(false);
      }, ms);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') show();
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element && e.target.closest('.slide-bar')) show();
    };
    window.addEventListener('pointermove', show);
    window.addEventListener('keydown', onKey);
    window.addEventListener('focusin', onFocus);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', show);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focusin', onFocus);
    };
  }, [ms]);
  return shown;
}
