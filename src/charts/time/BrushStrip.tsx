import { brushX, pointer, select, type D3BrushEvent } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { useElementWidth } from '../useElementWidth';
import { brushModel, yearsInSelection, type BrushYear } from './brushModel';
import type { TimeMeasure } from './timeModel';

interface Props {
  years: readonly BrushYear[];
  measure: TimeMeasure;
  from: number;
  to: number;
  /** Called with the brushed years; null when the brush is cleared (all years). */
  onChange: (range: [number, number] | null) => void;
  /** A click without a drag on a year: that year (`extend` with Shift). Without it a click clears. */
  onPick?: (year: number, extend: boolean) => void;
}

const HEIGHT = 56;

/**
 * Every year as a mini bar chart with a d3 brush: dragging selects a year range. D3 owns only
 * the brush behaviour on its <g>; bars are React. The brush reports years, never pixels.
 */
export function BrushStrip({ years, measure, from, to, onChange, onPick }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const model = useMemo(
    () => brushModel(years, { measure, width, height: HEIGHT, from, to }),
    [years, measure, width, from, to],
  );
  const selFrom = model.selection?.[0];
  const selTo = model.selection?.[1];
  const brushRef = useRef<SVGGElement>(null);
  const onChangeRef = useRef(onChange);
  const onPickRef = useRef(onPick);
  const modelRef = useRef(model);
  useEffect(() => {
    onChangeRef.current = onChange;
    onPickRef.current = onPick;
    modelRef.current = model;
  });

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT - 14],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Programmatic moves (below) have no sourceEvent: only a person's drag changes the range.
        if (!event.sourceEvent) return;
        const sel = event.selection as [number, number] | null;
        const source = event.sourceEvent as MouseEvent;
        // A click that dragged nothing picks the year under the pointer.
        if (!sel && onPickRef.current && typeof source.clientX === 'number') {
          const [x] = pointer(source, g);
          const year = yearsInSelection(modelRef.current, [x, x])?.[0];
          if (year !== undefined) return onPickRef.current(year, source.shiftKey);
        }
        onChangeRef.current(sel ? yearsInSelection(modelRef.current, sel) : null);
      });
    const root = select(g).call(brush);
    // The brush overlay would otherwise be a focusable-looking but keyboard-dead target;
    // the year pickers are the keyboard path to the same state.
    root.selectAll('.overlay, .selection, .handle').attr('aria-hidden', 'true');
    const sel = modelRef.current.selection;
    root.call(brush.move, sel);
    return () => {
      root.on('.brush', null);
    };
  }, [width, selFrom, selTo]);

  return (
    <div ref={ref} className="brush-strip">
      <svg width={width} height={HEIGHT} aria-hidden="true">
        {model.bars.map((b) => (
          <rect
            key={b.year}
            x={b.x}
            y={b.y}
            width={b.width}
            height={Math.max(0, b.height)}
            className={b.inRange ? 'brush-bar in-range' : 'brush-bar'}
          />
        ))}
        {model.labels.map((l) => (
          <text key={l.year} x={l.x} y={HEIGHT - 2} textAnchor="middle" className="brush-label">
            {l.year}
          </text>
        ))}
        <g ref={brushRef} className="brush" data-testid="year-brush" />
      </svg>
      <p className="brush-hint">
        {onPick
          ? 'Click a year above to show it, shift-click another to extend, or drag across years.'
          : 'Drag across the years above to choose a range.'}
      </p>
    </div>
  );
}
