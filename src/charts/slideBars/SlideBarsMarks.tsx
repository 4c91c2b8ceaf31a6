import type { SlideBarsModel } from './slideBarsModel';

/** Stateless SVG of a slide bar chart: labels, bars, values and the benchmark line, all inside width × height. */
export function SlideBarsMarks({
  model,
  width,
  height,
  title,
}: {
  model: SlideBarsModel;
  width: number;
  height: number;
  title: string;
}) {
  const { fontSize } = model;
  return (
    <svg
      className="slide-bars"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      {model.bars.map((b) => {
        const mid = b.y + model.rowHeight / 2;
        const first = mid - ((b.lines.length - 1) * fontSize * 1.1) / 2;
        return (
          <g key={b.key} className="slide-bar" data-key={b.key}>
            <text
              className="slide-bar-label"
              x={model.labelWidth}
              y={first}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={fontSize}
            >
              {b.lines.map((line, i) => (
                <tspan key={i} x={model.labelWidth} dy={i === 0 ? 0 : fontSize * 1.1}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              className="slide-bar-rect"
              x={b.x}
              y={mid - b.barHeight / 2}
              width={b.barWidth}
              height={b.barHeight}
            />
            <text
              className="slide-bar-value"
              x={b.textX}
              y={mid}
              dominantBaseline="middle"
              fontSize={fontSize}
            >
              {b.text}
            </text>
          </g>
        );
      })}
      {model.benchmark && (
        <g className="slide-bars-benchmark">
          <line x1={model.benchmark.x} x2={model.benchmark.x} y1={fontSize * 1.5} y2={height} />
          <text x={model.benchmark.x} y={fontSize} textAnchor="middle" fontSize={fontSize}>
            {model.benchmark.label}
          </text>
        </g>
      )}
    </svg>
  );
}
