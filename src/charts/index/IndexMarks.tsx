import type { IndexMeasure, IndexModel } from './indexModel';

interface Props {
  model: IndexModel;
  width: number;
  height: number;
  baseYear: number;
  /** Year under the pointer or keyboard focus. */
  active: number | null;
  title: string;
  /** Source key of every figure drawn (the breach data). */
  source: string;
  labelOf: (measure: IndexMeasure, year: number) => string;
}

/**
 * Stateless SVG of an index model. Breaches: solid line with circles; individuals: long dashes
 * with squares, so the two differ by shape as well as colour (Okabe–Ito blue / vermillion).
 */
export function IndexMarks({
  model,
  width,
  height,
  baseYear,
  active,
  title,
  source,
  labelOf,
}: Props) {
  const { margin, innerWidth, innerHeight, lines, yTicks, xTicks, baseY, baseX } = model;
  return (
    <svg width={width} height={height} className="index-chart" role="img" aria-label={title}>
      <g transform={`translate(${margin.left},${margin.top})`}>
        {yTicks.map((t) => (
          <g key={t.value} transform={`translate(0,${t.y})`} className="tick" data-source={source}>
            <line x2={innerWidth} className="grid" />
            <text x={-6} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <line x1={0} x2={innerWidth} y1={baseY} y2={baseY} className="index-base" />
        <line x1={baseX} x2={baseX} y1={0} y2={innerHeight} className="index-base-year" />
        <text
          x={Math.min(innerWidth - 4, baseX + 4)}
          y={Math.max(10, baseY - 6)}
          textAnchor={baseX > innerWidth - 90 ? 'end' : 'start'}
          className="index-base-label"
          data-source={source}
        >
          {baseYear} = 100
        </text>
        {xTicks.map((t) => (
          <text
            key={t.year}
            x={t.x}
            y={innerHeight + 18}
            textAnchor="middle"
            className="x-label"
            data-source={source}
          >
            {t.label}
          </text>
        ))}
        {active !== null && (
          <line
            x1={model.lines[0]?.points.find((p) => p.year === active)?.x ?? 0}
            x2={model.lines[0]?.points.find((p) => p.year === active)?.x ?? 0}
            y1={0}
            y2={innerHeight}
            className="index-cursor"
          />
        )}
        {lines.map((l) => (
          <g key={l.measure} className={`index-line index-${l.measure}`}>
            <path d={l.solid} className="index-path" />
            {l.dashed && <path d={l.dashed} className="index-path index-partial" />}
            {l.points
              .filter((p) => p.index !== null && !(p.y === innerHeight && p.index === 0))
              .map((p) =>
                l.measure === 'breaches' ? (
                  <circle
                    key={p.year}
                    cx={p.x}
                    cy={p.y}
                    r={p.year === active ? 5 : 3}
                    className={`index-mark${p.partial ? ' index-mark-partial' : ''}`}
                    data-year={p.year}
                    data-measure={l.measure}
                    data-index={p.index ?? ''}
                    data-source={source}
                  >
                    <title>{labelOf(l.measure, p.year)}</title>
                  </circle>
                ) : (
                  <rect
                    key={p.year}
                    x={p.x - (p.year === active ? 5 : 3)}
                    y={p.y - (p.year === active ? 5 : 3)}
                    width={p.year === active ? 10 : 6}
                    height={p.year === active ? 10 : 6}
                    className={`index-mark${p.partial ? ' index-mark-partial' : ''}`}
                    data-year={p.year}
                    data-measure={l.measure}
                    data-index={p.index ?? ''}
                    data-source={source}
                  >
                    <title>{labelOf(l.measure, p.year)}</title>
                  </rect>
                ),
              )}
          </g>
        ))}
      </g>
    </svg>
  );
}
