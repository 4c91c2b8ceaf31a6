import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { CategoryCount } from '../../data/views/countByCategory';
import { isVisibleFocus } from '../keyboardFocus';
import { useElementWidth } from '../useElementWidth';
import { useShownSelection } from '../useShownSelection';
import './map.css';
import { StateMapLegend } from './StateMapLegend';
import { StateMapMarks } from './StateMapMarks';
import { selectStates, stateMapModel, type MapMeasure } from './stateMapModel';
import { StateMapTiles } from './StateMapTiles';
import { ATLAS_HEIGHT, ATLAS_WIDTH, stateShapes } from './usAtlas';

interface Props {
  counts: readonly CategoryCount[];
  measure: MapMeasure;
  /** State keys in the filter. */
  selected: readonly string[];
  /** Adds or removes a state key from the filter. */
  onToggle: (key: string) => void;
  /** What the map shows, e.g. "Breaches by state". */
  title: string;
}

const NO_KEYS: readonly string[] = [];

/** Beyond this the map only grows taller than a screen: 830 px wide is 519 px tall. */
const MAX_WIDTH = 830;
const TOOLTIP_WIDTH = 200;

const codeOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? target.getAttribute('data-code') : null;

/**
 * Sizes the state map to its container and makes it operable. The map is ONE tab stop (roving
 * tabindex): arrow keys move between states in alphabetical order, Home/End jump to the ends, a
 * letter jumps to the next state starting with it, Enter or Space toggles the state's filter.
 * Hover or focus shows a tooltip; a click toggles the filter.
 */
export const StateMapChart = memo(function StateMapChart({
  counts,
  measure,
  selected,
  onToggle: applyToggle,
  title,
}: Props) {
  // A click shows its state pressed at once, even where the filter follows a frame later.
  const [shown, toggleShown] = useShownSelection(selected);
  const onToggle = useCallback(
    (key: string) => {
      toggleShown(key);
      applyToggle(key);
    },
    [toggleShown, applyToggle],
  );
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const mapWidth = Math.min(width, MAX_WIDTH);
  // Colours, labels and legend depend on the counts; a click only re-marks the states.
  const coloured = useMemo(
    () =>
      stateMapModel(counts, {
        measure,
        selected: NO_KEYS,
        width: mapWidth,
        atlasWidth: ATLAS_WIDTH,
        atlasHeight: ATLAS_HEIGHT,
        shapes: stateShapes(),
      }),
    [counts, measure, mapWidth],
  );
  const model = useMemo(() => selectStates(coloured, shown, selected), [coloured, shown, selected]);
  const { states } = model;
  const [hover, setHover] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [stop, setStop] = useState<string | null>(null);
  // The tab stop: the state last moved to, else the first selected state, else the first state.
  const tabStop =
    (stop && states.some((s) => s.code === stop) ? stop : null) ??
    states.find((s) => s.selected)?.code ??
    states[0]?.code ??
    null;
  const active = hover ?? focused;
  const activeState = active ? states.find((s) => s.code === active) : undefined;

  const moveTo = (code: string) => {
    setStop(code);
    setHover(null);
    svgRef.current?.querySelector<SVGPathElement>(`[data-code="${code}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const code = codeOf(event.target);
    if (!code || states.length === 0) return;
    const i = states.findIndex((s) => s.code === code);
    const last = states.length - 1;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = i >= last ? 0 : i + 1;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = i <= 0 ? last : i - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
      return;
    } else if (event.key === 'Escape') {
      setHover(null);
      return;
    } else if (/^[a-z]$/i.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLowerCase();
      for (let k = 1; k <= states.length; k += 1) {
        const j = (i + k) % states.length;
        if (states[j]?.name.toLowerCase().startsWith(letter)) {
          next = j;
          break;
        }
      }
      if (next === null) return;
    } else return;
    event.preventDefault();
    const target = states[next];
    if (target) moveTo(target.code);
  };

  const onClick = (event: MouseEvent) => {
    const code = codeOf(event.target);
    if (!code) return;
    setStop(code);
    onToggle(code);
  };

  const tooltip = activeState && {
    left: Math.max(0, Math.min(mapWidth - TOOLTIP_WIDTH, activeState.cx - TOOLTIP_WIDTH / 2)),
    above: activeState.cy > 80,
    top: activeState.cy > 80 ? activeState.cy - 12 : activeState.cy + 16,
  };

  return (
    <div className="state-map-chart">
      <div
        ref={ref}
        className="state-map-frame"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerMove={(e) => setHover(codeOf(e.target))}
        onPointerLeave={() => setHover(null)}
        onFocus={(e) => setFocused(isVisibleFocus(e.target) ? codeOf(e.target) : null)}
        onBlur={() => setFocused(null)}
      >
        <StateMapMarks
          model={model}
          hovered={hover}
          focused={focused}
          tabStop={tabStop}
          svgRef={svgRef}
          label={`${title}. Arrow keys move between states in alphabetical order; Enter or Space adds or removes a state from the filter.`}
        />
        {tooltip && activeState && (
          <div
            className={`state-map-tooltip${tooltip.above ? ' state-map-tooltip-above' : ''}`}
            aria-hidden="true"
            style={{ left: tooltip.left, top: tooltip.top, width: TOOLTIP_WIDTH }}
          >
            {activeState.label}
            {selected.includes(activeState.code) ? ' (in the filter)' : ''}
          </div>
        )}
      </div>
      <div className="state-map-foot">
        <StateMapLegend legend={model.legend} anySelected={selected.length > 0} />
        <StateMapTiles tiles={model.tiles} onToggle={onToggle} />
      </div>
    </div>
  );
});
