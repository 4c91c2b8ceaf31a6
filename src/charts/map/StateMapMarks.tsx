import { memo } from 'react';
import type { Ref } from 'react';
import type { StateMapModel } from './stateMapModel';

interface Props {
  model: StateMapModel;
  /** Hovered state: outlined on top of its neighbours. */
  hovered: string | null;
  /** Keyboard-focused state: drawn with the focus ring (paths themselves have no outline). */
  focused: string | null;
  /** The one state in the tab order (roving tabindex). */
  tabStop: string | null;
  /** Accessible name of the map group, with how to operate it. */
  label: string;
  svgRef?: Ref<SVGSVGElement>;
}

/**
 * Stateless SVG of a placed state map. Paths are in atlas coordinates under one scale transform;
 * strokes do not scale (vector-effect in map.css). Every state is a toggle button by name.
 */
export const StateMapMarks = memo(function StateMapMarks({
  model,
  hovered,
  focused,
  tabStop,
  label,
  svgRef,
}: Props) {
  const { width, height, scale, states } = model;
  const hoverState =
    hovered && hovered !== focused ? states.find((s) => s.code === hovered) : undefined;
  const focusState = focused ? states.find((s) => s.code === focused) : undefined;
  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      className="state-map"
      role="group"
      aria-label={label}
    >
      <g transform={`scale(${scale})`}>
        {states.map((s) => (
          <StatePath
            key={s.code}
            d={s.d}
            code={s.code}
            value={s.value}
            fill={s.fill}
            dimmed={s.dimmed}
            selected={s.selected}
            tabbable={s.code === tabStop}
            label={s.label}
          />
        ))}
        <g className="state-outlines" aria-hidden="true">
          {states
            .filter((s) => s.selected)
            .map((s) => (
              <path key={s.code} d={s.d} className="state-selected-outline" />
            ))}
          {hoverState && <path d={hoverState.d} className="state-hover-outline" />}
          {focusState && <path d={focusState.d} className="state-focus-outline" />}
        </g>
      </g>
    </svg>
  );
});

interface StatePathProps {
  d: string;
  code: string;
  value: number;
  fill: string | null;
  dimmed: boolean;
  selected: boolean;
  tabbable: boolean;
  label: string;
}

/** One state as a toggle button; memoised, so hovering or pressing one state re-renders only it. */
const StatePath = memo(function StatePath({
  d,
  code,
  value,
  fill,
  dimmed,
  selected,
  tabbable,
  label,
}: StatePathProps) {
  return (
    <path
      d={d}
      data-code={code}
      data-value={value}
      fill={fill ?? undefined}
      className={`state${fill ? '' : ' state-none'}${dimmed ? ' state-dimmed' : ''}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      aria-label={label}
    />
  );
});
