import type { GrowthDatum } from './growthModel';

/** The growth chart's numbers as a table, for screen readers and exact reading. */
export function GrowthTable({
  data,
  benchmark,
  benchmarkName,
  caption,
  source,
  format,
}: {
  data: readonly GrowthDatum[];
  benchmark: number | null;
  benchmarkName: string;
  caption: string;
  source: string;
  format: (v: number) => string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="growth-table">
        <caption data-source={source}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col">Projected growth</th>
            <th scope="col">Compared with the average</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td data-source={d.source}>{format(d.value)}</td>
              <td>
                {benchmark === null
                  ? '—'
                  : d.value > benchmark
                    ? 'faster'
                    : d.value === benchmark
                      ? 'same'
                      : 'slower'}
              </td>
            </tr>
          ))}
          {benchmark !== null && (
            <tr>
              <th scope="row">{benchmarkName}</th>
              <td data-source={source}>{format(benchmark)}</td>
              <td>—</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
