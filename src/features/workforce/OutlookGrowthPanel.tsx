import { useMemo } from 'react';
import { ChartOrTable } from '../../charts/export/ChartOrTable';
import { GrowthChart } from '../../charts/growth/GrowthChart';
import type { GrowthDatum } from '../../charts/growth/growthModel';
import { GrowthTable } from '../../charts/growth/GrowthTable';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatChange, formatCycle } from './formatFigures';
import { OutlookControls } from './OutlookControls';
import { outlookRows, sourceKeysOf } from './outlookRows';
import { Sourced } from './Sourced';
import { useOutlookChoice } from './useOutlookChoice';
import { WorkforceSourceLine, workforceSourceText } from './WorkforceSourceLine';

/** The job-outlook half of the case: projected growth per occupation against the all-occupations average. */
export function OutlookGrowthPanel({ data }: { data: WorkforceData }) {
  const choice = useOutlookChoice(data);
  const { rows, benchmark } = useMemo(
    () => outlookRows(data, choice.cycle, choice.period?.period ?? ''),
    [data, choice.cycle, choice.period],
  );
  const bars: GrowthDatum[] = useMemo(
    () =>
      rows.flatMap((r) =>
        r.projection
          ? [
              {
                key: r.occupation.key,
                label: r.occupation.title,
                value: r.projection.changePercent,
                source: r.projection.sourceKey,
              },
            ]
          : [],
      ),
    [rows],
  );
  if (bars.length === 0)
    return <p className="notice">No projections for {formatCycle(choice.cycle)} could be read.</p>;
  const avg = benchmark?.projection ?? null;
  const source = sourceKeysOf([...rows.map((r) => r.projection), avg]);
  const fastest = rows.reduce(
    (best, r) =>
      r.projection &&
      (!best?.projection || r.projection.changePercent > best.projection.changePercent)
        ? r
        : best,
    rows[0],
  );
  const faster = avg ? bars.filter((b) => b.value > avg.changePercent).length : null;
  const title = `Projected employment growth, ${formatCycle(choice.cycle)}, by occupation, against all occupations`;
  const format = (v: number) => formatChange(v);
  return (
    <div className="wf-case-panel" data-testid="wf-growth-panel">
      <h3>
        The job outlook, <Sourced source={source}>{formatCycle(choice.cycle)}</Sourced>
      </h3>
      <OutlookControls data={data} choice={choice} name="wf-case" cycleOnly />
      {fastest?.projection && (
        <p className="summary" data-testid="wf-growth-summary">
          <Sourced source={source}>
            {avg && faster !== null
              ? `BLS projects ${faster} of these ${bars.length} occupations to grow faster than all occupations (${formatChange(avg.changePercent)}). `
              : ''}
            The fastest is {fastest.occupation.title.toLowerCase()}, at{' '}
            {formatChange(fastest.projection.changePercent)}.
          </Sourced>
        </p>
      )}
      <ChartOrTable
        meta={{
          title,
          filters: `Projection cycle ${formatCycle(choice.cycle)}; all industries`,
          source: workforceSourceText(data, source),
        }}
        table={
          <GrowthTable
            data={bars}
            benchmark={avg?.changePercent ?? null}
            benchmarkName="All occupations"
            caption={title}
            source={source}
            format={format}
          />
        }
        chart={
          <GrowthChart
            data={bars}
            benchmark={avg?.changePercent ?? null}
            benchmarkLabel={avg ? `All occupations ${formatChange(avg.changePercent)}` : null}
            title={title}
            source={source}
            format={format}
          />
        }
      />
      <p className="chart-note">
        Every industry, not only healthcare; BLS has no separate line for health informatics.
      </p>
      <WorkforceSourceLine
        data={data}
        keys={source}
        panel="case-outlook"
        counts="projected change in jobs over the decade, every industry"
      />
    </div>
  );
}
