import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code of a link, drawn as one SVG path (no canvas, no markup from strings). The link is
 * also printed under it, because not every phone in a classroom scans.
 */
export function QrCode({
  text,
  size = 220,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const { d, n } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let path = '';
    for (let r = 0; r < modules.size; r += 1) {
      for (let c = 0; c < modules.size; c += 1)
        if (modules.get(r, c)) path += `M${c + 4},${r + 4}h1v1h-1z`;
    }
    return { d: path, n: modules.size + 8 };
  }, [text]);
  return (
    <figure className="qr-code">
      <svg
        width={size}
        height={size}
        viewBox={`0 0 ${n} ${n}`}
        role="img"
        aria-label={label}
        shapeRendering="crispEdges"
      >
        <rect width={n} height={n} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption>
        <code>{text}</code>
      </figcaption>
    </figure>
  );
}
