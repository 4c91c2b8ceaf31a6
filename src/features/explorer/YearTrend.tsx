import { useMemo, useState } from 'react';
import type { BreachTable } from '../../data/BreachTable';
import type { FilterClause } from '../../data/FilterClause';
import { selectRows } from '../../data/filterTable';
import { rollupByYear } from '../../data/rollupByYear';
import type { Manifest } from '../../data/parseManifest';
import { YearlyChart } from '../../charts/yearly/YearlyChart';
import type { YearCallout, YearlyMeasure } from '../../charts/yearly/yearlyModel';
import { useAppStore } from '../../state/store';
import { SourceLine } from './SourceLine';
import { YearRangeControl } from './YearRangeControl';

const fmt = new Intl.NumberFormat('en-US');

/** Individuals affected (or breaches) per submission year, limited to the store's year range. */
export function YearTrend({ table, manifest }: { table: BreachTable; manifest: Manifest }) {
  const yearFrom = useAppStore((s) => s.yearFrom);
  const yearTo = useAppStore((s) => s.yearTo);
  const [measure, setMeasure] = useState<YearlyMeasure>('individuals');
  const all = useMemo(() => rollupByYear(table, selectRows(table, [])), [table]);
  const minYear = all[0]?.year ?? 2009;
  const maxYear = all.at(-1)?.year ?? minYear;
  const from = Math.max(minYear, yearFrom ?? minYear);
  const to = Math.min(maxYear, yearTo ?? maxYear);

  const view = useMemo(() => {
    const clauses: FilterClause[] = [{ source: 'year-range', field: 'year', kind: 'range', lo: from, hi: to }];
    const rows = selectRows(table, clauses);
    const years = rollupByYear(table, rows).filter((y) => y.year >= from && y.year <= to);
    let largest = -1;
    for (const r of rows) if (table.hasCount[r] && (largest < 0 || (table.individuals[r] ?? 0) > (table.individuals[largest] ?? 0))) largest = r;
    const callout: YearCallout | null =
      largest >= 0
        ? { year: table.year[largest] ?? from, name: table.name[largest] ?? '', individuals: table.individuals[largest] ?? 0 }
        : null;
    const total = years.reduce((s, y) => ({ breaches: s.breaches + y.breaches, individuals: s.individuals + y.individuals }), { breaches: 0, individuals: 0 });
    return { years, callout, total };
  }, [table, from, to]);

  const partialYear = Number(manifest.asOf.slice(0, 4));
  const range = from === to ? String(from) : `${from}–${to}`;
  const title =
    `${measure === 'individuals' ? 'Individuals affected' : 'Breaches reported'} per submission year, ${range}: ` +
    `${fmt.format(view.total.breaches)} breaches, ${fmt.format(view.total.individuals)} individuals affected` +
    (view.callout ? `; largest: ${view.callout.name}, ${fmt.format(view.callout.individuals)} (${view.callout.year})` : '');

  return (
    <section className="panel" aria-labelledby="trend-heading">
      <div className="panel-head">
        <h2 id="trend-heading">{measure === 'individuals' ? 'Individuals affected' : 'Breaches reported'} per year</h2>
        <div className="controls">
          <YearRangeControl min={minYear} max={maxYear} />
          <fieldset className="measure">
            <legend>Measure</legend>
            {(['individuals', 'breaches'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} />
                {m === 'individuals' ? 'Individuals affected' : 'Breaches'}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <p className="summary" data-testid="trend-summary">
        {range}: <strong>{fmt.format(view.total.breaches)}</strong> breaches reported, <strong>{fmt.format(view.total.individuals)}</strong> individuals affected.
      </p>
      <YearlyChart years={view.years} measure={measure} partialYear={partialYear >= from && partialYear <= to ? partialYear : null} callout={view.callout} title={title} />
      <p className="chart-note">
        {partialYear >= from && partialYear <= to && <>Hatched bar: {partialYear} is partial (reports up to {manifest.submittedTo}). </>}
        Labelled: the largest single breach in the range.
      </p>
      <SourceLine manifest={manifest} />
    </section>
  );
}
