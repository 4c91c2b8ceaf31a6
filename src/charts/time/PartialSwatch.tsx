/** The legend key of the partial period: the same hatch as the bar, in an SVG of its own. */
export function PartialSwatch({ size = 16 }: { size?: number }) {
  return (
    <svg className="partial-swatch" width={size * 1.5} height={size} aria-hidden="true">
      <defs>
        <pattern
          id="partial-swatch-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="partial-swatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="partial-swatch-line" strokeWidth="3" />
        </pattern>
      </defs>
      <rect
        className="partial-swatch-key"
        x="0.5"
        y="0.5"
        width={size * 1.5 - 1}
        height={size - 1}
      />
    </svg>
  );
}
