import { useMemo } from 'react';
import type { CategoryCount } from '../../data/views/countByCategory';
import { barsModel, type BarsMeasure } from './barsModel';

interface Props {
  categories: readonly CategoryCount[];
  measure: BarsMeasure;
  selected: readonly string[];
  caption: string;
}

const fmt = new Intl.NumberFormat('en-US');

/** The same breakdown as a plain table, in the chart's order: the figures for screen readers and for copying. */
export function BarsTable({ categories, measure, selected, caption }: Props) {
  const { bars } = useMemo(
    () => barsModel(categories, { measure, selected }),
    [categories, measure, selected],
  );
  return (
    <div className="bars-table-scroll">
      <table className="bars-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="bars-num">
              Breaches
            </th>
            <th scope="col" className="bars-num">
              Individuals affected
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key} className={b.selected ? 'is-selected' : undefined}>
              <th scope="row">
                {b.label}
                {b.selected && <span className="bars-in-filter"> (in the filter)</span>}
              </th>
              <td className="bars-num">{fmt.format(b.breaches)}</td>
              <td className="bars-num">
                {fmt.format(b.individuals)}
                {b.unknownCounts > 0 && (
                  <span className="bars-unknown"> ({fmt.format(b.unknownCounts)} no count)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
