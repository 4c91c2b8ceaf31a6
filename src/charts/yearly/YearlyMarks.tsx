import type { YearlyModel } from './yearlyModel';

interface Props {
  model: YearlyModel;
  width: number;
  height: number;
  active: number | null;
  title: string;
}

/** Stateless SVG for a placed yearly model. All text from data is rendered as text nodes. */
export function YearlyMarks({ model, width, height, active, title }: Props) {
  const { margin, innerHeight, bars, yTicks, xLabels, callout } = model;
  return (
    <svg width={width} height={height} className="yearly-chart" aria-hidden="false" role="img" aria-label={title}>
      <defs>
        <pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="bar-partial-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="bar-partial-line" strokeWidth="3" />
        </pattern>
      </defs>
      <g transform={`translate(${margin.left},${margin.top})`}>
        {yTicks.map((t) => (
          <g key={t.value} transform={`translate(0,${t.y})`} className="tick">
            <line x2={width - margin.left - margin.right} className="grid" />
            <text x={-6} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {bars.map((b) => (
          <rect
            key={b.year}
            data-year={b.year}
            data-value={b.value}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            className={`bar${b.partial ? ' bar-partial' : ''}${active === b.year ? ' bar-active' : ''}`}
            fill={b.partial ? 'url(#partial-hatch)' : undefined}
          >
            <title>{b.label}</title>
          </rect>
        ))}
        {xLabels.map((l) => (
          <text key={l.year} x={l.x} y={innerHeight + 18} textAnchor="middle" className="x-label">
            {l.label}
          </text>
        ))}
        {callout && (
          <g className="callout" data-testid="callout">
            <line x1={callout.x} x2={callout.x} y1={callout.y + 20} y2={callout.barTop - 3} />
            <text x={callout.x} y={callout.y} textAnchor={callout.x > (width - margin.left) * 0.6 ? 'end' : 'middle'}>
              {callout.lines.map((line, i) => (
                <tspan key={line} x={callout.x} dy={i === 0 ? 0 : '1.15em'} className={i === 0 ? 'callout-name' : ''}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
