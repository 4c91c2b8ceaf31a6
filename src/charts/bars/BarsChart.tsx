import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { CategoryCount } from '../../data/views/countByCategory';
import { isVisibleFocus } from '../keyboardFocus';
import { useShownSelection } from '../useShownSelection';
import { BarsMarks } from './BarsMarks';
import { barsModel, type BarsMeasure, type PlacedCategoryBar } from './barsModel';
import './bars.css';

interface Props {
  categories: readonly CategoryCount[];
  measure: BarsMeasure;
  /** Keys in this field's filter. */
  selected: readonly string[];
  /** Adds or removes a key from the filter. */
  onToggle: (key: string) => void;
  /** Accessible name of the list, e.g. "Type of breach, by individuals affected". */
  title: string;
  /** Id(s) of elements that describe the chart (the explorer's summary sentence). */
  describedBy?: string;
  /** Room kept for the figures, in characters (`widestValueChars`); by default their own width. */
  valueChars?: number;
}

/**
 * A category breakdown as a list of toggle buttons, each with its label, value and bar. Real
 * buttons give Enter/Space, focus and aria-pressed for free. The list is one tab stop (roving
 * tabindex, like the state map) so four charts do not add thirty tab stops: arrow keys, Home and
 * End move between bars. Hover or focus writes the exact figures under the list, so they are
 * visible without a mouse; the native title repeats them on hover.
 */
export function BarsChart({
  categories,
  measure,
  selected,
  onToggle,
  title,
  describedBy,
  valueChars,
}: Props) {
  // A click shows its bar pressed at once, even where the filter follows a frame later; the other
  // bars dim with the filter, so the click's own frame repaints one bar and lays out nothing.
  const [shown, toggleShown] = useShownSelection(selected);
  // The marks scale by each bar's fraction of the longest: no pixel width to measure or pass.
  const { bars } = useMemo(
    () => barsModel(categories, { measure, selected: shown, filtered: selected }),
    [categories, measure, shown, selected],
  );
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [stop, setStop] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop =
    (stop !== null && bars.some((b) => b.key === stop) ? stop : null) ??
    bars.find((b) => b.selected)?.key ??
    bars[0]?.key ??
    null;
  const active = bars.find((b) => b.key === (hover ?? focused));

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = bars.length - 1;
    let next: number;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight')
      next = index >= last ? 0 : index + 1;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft')
      next = index <= 0 ? last : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    const key = bars[next]?.key;
    if (key === undefined) return;
    setStop(key);
    buttons.current.get(key)?.focus();
  };

  // Handlers by reference to the latest render, so a memoised bar keeps its props.
  const latest = useRef({ onToggle, onKeyDown, toggleShown });
  useLayoutEffect(() => {
    latest.current = { onToggle, onKeyDown, toggleShown };
  });
  const handlers = useMemo<BarHandlers>(
    () => ({
      register: (key, el) => {
        if (el) buttons.current.set(key, el);
        else buttons.current.delete(key);
      },
      click: (key) => {
        setStop(key);
        latest.current.toggleShown(key);
        latest.current.onToggle(key);
      },
      keyDown: (event, index) => latest.current.onKeyDown(event, index),
      focus: (key) => setFocused(key),
      hover: (key) => setHover(key),
    }),
    [],
  );

  return (
    <div className="bars-chart" onPointerLeave={() => setHover(null)}>
      <ul
        className="bars-list"
        style={
          valueChars === undefined
            ? undefined
            : ({ '--bars-value-width': `${valueChars}ch` } as CSSProperties)
        }
        aria-label={`${title}. Arrow keys move between bars; Enter or Space adds or removes a filter.`}
        aria-describedby={describedBy}
      >
        {/* Keyed by place: when a filter re-sorts the bars, each row's text and bar change in
            place instead of the rows moving (a moved row is laid out and painted anew). */}
        {bars.map((bar, i) => (
          <BarItem key={i} bar={bar} index={i} tabbable={bar.key === tabStop} on={handlers} />
        ))}
      </ul>
      <p className="bars-detail" aria-hidden="true">
        {active
          ? `${active.title}${selected.includes(active.key) ? ' — in the filter' : ''}`
          : 'Point at or focus a bar for its exact figures.'}
      </p>
    </div>
  );
}

interface BarHandlers {
  register: (key: string, el: HTMLButtonElement | null) => void;
  click: (key: string) => void;
  keyDown: (event: KeyboardEvent, index: number) => void;
  focus: (key: string | null) => void;
  hover: (key: string | null) => void;
}

interface BarItemProps {
  bar: PlacedCategoryBar;
  index: number;
  tabbable: boolean;
  on: BarHandlers;
}

/** One bar button; re-renders only when its own figures or state change. */
const BarItem = memo(
  function BarItem({ bar, index, tabbable, on }: BarItemProps) {
    return (
      <li>
        <button
          type="button"
          ref={(el) => on.register(bar.key, el)}
          className={`bars-bar${bar.selected ? ' is-selected' : ''}${bar.dimmed ? ' is-dimmed' : ''}`}
          tabIndex={tabbable ? 0 : -1}
          aria-pressed={bar.selected}
          title={bar.title}
          data-key={bar.key}
          onClick={() => on.click(bar.key)}
          onKeyDown={(e) => on.keyDown(e, index)}
          onFocus={(e) => on.focus(isVisibleFocus(e.target) ? bar.key : null)}
          onBlur={() => on.focus(null)}
          onPointerEnter={() => on.hover(bar.key)}
        >
          <span className="bars-label">
            {/* Always there, shown when selected (CSS): choosing a bar moves no text. */}
            <span className="bars-check" aria-hidden="true">
              ✓
            </span>
            {bar.label}
          </span>
          {/* The name comes from content (not aria-label) so it contains the visible label;
              the exact figures are read out, the short visible value is not read twice. */}
          <span className="visually-hidden">{bar.title.slice(bar.label.length)}</span>
          <span className="bars-value" aria-hidden="true">
            {bar.valueText}
          </span>
          <BarsMarks bar={bar} />
        </button>
      </li>
    );
  },
  (a, b) =>
    a.index === b.index && a.tabbable === b.tabbable && a.on === b.on && sameBar(a.bar, b.bar),
);

/** Two placed bars draw the same (every field is a primitive). */
function sameBar(a: PlacedCategoryBar, b: PlacedCategoryBar): boolean {
  if (a === b) return true;
  for (const k of Object.keys(a) as (keyof PlacedCategoryBar)[]) if (a[k] !== b[k]) return false;
  return true;
}
