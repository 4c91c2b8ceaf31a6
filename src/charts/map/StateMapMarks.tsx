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
          <path
            key={s.code}
            d={s.d}
            data-code={s.code}
            data-value={s.value}
            fill={s.fill ?? undefined}
            className={`state${s.fill ? '' : ' state-none'}${s.dimmed ? ' state-dimmed' : ''}`}
            role="button"
            tabIndex={s.code === tabStop ? 0 : -1}
            aria-pressed={s.selected}
            aria-label={s.label}
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
