import { memo, useMemo, useRef } from 'react';
import { YoyChart } from '../../charts/yoy/YoyChart';
import { YoyTable } from '../../charts/yoy/YoyTable';
import { yearOverYear } from '../../data/views/yearOverYear';
import { pickYears } from './pickYears';
import { afterOwnFrame } from './useAfterPaints';
import { RadioChoice } from './RadioChoice';
import { ChartOrTable } from '../../charts/export/ChartOrTable';
import { BrushStrip } from '../../charts/time/BrushStrip';
import { PartialSwatch } from '../../charts/time/PartialSwatch';
import { TimeChart } from '../../charts/time/TimeChart';
import { TimeTable } from '../../charts/time/TimeTable';
import { useAppStore } from '../../state/store';
import { MEGA_BREACH_THRESHOLD } from '../../state/viewState';
import type { PanelProps } from './panelProps';
import { filtersLine } from './filterTexts';
import { BreachSourceLine, breachSourceText } from '../../ui/BreachSourceLine';
import { useToday } from '../../ui/useToday';
import { partialTimeKey, timeBuckets, timeCallout } from './timeBuckets';
import { YearRangeControl } from './YearRangeControl';

const fmt = new Intl.NumberFormat('en-US');

/**
 * The time panel: individuals affected (or breaches) per submission year — per month when the
 * range is short — under every filter; a brush strip of all years chooses the range.
 */
