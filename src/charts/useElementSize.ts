import { useLayoutEffect, useRef, useState } from 'react';

/** Width and height of an element (its layout box, not a scaled one), kept current with a ResizeObserver. */
export function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The content box, as the ResizeObserver reports it: client size minus padding.
    const cs = getComputedStyle(el);
    const px = (v: string) => parseFloat(v) || 0;
    setSize({
      width: Math.round(el.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight)),
      height: Math.round(el.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom)),
    });
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setSize({ width: Math.round(box.width), height: Math.round(box.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
