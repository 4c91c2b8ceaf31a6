import type { Pay } from '../../data/workforce/workforceTypes';

/** OEWS publishes no exact annual wage at or above this; a top-coded percentile is shown as "≥". */
export const OEWS_TOP_CODE = 239_200;

/**
 * A small strip of the pay spread: 10th–90th percentile as a line, 25th–75th as a box, the median
 * as a tick; a top-coded 90th runs to the top-code with an open end. Decorative (the same
 * numbers are in the cell's text), so hidden from screen readers.
 */
export function PayRange({ pay, max }: { pay: Pay; max: number }) {
  const width = 120;
  const x = (v: number) => Math.max(0, Math.min(width, (v / max) * width));
  const p90 = pay.p90Annual ?? (pay.p90TopCoded ? OEWS_TOP_CODE : null);
  return (
    <svg className="wf-pay-range" width={width} height={12} aria-hidden="true">
      {pay.p10Annual !== null && p90 !== null && (
        <line
          x1={x(pay.p10Annual)}
          x2={x(p90)}
          y1={6}
          y2={6}
          className={pay.p90TopCoded ? 'wf-pay-whisker wf-pay-open' : 'wf-pay-whisker'}
        />
      )}
      {pay.p25Annual !== null && pay.p75Annual !== null && (
        <rect
          x={x(pay.p25Annual)}
          y={2}
          width={Math.max(1, x(pay.p75Annual) - x(pay.p25Annual))}
          height={8}
          className="wf-pay-box"
        />
      )}
      {pay.medianAnnual !== null && (
        <line
          x1={x(pay.medianAnnual)}
          x2={x(pay.medianAnnual)}
          y1={0}
          y2={12}
          className="wf-pay-median"
        />
      )}
    </svg>
  );
}
