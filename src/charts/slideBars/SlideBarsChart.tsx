import { useMemo } from 'react';
import { useElementSize } from '../useElementSize';
import { SlideBarsMarks } from './SlideBarsMarks';
import { slideBarsModel, type SlideBarRow } from './slideBarsModel';
import './slideBars.css';

interface Props {
  rows: readonly SlideBarRow[];
  title: string;
  benchmark?: { value: number; label: string } | null;
  fontSize?: number;
}

/** A bar chart that fills its box (a slide's body or a handout page): nothing scrolls, nothing is cut. */
export function SlideBarsChart({ rows, title, benchmark = null, fontSize = 26 }: Props) {
  const [ref, { width, height }] = useElementSize<HTMLDivElement>();
  const model = useMemo(
    () => slideBarsModel(rows, { width, height, fontSize, benchmark }),
    [rows, width, height, fontSize, benchmark],
  );
  return (
    <div ref={ref} className="slide-bars-frame">
      {width > 0 && height > 0 && (
        <SlideBarsMarks model={model} width={width} height={height} title={title} />
      )}
    </div>
  );
}
