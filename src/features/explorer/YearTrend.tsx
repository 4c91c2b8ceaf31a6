import { memo, useMemo } from 'react';
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
}: PanelProps) {
  const today = useToday();
  const setMeasure = useAppStore((s) => s.setMeasure);
  const setScale = useAppStore((s) => s.setScale);
  const setSetAsideMega = useAppStore((s) => s.setSetAsideMega);
  const setYearRange = useAppStore((s) => s.setYearRange);
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

  const range = from === to ? String(from) : `${from}–${to}`;
  const measureName = view.measure === 'individuals' ? 'Individuals affected' : 'Breaches reported';
  const title = `${measureName} per submission ${unit}, ${range}`;

  return (
    <section className="panel" aria-labelledby="trend-heading">
      <div className="panel-head">
        <h2 id="trend-heading">
          {measureName} per {unit}
        </h2>
        <div className="controls">
          <YearRangeControl min={minYear} max={maxYear} />
          <fieldset className="measure">
            <legend>Measure</legend>
            {(['individuals', 'breaches'] as const).map((mm) => (
              <label key={mm}>
                <input
                  type="radio"
                  name="measure"
                  value={mm}
                  checked={view.measure === mm}
                  onChange={() => setMeasure(mm)}
                />
                {mm === 'individuals' ? 'Individuals affected' : 'Breaches'}
              </label>
            ))}
          </fieldset>
          <fieldset className="measure">
            <legend>Scale</legend>
            {(['linear', 'log'] as const).map((sc) => (
              <label key={sc}>
                <input
                  type="radio"
                  name="scale"
                  value={sc}
                  checked={view.scale === sc}
                  onChange={() => setScale(sc)}
                />
                {sc === 'linear' ? 'Linear' : 'Log'}
              </label>
            ))}
          </fieldset>
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
        table={<TimeTable buckets={buckets} unit={unit} caption={title} />}
        chart={
          <TimeChart
            buckets={buckets}
            unit={unit}
            measure={view.measure}
            scale={view.scale}
            partialKey={partialKey}
            callout={callout}
            title={title}
            describedBy="explorer-summary"
          />
        }
      />
      <BrushStrip
        years={views.byYear}
        measure={view.measure}
        from={from}
        to={to}
        onChange={(r) =>
          r
            ? setYearRange(r[0] === minYear ? null : r[0], r[1] === maxYear ? null : r[1])
            : setYearRange(null, null)
        }
      />
      <p className="chart-note">
        {partialKey !== null && buckets.some((b) => b.key === partialKey) && (
          <>
            <PartialSwatch /> Hatched bar: partial (reports up to {manifest.submittedTo}).{' '}
          </>
        )}
        Labelled: the highest bar and the largest single breach under the current filters.
        {view.scale === 'log' && ' Log scale: each gridline is ten times the one below.'}
      </p>
      <BreachSourceLine manifest={manifest} />
    </section>
  );
});
