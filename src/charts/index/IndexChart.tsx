import { useMemo, useState, type KeyboardEvent } from 'react';
import { useElementWidth } from '../useElementWidth';
import { IndexMarks } from './IndexMarks';
import { formatIndex, indexModel, type IndexMeasure, type IndexSeries } from './indexModel';
import './indexChart.css';

interface Props {
  series: readonly IndexSeries[];
  baseYear: number;
  scale: 'linear' | 'log';
  partialYear: number | null;
  title: string;
  source: string;
}

const fmt = new Intl.NumberFormat('en-US');
const NAMES: Record<IndexMeasure, string> = {
  breaches: 'Breach reports',
  individuals: 'Individuals affected',
};

/**
 * Sizes the index chart to its container; arrow keys (or the pointer) pick a year and a line
 * under the chart reads both indexes and totals for it.
 */
export function IndexChart({ series, baseYear, scale, partialYear, title, source }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = Math.max(240, Math.min(380, Math.round(width * 0.55)));
  const model = useMemo(
    () => indexModel(series, { width, height, scale, baseYear, partialYear }),
    [series, width, height, scale, baseYear, partialYear],
  );
  const [active, setActive] = useState<number | null>(null);
  const years = model.years;

  const labelOf = (measure: IndexMeasure, year: number) => {
    const p = series.find((s) => s.measure === measure)?.points.find((q) => q.year === year);
    if (!p) return '';
    const partial = year === partialYear ? ' (partial year)' : '';
    return `${NAMES[measure]}, ${year}${partial}: ${fmt.format(p.raw)}, index ${p.index === null ? 'n/a' : formatIndex(p.index)}`;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (years.length === 0) return;
    const i = active === null ? -1 : years.indexOf(active);
    let next: number;
    if (event.key === 'ArrowRight') next = Math.min(years.length - 1, i + 1);
    else if (event.key === 'ArrowLeft') next = i < 0 ? years.length - 1 : Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = years.length - 1;
    else if (event.key === 'Escape') return setActive(null);
    else return;
    event.preventDefault();
    setActive(years[next] ?? null);
  };

  const onPointerMove = (clientX: number, target: HTMLDivElement) => {
    const left = target.getBoundingClientRect().left + model.margin.left;
    const step = years.length > 1 ? model.innerWidth / (years.length - 1) : model.innerWidth;
    const i = Math.round((clientX - left) / Math.max(1, step));
    setActive(years[Math.max(0, Math.min(years.length - 1, i))] ?? null);
  };

  return (
    <div
      ref={ref}
      className="chart-frame index-frame"
      tabIndex={0}
      role="group"
      aria-label={`${title}. Use the left and right arrow keys to read each year.`}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
      onPointerMove={(e) => onPointerMove(e.clientX, e.currentTarget)}
      onPointerLeave={() => setActive(null)}
    >
      <ul className="index-legend">
        <li>
          <svg width="26" height="10" aria-hidden="true" className="index-breaches">
            <line x1="0" x2="26" y1="5" y2="5" className="index-path" />
            <circle cx="13" cy="5" r="3" className="index-mark" />
          </svg>
          {NAMES.breaches}
        </li>
        <li>
          <svg width="26" height="10" aria-hidden="true" className="index-individuals">
            <line x1="0" x2="26" y1="5" y2="5" className="index-path" />
            <rect x="10" y="2" width="6" height="6" className="index-mark" />
          </svg>
          {NAMES.individuals}
        </li>
        {partialYear !== null && (
          <li>
            <svg width="26" height="10" aria-hidden="true" className="index-breaches">
              <line x1="0" x2="26" y1="5" y2="5" className="index-path index-partial" />
            </svg>
            <span data-source={source}>{partialYear} so far (partial year)</span>
          </li>
        )}
      </ul>
      <IndexMarks
        model={model}
        width={width}
        height={height}
        baseYear={baseYear}
        active={active}
        title={title}
        source={source}
        labelOf={labelOf}
      />
      <p
        className="index-readout"
        role="status"
        aria-live="polite"
        data-source={active === null ? undefined : source}
      >
        {active === null
          ? 'Point at the chart, or focus it and use the arrow keys, to read a year.'
          : `${labelOf('breaches', active)}. ${labelOf('individuals', active)}.`}
      </p>
    </div>
  );
}
