/** Horizontal gridlines with their labels at the left, for a chart's y axis. */
export function YGrid({
  ticks,
  width,
}: {
  ticks: readonly { value: number; y: number; label: string }[];
  width: number;
}) {
  return (
    <>
      {/* Keyed by place: when the scale changes, each tick moves and relabels in place instead of
          being removed and inserted anew (new SVG text is laid out from scratch). */}
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(0,${t.y})`} className="tick">
          <line x2={width} className="grid" />
          <text x={-6} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}
