import { memo } from 'react';
import { HatchPattern } from './HatchPattern';
import { YGrid } from '../YGrid';
import type { TimeModel } from './timeModel';

interface Props {
  model: TimeModel;
  width: number;
  height: number;
  unit: 'year' | 'month';
  active: number | null;
  title: string;
  describedBy?: string;
}

/** Stateless SVG for a placed time model. All text from data is rendered as text nodes. */
export const TimeMarks = memo(function TimeMarks({
  model,
  width,
  height,
  unit,
  active,
  title,
  describedBy,
}: Props) {
  const { margin, innerHeight, innerWidth, bars, yTicks, xLabels, callout, record } = model;
  return (
    <svg
      width={width}
      height={height}
      className="time-chart"
      role="img"
      aria-label={title}
      aria-describedby={describedBy}
    >
      <defs>
        <HatchPattern id="partial-hatch" bg="bar-partial-bg" line="bar-partial-line" />
      </defs>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <YGrid ticks={yTicks} width={innerWidth} />
        {bars.map((b) => (
          <rect
            key={b.key}
            {...(unit === 'year' ? { 'data-year': b.key } : { 'data-month': b.key })}
            data-value={b.value}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            className={`bar${b.partial ? ' bar-partial' : ''}${active === b.key ? ' bar-active' : ''}`}
            fill={b.partial ? 'url(#partial-hatch)' : undefined}
          >
            <title>{b.label}</title>
          </rect>
        ))}
        {record && (
          <text
            x={record.x}
            y={record.y}
            textAnchor={record.anchor}
            className="record-label"
            data-testid="record-label"
          >
            {record.text}
          </text>
        )}
        {xLabels.map((l) => (
          <text key={l.key} x={l.x} y={innerHeight + 18} textAnchor="middle" className="x-label">
            {l.label}
          </text>
        ))}
        {callout && (
          <g className="callout" data-testid="callout">
            <line x1={callout.x} x2={callout.x} y1={callout.y + 20} y2={callout.barTop} />
            <text x={callout.x} y={callout.y} textAnchor={callout.anchor}>
              {callout.lines.map((line, i) => (
                <tspan
                  key={line}
                  x={callout.x}
                  dy={i === 0 ? 0 : '1.15em'}
                  className={i === 0 ? 'callout-name' : ''}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
});
