import { formatChange, type YearChange } from '../../data/views/yearOverYear';

const fmt = new Intl.NumberFormat('en-US');

/** Each year's totals and change from the year before, as a table; the partial year says so. */
export function YoyTable({
  changes,
  caption,
}: {
  changes: readonly YearChange[];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="yoy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Breaches</th>
            <th scope="col">Change from year before</th>
            <th scope="col">Individuals affected</th>
            <th scope="col">Change from year before</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.year} data-year={c.year} data-partial={c.partial ? 'true' : undefined}>
              <th scope="row">
                {c.year}
                {c.partial && <span className="partial-mark"> (partial year)</span>}
              </th>
              <td>{fmt.format(c.breaches)}</td>
              <td data-testid="yoy-breaches" data-delta={c.breachesChange?.delta ?? ''}>
                {formatChange(c.breachesChange)}
              </td>
              <td>{fmt.format(c.individuals)}</td>
              <td data-testid="yoy-individuals" data-delta={c.individualsChange?.delta ?? ''}>
                {formatChange(c.individualsChange)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
