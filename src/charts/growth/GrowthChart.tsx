import { useMemo } from 'react';
import { useElementWidth } from '../useElementWidth';
import { GrowthMarks } from './GrowthMarks';
import { growthModel, type GrowthDatum } from './growthModel';
import './growthChart.css';

interface Props {
  data: readonly GrowthDatum[];
  benchmark: number | null;
  benchmarkLabel: string | null;
  title: string;
  /** Source key(s) of the axis and the benchmark line. */
  source: string;
  format: (value: number) => string;
}

/** Projected growth per occupation against the all-occupations line, sized to its container, with its legend. */
export function GrowthChart({ data, benchmark, benchmarkLabel, title, source, format }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(320);
  const model = useMemo(() => growthModel(data, { width, benchmark }), [data, width, benchmark]);
  return (
    <div ref={ref} className="chart-frame growth-frame">
      <ul className="growth-legend">
        <li>
          <span className="swatch growth-swatch-above" aria-hidden="true" />
          Faster than the average
        </li>
        <li>
          <span className="swatch growth-swatch-below" aria-hidden="true" />
          At or below it
        </li>
        <li>
          <span className="swatch growth-swatch-benchmark" aria-hidden="true" />
          All occupations
        </li>
      </ul>
      <GrowthMarks
        model={model}
        width={width}
        title={title}
        source={source}
        benchmarkLabel={benchmarkLabel}
        format={format}
      />
    </div>
  );
}
