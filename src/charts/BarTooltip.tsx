/** The tooltip over the active bar of a bar chart, kept inside the chart's width. */
export function BarTooltip({
  bar,
  margin,
  width,
  above = 56,
}: {
  bar: { x: number; y: number; width: number; label: string };
  margin: { left: number; top: number };
  width: number;
  /** How far above the bar's top the box starts. */
  above?: number;
}) {
  return (
    <div
      className="tooltip"
      role="status"
      style={{
        left: Math.min(width - 180, Math.max(0, margin.left + bar.x + bar.width / 2 - 90)),
        top: Math.max(0, margin.top + bar.y - above),
      }}
    >
      {bar.label}
    </div>
  );
}
