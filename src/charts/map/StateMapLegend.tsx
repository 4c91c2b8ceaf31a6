import { memo } from 'react';
import type { LegendModel } from './stateMapModel';

interface Props {
  legend: LegendModel;
  /** Some state is selected: explain the outline. */
  anySelected: boolean;
}

/** Stateless colour legend: the log ramp with ticks, the zero swatch and the selection key. */
export const StateMapLegend = memo(function StateMapLegend({ legend, anySelected }: Props) {
  const { rampX, rampY, rampHeight } = legend;
  return (
    <div className="state-map-legend">
      <span className="state-map-legend-title">{legend.title}</span>
      {legend.ticks.length > 0 && (
        <svg
          width={legend.width}
          height={legend.height}
          role="img"
          aria-label={`${legend.title}: light to dark blue, ${legend.ticks[0]?.label ?? ''} to ${legend.ticks.at(-1)?.label ?? ''}`}
        >
          <g transform={`translate(${rampX},${rampY})`}>
            {legend.swatches.map((s) => (
              <rect key={s.x} x={s.x} width={s.width} height={rampHeight} fill={s.fill} />
            ))}
            {legend.ticks.map((t) => (
              <g key={t.value} transform={`translate(${t.x},0)`} className="state-map-legend-tick">
                <line y1={0} y2={rampHeight + 4} />
                <text y={rampHeight + 16} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
      {/* Both keys keep their place, shown when they apply: a key that appears with the first
          selected state or the first state without reports moves nothing below the legend. */}
      <span className="state-map-legend-keys">
        <span className={`state-map-legend-key${legend.hasZero ? '' : ' is-unused'}`}>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="0.5" y="0.5" width="13" height="13" className="state state-none" />
          </svg>
          None
        </span>
        <span className={`state-map-legend-key${anySelected ? '' : ' is-unused'}`}>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="1.5" width="11" height="11" className="state-map-legend-selected" />
          </svg>
          Outlined: in the filter
        </span>
      </span>
    </div>
  );
});
