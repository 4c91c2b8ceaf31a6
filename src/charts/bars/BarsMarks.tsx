import { memo } from 'react';
import type { PlacedCategoryBar } from './barsModel';

interface Props {
  bar: PlacedCategoryBar;
  /** Width and height of the SVG's coordinate space (the model's width and rowHeight). */
  width: number;
  height: number;
}

/**
 * Stateless SVG of one bar over a faint full-length track. Decorative: the button around it
 * carries the name and the figures. The SVG stretches to its box (preserveAspectRatio none) so a
 * width measured a pixel off never leaves a gap or an overflow.
 */
export const BarsMarks = memo(function BarsMarks({ bar, width, height }: Props) {
  return (
    <svg
      className="bars-svg"
      viewBox={`0 0 ${Math.max(1, width)} ${height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bars-track" x={0} y={bar.y} width={Math.max(1, width)} height={bar.height} />
      <rect
        className="bars-mark"
        x={0}
        y={bar.y}
        width={bar.length}
        height={bar.height}
        data-value={bar.value}
      />
    </svg>
  );
});
