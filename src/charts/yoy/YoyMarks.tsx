import { HatchPattern } from '../time/HatchPattern';
import { YGrid } from '../YGrid';
import type { YoyModel } from './yoyModel';

/** Stateless SVG of a placed year-over-year model. */
export function YoyMarks({
  model,
  width,
  height,
  title,
  describedBy,
  active,
}: {
  model: YoyModel;
  width: number;
  height: number;
  title: string;
  describedBy?: string;
  active: number | null;
}) {
  const { margin, innerWidth, innerHeight, bars, yTicks, xLabels, zeroY } = model;
  return (
    <svg
      width={width}
      height={height}
      className="time-chart yoy-chart"
      role="img"
      aria-label={title}
      aria-describedby={describedBy}
    >
      <defs>
        <HatchPattern id="yoy-partial-up" bg="bar-partial-bg" line="yoy-partial-up-line" />
        <HatchPattern id="yoy-partial-down" bg="bar-partial-bg" line="yoy-partial-down-line" />
      </defs>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <YGrid ticks={yTicks} width={innerWidth} />
        {bars.map((b) => (
          <rect
            key={b.year}
            data-year={b.year}
            data-delta={b.delta}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            className={`yoy-bar ${b.up ? 'yoy-up' : 'yoy-down'}${b.partial ? ' bar-partial' : ''}${active === b.year ? ' bar-active' : ''}`}
          >
            <title>{b.label}</title>
          </rect>
        ))}
        <line x2={innerWidth} y1={zeroY} y2={zeroY} className="yoy-zero" />
        {xLabels.map((l) => (
          <text key={l.year} x={l.x} y={innerHeight + 18} textAnchor="middle" className="x-label">
            {l.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
