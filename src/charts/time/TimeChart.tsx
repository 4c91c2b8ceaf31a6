import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { useElementWidth } from '../useElementWidth';
import { TimeMarks } from './TimeMarks';
import { timeModel, type TimeBucket, type TimeCallout, type TimeMeasure } from './timeModel';

interface Props {
  buckets: readonly TimeBucket[];
  unit: 'year' | 'month';
  measure: TimeMeasure;
  scale: 'linear' | 'log';
  partialKey: number | null;
  callout: TimeCallout | null;
  /** Accessible name of the chart. */
  title: string;
  /** Id of the element holding the one-sentence summary. */
  describedBy?: string;
  /** A fixed height (a slide's body); by default the height follows the width. */
  height?: number;
}

/**
 * Sizes the chart to its container and adds hover/keyboard reading of bars. Arrow keys move
 * between bars when the chart has focus; the tooltip shows the focused or hovered bar.
 */
export const TimeChart = memo(function TimeChart({
  buckets,
  unit,
  measure,
  scale,
  partialKey,
  callout,
  title,
  describedBy,
  height: fixedHeight,
}: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = fixedHeight ?? Math.max(240, Math.min(420, Math.round(width * 0.45)));
  const model = useMemo(
    () => timeModel(buckets, { measure, scale, width, height, partialKey, callout }),
    [buckets, measure, scale, width, height, partialKey, callout],
  );
  const [active, setActive] = useState<number | null>(null);
  const activeBar = model.bars.find((b) => b.key === active) ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (model.bars.length === 0) return;
    const i = model.bars.findIndex((b) => b.key === active);
    let next: number;
    if (event.key === 'ArrowRight') next = Math.min(model.bars.length - 1, i + 1);
    else if (event.key === 'ArrowLeft') next = i < 0 ? model.bars.length - 1 : Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = model.bars.length - 1;
    else if (event.key === 'Escape') return setActive(null);
    else return;
    event.preventDefault();
    setActive(model.bars[next]?.key ?? null);
  };

  return (
    <div
      ref={ref}
      className="chart-frame"
      tabIndex={0}
      role="group"
      aria-label={`${title}. Use the left and right arrow keys to read each ${unit}.`}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
      onPointerMove={(e) => {
        const target = e.target as Element;
        const key = target.getAttribute(unit === 'year' ? 'data-year' : 'data-month');
        setActive(key ? Number(key) : null);
      }}
      onPointerLeave={() => setActive(null)}
    >
      <TimeMarks
        model={model}
        width={width}
        height={height}
        unit={unit}
        active={active}
        title={title}
        describedBy={describedBy}
      />
      {activeBar && (
        <div
          className="tooltip"
          role="status"
          style={{
            left: Math.min(
              width - 180,
              Math.max(0, model.margin.left + activeBar.x + activeBar.width / 2 - 90),
            ),
            top: Math.max(0, model.margin.top + activeBar.y - 56),
          }}
        >
          {activeBar.label}
        </div>
      )}
    </div>
  );
});
