import { GROWTH_BAR_HEIGHT, GROWTH_LINE_HEIGHT, type GrowthModel } from './growthModel';

/** Axis labels: whole percents need no decimal ("+10%"), unlike the published values. */
const tickFmt = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

interface Props {
  model: GrowthModel;
  width: number;
  title: string;
  /** Source key(s) of the axis and benchmark (the EP table of the cycle). */
  source: string;
  benchmarkLabel: string | null;
  format: (value: number) => string;
}

/** Stateless SVG of a growth model; every number drawn carries its source key. */
export function GrowthMarks({ model, width, title, source, benchmarkLabel, format }: Props) {
  const { margin, bars, zeroX, benchmarkX, ticks, innerHeight, height, innerWidth } = model;
  const labelAtEnd = benchmarkX !== null && benchmarkX > innerWidth * 0.6;
  return (
    <svg width={width} height={height} className="growth-chart" role="img" aria-label={title}>
      <g transform={`translate(${margin.left},${margin.top})`}>
        {ticks.map((t) => (
          <g key={t.value} transform={`translate(${t.x},0)`} className="tick" data-source={source}>
            <line y1={0} y2={innerHeight} className="grid" />
            <text y={innerHeight + 14} textAnchor="middle">
              {tickFmt.format(t.value)}%
            </text>
          </g>
        ))}
        <line x1={zeroX} x2={zeroX} y1={0} y2={innerHeight} className="growth-zero" />
        {bars.map((b) => (
          <g
            key={b.key}
            className={`growth-row${b.above ? ' growth-above' : ''}`}
            data-occupation={b.key}
          >
            <text y={b.rowY} className="growth-name">
              {b.lines.map((line, i) => (
                <tspan key={i} x={0} dy={i === 0 ? 11 : GROWTH_LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              x={b.x}
              y={b.barY}
              width={Math.max(1, b.width)}
              height={GROWTH_BAR_HEIGHT}
              className="growth-bar"
            />
            <text
              x={b.textX}
              y={b.barY + GROWTH_BAR_HEIGHT - 3}
              textAnchor={b.anchor}
              className="growth-value"
              data-source={b.source}
              data-value={b.value}
            >
              {format(b.value)}
            </text>
          </g>
        ))}
        {benchmarkX !== null && (
          <g className="growth-benchmark">
            <line x1={benchmarkX} x2={benchmarkX} y1={-6} y2={innerHeight} />
            {benchmarkLabel && (
              <text
                x={benchmarkX}
                y={-10}
                textAnchor={labelAtEnd ? 'end' : 'start'}
                dx={labelAtEnd ? 0 : -4}
                data-source={source}
              >
                {benchmarkLabel}
              </text>
            )}
          </g>
        )}
      </g>
    </svg>
  );
}
