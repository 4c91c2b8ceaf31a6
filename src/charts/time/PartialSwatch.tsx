import { HatchPattern } from './HatchPattern';

/** The legend key of the partial period: the same hatch as the bar, in an SVG of its own. */
export function PartialSwatch({ size = 16 }: { size?: number }) {
  return (
    <svg className="partial-swatch" width={size * 1.5} height={size} aria-hidden="true">
      <defs>
        <HatchPattern id="partial-swatch-hatch" bg="partial-swatch-bg" line="partial-swatch-line" />
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