export const YearTrend = memo(function YearTrend({
  table,
  views,
  view,
  manifest,
  years: [minYear, maxYear],
  panelRef,
}: PanelProps) {
  const today = useToday();
  const setMeasure = useAppStore((s) => s.setMeasure);
  const setScale = useAppStore((s) => s.setScale);
  const setSetAsideMega = useAppStore((s) => s.setSetAsideMega);
  const setYearRange = useAppStore((s) => s.setYearRange);
  const setTimeView = useAppStore((s) => s.setTimeView);
  // The year clicked last: a shift-click extends the range from it.
  const anchor = useRef<number | null>(null);
  const from = Math.max(minYear, view.yearFrom ?? minYear);
  const to = Math.min(maxYear, view.yearTo ?? maxYear);
  const { unit, buckets } = useMemo(
    () => timeBuckets(views.byYear, views.byMonth, from, to),
    [views.byYear, views.byMonth, from, to],
  );

  const largest = views.summary.largest;
  const callout = useMemo(() => timeCallout(table, largest, unit), [largest, unit, table]);
  const partialKey = partialTimeKey(manifest, unit);
  const megaCount = useMemo(() => {
    let n = 0;
    for (let i = 0; i < table.length; i++)
      if ((table.individuals[i] ?? 0) >= MEGA_BREACH_THRESHOLD) n++;
    return n;
  }, [table]);

  const partialYear = partialTimeKey(manifest, 'year');
  const changes = useMemo(
    () => yearOverYear(views.byYear, partialYear).filter((c) => c.year >= from && c.year <= to),
    [views.byYear, partialYear, from, to],
  );
  const setRange = (r: [number, number] | null) =>
    r
      ? setYearRange(r[0] === minYear ? null : r[0], r[1] === maxYear ? null : r[1])
      : setYearRange(null, null);
  /** A year bar (or a month bar's year) was clicked: that year; with Shift, extend the range. */
  const pick = (year: number, extend: boolean) => {
    const filtered = view.yearFrom !== null || view.yearTo !== null;
    const next = pickYears({ from, to, filtered }, anchor.current, year, extend);
    if (!extend) anchor.current = next ? year : null;
    else if (anchor.current === null || !filtered) anchor.current = year;
    setRange(next);
  };

  const range = from === to ? String(from) : `${from}–${to}`;
  const measureName = view.measure === 'individuals' ? 'Individuals affected' : 'Breaches reported';
  const change = view.timeView === 'change';
  const title = change
    ? `Change from the year before in ${measureName.toLowerCase()}, ${range}`
    : `${measureName} per submission ${unit}, ${range}`;
  const yoyCaption = `Each year's change from the year before, ${range}`;

  return (
    <section className="panel" aria-labelledby="trend-heading" ref={panelRef}>
      <div className="panel-head">
        <h2 id="trend-heading">
          {change ? `${measureName}: change from the year before` : `${measureName} per ${unit}`}
        </h2>
        <div className="controls">
          <YearRangeControl min={minYear} max={maxYear} />
          <RadioChoice
            legend="Measure"
            name="measure"
            value={view.measure}
            options={[
              ['individuals', 'Individuals affected'],
              ['breaches', 'Breaches'],
            ]}
            onChange={setMeasure}
          />
          <RadioChoice
            legend="Show"
            name="time-view"
            value={view.timeView}
            options={[
              ['totals', 'Totals'],
              ['change', 'Change from year before'],
            ]}
            onChange={setTimeView}
          />
          <RadioChoice
            legend="Scale"
            name="scale"
            value={view.scale}
            options={[
              ['linear', 'Linear'],
              ['log', 'Log'],
            ]}
            onChange={setScale}
            disabled={change}
          />
          <label className="toggle">
            <input
              type="checkbox"
              checked={view.setAsideMega}
              onChange={(e) => setSetAsideMega(e.target.checked)}
            />
            Set aside mega-breaches
          </label>
        </div>
      </div>
      {view.setAsideMega && (
        <p className="notice" data-testid="mega-note">
          Set aside: the {fmt.format(megaCount)} breaches of {fmt.format(MEGA_BREACH_THRESHOLD)} or
          more individuals each. Every view leaves them out until you turn this off.
        </p>
      )}
      <ChartOrTable
        meta={{
          title,
          filters: filtersLine(view, [minYear, maxYear]),
          source: breachSourceText(manifest, today),
        }}
        table={
          <>
            {unit === 'month' && !change && (
              <TimeTable buckets={buckets} unit={unit} caption={title} />
            )}
            <YoyTable changes={changes} caption={yoyCaption} />
          </>
        }
        chart={
          change ? (
            <YoyChart
              changes={changes}
              measure={view.measure}
              title={title}
              describedBy="explorer-summary"
            />
          ) : (
            <TimeChart
              buckets={buckets}
              unit={unit}
              measure={view.measure}
              scale={view.scale}
              partialKey={partialKey}
              callout={callout}
              title={title}
              describedBy="explorer-summary"
              onPick={(key, extend) => pick(unit === 'year' ? key : Math.floor(key / 12), extend)}
            />
          )
        }
      />
      {/* The brush has drawn its selection; the range reaches the store a frame later. */}
      <BrushStrip
        years={views.byYear}
        measure={view.measure}
        from={from}
        to={to}
        onChange={(r) => void afterOwnFrame(() => setRange(r))}
        onPick={pick}
      />
      <p className="chart-note">
        {partialKey !== null && buckets.some((b) => b.key === partialKey) && (
          <>
            <PartialSwatch /> Hatched bar: partial (reports up to {manifest.submittedTo}).{' '}
          </>
        )}
        {change ? (
          <>
            <span className="yoy-legend">
              <span>
                <span className="yoy-key yoy-key-up" aria-hidden="true" />
                rise
              </span>
              <span>
                <span className="yoy-key yoy-key-down" aria-hidden="true" />
                fall
              </span>
            </span>
            . Each bar: this year minus the year before, under the current filters.
            {changes.some((c) => c.partial) &&
              ` ${partialYear} is partial (reports up to ${manifest.submittedTo}), so its change compares part of a year with a whole one.`}
          </>
        ) : (
          <>
            Labelled: the highest bar and the largest single breach under the current filters. Click
            a year bar to show that year; shift-click another to extend the range.
            {view.scale === 'log' && ' Log scale: each gridline is ten times the one below.'}
          </>
        )}
      </p>
      <BreachSourceLine manifest={manifest} panel="time" />
    </section>
  );
});
