/** The diagonal hatch of a partial period, as an SVG pattern (the bar and its legend key share it). */
export function HatchPattern({ id, bg, line }: { id: string; bg: string; line: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" className={bg} />
      <line x1="0" y1="0" x2="0" y2="6" className={line} strokeWidth="3" />
    </pattern>
  );
}
