import { useMemo } from 'react';
import { ChartOrTable } from '../../charts/export/ChartOrTable';
import { IndexChart } from '../../charts/index/IndexChart';
import { formatIndex, indexToBase } from '../../charts/index/indexModel';
import { IndexTable } from '../../charts/index/IndexTable';
import type { BreachTable } from '../../data/table/BreachTable';
import { BREACH_SOURCE } from '../../data/claims/checkClaims';
import type { Manifest } from '../../data/datasets/parseManifest';
import { isWholeArchive } from '../../data/merge/snapshotRoles';
import { BreachSourceLine, breachSourceText } from '../../ui/BreachSourceLine';
import { useToday } from '../../ui/useToday';
import { InPageLink } from './InPageLink';
import { indexYears, resolveBaseYear } from './caseData';
import { formatAsOf, formatCount } from './formatFigures';
import { useView } from '../../state/viewContext';
import { useWorkforceStore } from './workforceStore';

/** The breach trend: reports and individuals affected per submission year, indexed to a base year the reader picks. */
export function BreachIndexPanel({ table, manifest }: { table: BreachTable; manifest: Manifest }) {
  const today = useToday();
  const { baseYear: chosen, indexScale: scale } = useView();
  const setBaseYear = useWorkforceStore((s) => s.setBaseYear);
  const setIndexScale = useWorkforceStore((s) => s.setIndexScale);
  const index = useMemo(() => indexYears(table, manifest), [table, manifest]);
  const base = resolveBaseYear(chosen, index);
  const series = useMemo(
    () => (base === null ? [] : indexToBase(index.years, base)),
    [index, base],
  );
  if (base === null)
    return <p className="notice">The breach data holds no complete year to index against.</p>;

  const lastComplete = [...index.years].reverse().find((y) => y.year !== index.partialYear);
  const at = (measure: 'breaches' | 'individuals', year: number) =>
    series.find((s) => s.measure === measure)?.points.find((p) => p.year === year);
  const last = lastComplete?.year ?? base;
  const lastArchive = lastCompleteArchive(manifest);
  const title = `Breach reports and individuals affected per submission year, indexed to ${base} = 100`;
  return (
    <div className="wf-case-panel" data-testid="wf-index-panel">
      <h3>Breaches, indexed to a base year</h3>
      <div className="controls">
        <label className="wf-select">
          {/* "= 100" defines the index; it is not a figure from the data. */}
          <span data-not-a-figure="definition of the index">Base year (= 100)</span>
          <select
            value={base}
            onChange={(e) => setBaseYear(Number(e.target.value))}
            data-source={BREACH_SOURCE}
            data-testid="wf-base-year"
          >
            {index.baseOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="measure">
          <legend>Scale</legend>
          {(['log', 'linear'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="wf-index-scale"
                value={s}
                checked={scale === s}
                onChange={() => setIndexScale(s)}
              />
              {s === 'log' ? 'Log' : 'Linear'}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="summary" data-testid="wf-index-summary" data-source={BREACH_SOURCE}>
        From {base} to {last}, breach reports a year went from{' '}
        {formatCount(at('breaches', base)?.raw ?? 0)} to{' '}
        {formatCount(at('breaches', last)?.raw ?? 0)} (index{' '}
        {formatIndex(at('breaches', last)?.index ?? 0)}), and individuals affected from{' '}
        {formatCount(at('individuals', base)?.raw ?? 0)} to{' '}
        {formatCount(at('individuals', last)?.raw ?? 0)} (index{' '}
        {formatIndex(at('individuals', last)?.index ?? 0)}).
      </p>
      <ChartOrTable
        meta={{
          title,
          filters: `Base year ${base} = 100; ${scale} scale; all breaches`,
          source: breachSourceText(manifest, today),
        }}
        table={
          <IndexTable
            series={series}
            baseYear={base}
            partialYear={index.partialYear}
            caption={title}
            source={BREACH_SOURCE}
          />
        }
        chart={
          <IndexChart
            series={series}
            baseYear={base}
            scale={scale}
            partialYear={index.partialYear}
            title={title}
            source={BREACH_SOURCE}
          />
        }
      />
      <p className="chart-note" data-source={BREACH_SOURCE}>
        {index.droppedFirstYear !== null && (
          <>
            {index.droppedFirstYear} is left out: the list starts on{' '}
            <time dateTime={manifest.submittedFrom}>{formatAsOf(manifest.submittedFrom)}</time>
            .{' '}
          </>
        )}
        {index.partialYear !== null && (
          <>{index.partialYear} runs only to the as-of date and cannot be the base. </>
        )}
        {lastArchive && (
          <>
            Reports submitted after the last complete archive export (
            <time dateTime={lastArchive}>{formatAsOf(lastArchive)}</time>) may lack cases that
            closed between exports, so later years can read low.{' '}
          </>
        )}
        A log scale shows equal ratios as equal steps, so a tenfold rise looks the same from any
        base.
      </p>
      <BreachSourceLine manifest={manifest} panel="case-breaches">
        <InPageLink target="wf-sources">How these are counted</InPageLink>
      </BreachSourceLine>
    </div>
  );
}

/** Date of the newest whole archive list: after it, quickly closed cases can be missing. */
function lastCompleteArchive(manifest: Manifest): string | null {
  const dates = manifest.snapshots.filter(isWholeArchive).map((s) => s.date);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}
