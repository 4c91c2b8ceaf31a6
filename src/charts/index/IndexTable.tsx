import { formatIndex, type IndexSeries } from './indexModel';

const fmt = new Intl.NumberFormat('en-US');

/** The index chart's numbers as a table: each year's totals and their index to the base year. */
export function IndexTable({
  series,
  baseYear,
  partialYear,
  caption,
  source,
}: {
  series: readonly IndexSeries[];
  baseYear: number;
  partialYear: number | null;
  caption: string;
  source: string;
}) {
  const breaches = series.find((s) => s.measure === 'breaches')?.points ?? [];
  const individuals = series.find((s) => s.measure === 'individuals')?.points ?? [];
  const index = (v: number | null) => (v === null ? 'n/a' : formatIndex(v));
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="index-table" data-source={source}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Submission year</th>
            <th scope="col">Breach reports</th>
            <th scope="col">Index ({baseYear} = 100)</th>
            <th scope="col">Individuals affected</th>
            <th scope="col">Index ({baseYear} = 100)</th>
          </tr>
        </thead>
        <tbody>
          {breaches.map((b, i) => {
            const p = individuals[i];
            return (
              <tr
                key={b.year}
                data-year={b.year}
                className={b.year === baseYear ? 'index-base-row' : undefined}
              >
                <th scope="row">
                  {b.year}
                  {b.year === partialYear ? ' (partial)' : ''}
                  {b.year === baseYear ? ' (base)' : ''}
                </th>
                <td>{fmt.format(b.raw)}</td>
                <td>{index(b.index)}</td>
                <td>{p ? fmt.format(p.raw) : ''}</td>
                <td>{p ? index(p.index) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
