import { useId, useMemo } from 'react';
import { useShownValue } from '../../charts/useShownSelection';
import { useAppStore } from '../../state/store';
import { afterOwnFrame } from './useAfterPaints';

interface Props {
  /** First and last submission years in the data. */
  min: number;
  max: number;
}

/**
 * Two year pickers bound to the store's year range; the URL follows the store. A choice shows in
 * the pickers at once and reaches the store (and every view) after that frame is painted.
 */
export function YearRangeControl({ min, max }: Props) {
  const id = useId();
  const yearFrom = useAppStore((s) => s.yearFrom);
  const yearTo = useAppStore((s) => s.yearTo);
  const setYearRange = useAppStore((s) => s.setYearRange);
  const storedFrom = clamp(yearFrom ?? min, min, max);
  const storedTo = clamp(yearTo ?? max, min, max);
  const stored = useMemo(() => [storedFrom, storedTo] as const, [storedFrom, storedTo]);
  const [[from, to], show] = useShownValue<readonly [number, number]>(stored);
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const write = (a: number, b: number) => {
    show(() => [a, b]);
    // Store null for an open end so a link keeps meaning "to the latest year" after new data arrives.
    afterOwnFrame(() => setYearRange(a === min ? null : a, b === max ? null : b));
  };

  return (
    <fieldset className="year-range">
      <legend>Submission years</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <select
        id={`${id}-from`}
        value={from}
        onChange={(e) => write(Number(e.target.value), Math.max(Number(e.target.value), to))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`}>to</label>
      <select
        id={`${id}-to`}
        value={to}
        onChange={(e) => write(Math.min(from, Number(e.target.value)), Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => write(min, max)} disabled={from === min && to === max}>
        All years
      </button>
    </fieldset>
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
