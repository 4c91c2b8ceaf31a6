import { useMemo, useState, type KeyboardEvent } from 'react';
import { useElementWidth } from '../useElementWidth';
import { YearlyMarks } from './YearlyMarks';
import { yearlyModel, type YearCallout, type YearValue, type YearlyMeasure } from './yearlyModel';

interface Props {
  years: readonly YearValue[];
  measure: YearlyMeasure;
  partialYear: number | null;
  callout: YearCallout | null;
  /** Accessible name of the chart; also the summary a screen reader hears first. */
  title: string;
}

/**
 * Sizes the chart to its container and adds hover/keyboard reading of bars. Arrow keys move
 * between years when the chart has focus; the tooltip shows the focused or hovered year.
 */
export function YearlyChart({ years, measure, partialYear, callout, title }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = Math.max(240, Math.min(420, Math.round(width * 0.5)));
  const model = useMemo(
    () => yearlyModel(years, { measure, width, height, partialYear, callout }),
    [years, measure, width, height, partialYear, callout],
  );
  const [active, setActive] = useState<number | null>(null);
  const activeBar = model.bars.find((b) => b.year === active) ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (model.bars.length === 0) return;
    const i = model.bars.findIndex((b) => b.year === active);
    let next: number;
    if (event.key === 'ArrowRight') next = Math.min(model.bars.length - 1, i + 1);
    else if (event.key === 'ArrowLeft') next = i < 0 ? model.bars.length - 1 : Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = model.bars.length - 1;
    else if (event.key === 'Escape') return setActive(null);
    else return;
    event.preventDefault();
    setActive(model.bars[next]?.year ?? null);
  };

  return (
    <div
      ref={ref}
      className="chart-frame"
      tabIndex={0}
      aria-label={`${title}. Use the left and right arrow keys to read each year.`}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
      onPointerMove={(e) => {
        const target = e.target as Element;
        const year = target.getAttribute('data-year');
        setActive(year ? Number(year) : null);
      }}
      onPointerLeave={() => setActive(null)}
    >
      <YearlyMarks model={model} width={width} height={height} active={active} title={title} />
      {activeBar && (
        <div
          className="tooltip"
          role="status"
          style={{
            left: Math.min(width - 180, Math.max(0, model.margin.left + activeBar.x + activeBar.width / 2 - 90)),
            top: Math.max(0, model.margin.top + activeBar.y - 52),
          }}
        >
          {activeBar.label}
        </div>
      )}
    </div>
  );
}
