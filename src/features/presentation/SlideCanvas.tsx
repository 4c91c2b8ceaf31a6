import { useLayoutEffect, useState, type ReactNode } from 'react';

/** Every slide is designed at this logical size and scaled to the screen or page it is shown on. */
export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;

/** The scale that fits the 16:9 frame inside width × height (letterboxed, never cut). */
export function fitScale(width: number, height: number): number {
  return Math.max(0.05, Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
}

/**
 * A slide frame of 1600 × 900 logical pixels scaled by `scale`. The wrapper takes the scaled size,
 * so the page around it lays out as if the frame were that small; what is inside is laid out once,
 * at the logical size, whatever the screen.
 */
export function SlideCanvas({
  scale,
  children,
  className = '',
}: {
  scale: number;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`slide-canvas-box ${className}`}
      style={{ width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale }}
    >
      <div className="slide-canvas" style={{ transform: `scale(${scale})` }} data-scale={scale}>
        {children}
      </div>
    </div>
  );
}

/** The scale that fits the frame in the window, kept current as the window changes. */
export function useWindowFit(): number {
  const read = () => fitScale(window.innerWidth, window.innerHeight);
  const [scale, setScale] = useState(read);
  useLayoutEffect(() => {
    const onResize = () => setScale(read());
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
