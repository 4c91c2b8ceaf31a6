import { BarTooltip } from '../BarTooltip';
import { useBarReader } from '../useBarReader';
import { memo, useMemo } from 'react';
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
  /**
   * A bar was chosen (click, or Enter / Space on the bar read by the arrow keys); `extend` when
   * Shift was held. Without it the bars only read out.
   */
  onPick?: (key: number, extend: boolean) => void;
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
  onPick,
}: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = fixedHeight ?? Math.max(240, Math.min(420, Math.round(width * 0.45)));
  const model = useMemo(
    () => timeModel(buckets, { measure, scale, width, height, partialKey, callout }),
    [buckets, measure, scale, width, height, partialKey, callout],
  );
  const keys = useMemo(() => model.bars.map((b) => b.key), [model.bars]);
  const { active, onKeyDown, pointer } = useBarReader(keys, onPick);
  const activeBar = model.bars.find((b) => b.key === active) ?? null;

  return (
    <div
      ref={ref}
      className={onPick ? 'chart-frame time-frame-pickable' : 'chart-frame'}
      tabIndex={0}
      role="group"
      aria-label={`${title}. Use the left and right arrow keys to read each ${unit}${onPick ? `; Enter shows that ${unit === 'year' ? 'year' : 'month’s year'}, Shift+Enter extends the range to it` : ''}.`}
      onKeyDown={onKeyDown}
      onClick={(e) => {
        const key = (e.target as Element).getAttribute(
          unit === 'year' ? 'data-year' : 'data-month',
        );
        if (onPick && key) onPick(Number(key), e.shiftKey);
      }}
      {...pointer(unit === 'year' ? 'data-year' : 'data-month')}
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
      {activeBar && <BarTooltip bar={activeBar} margin={model.margin} width={width} />}
    </div>
  );
});
