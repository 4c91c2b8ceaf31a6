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
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(0,${t.y})`} className="tick">
          <line x2={width} className="grid" />
          <text x={-6} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}
