import type { TimeBucket } from './timeModel';

const fmt = new Intl.NumberFormat('en-US');

/** The time chart's numbers as an HTML table, for screen readers and for reading exact values. */
export function TimeTable({
  buckets,
  unit,
  caption,
}: {
  buckets: readonly TimeBucket[];
  unit: 'year' | 'month';
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="time-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{unit === 'year' ? 'Year' : 'Month'}</th>
            <th scope="col">Breaches</th>
            <th scope="col">Individuals affected</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.name}</th>
              <td>{fmt.format(b.breaches)}</td>
              <td>{fmt.format(b.individuals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
