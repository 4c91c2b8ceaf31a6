import { useMemo } from 'react';
import { BarTooltip } from '../BarTooltip';
import { useBarReader } from '../useBarReader';
import type { YearChange } from '../../data/views/yearOverYear';
import { useElementWidth } from '../useElementWidth';
import { YoyMarks } from './YoyMarks';
import { yoyModel, type YoyMeasure } from './yoyModel';
import './yoy.css';

/** Year-over-year change as rising and falling bars, sized to its box; arrows read each year. */
export function YoyChart({
  changes,
  measure,
  title,
  describedBy,
}: {
  changes: readonly YearChange[];
  measure: YoyMeasure;
  title: string;
  describedBy?: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = Math.max(240, Math.min(420, Math.round(width * 0.45)));
  const model = useMemo(
    () => yoyModel(changes, { measure, width, height }),
    [changes, measure, width, height],
  );
  const keys = useMemo(() => model.bars.map((b) => b.year), [model.bars]);
  const { active, onKeyDown, pointer } = useBarReader(keys);
  const activeBar = model.bars.find((b) => b.year === active) ?? null;
  return (
    <div
      ref={ref}
      className="chart-frame"
      tabIndex={0}
      role="group"
      aria-label={`${title}. Use the left and right arrow keys to read each year.`}
      data-testid="yoy-chart"
      onKeyDown={onKeyDown}
      {...pointer('data-year')}
    >
      <YoyMarks
        model={model}
        width={width}
        height={height}
        title={title}
        describedBy={describedBy}
        active={active}
      />
      {activeBar && <BarTooltip bar={activeBar} margin={model.margin} width={width} above={64} />}
    </div>
  );
}
