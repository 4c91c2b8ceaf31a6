import { useMemo } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import { BREACH_SOURCE } from '../../data/claims/checkClaims';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { breachTypeRows } from './caseData';
import { formatCount } from './formatFigures';
import { OccupationLink } from './OccupationLink';

/** For each breach type: how many reports name it, what prevents it, and whose work that is. */
export function PreventionTable({ table, data }: { table: BreachTable; data: WorkforceData }) {
  const rows = useMemo(() => breachTypeRows(table), [table]);
  if (rows.length === 0) return <p className="notice">The breach data holds no reports.</p>;
  const title = (key: string) => data.occupations.find((o) => o.key === key)?.title;
  return (
    <div className="wf-table-scroll">
      <table className="data-table wf-prevention-table" data-testid="wf-prevention-table">
        <caption>
          Every breach type in the record, all years. A report naming several types counts under
          each, so the rows add up to more than the number of reports. The match of types to roles
          is this project’s judgement.
        </caption>
        <thead>
          <tr>
            <th scope="col">Breach type</th>
            <th scope="col">Reports</th>
            <th scope="col">Individuals affected</th>
            <th scope="col">What prevents it</th>
            <th scope="col">Roles whose work that is</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.type} data-type={r.type}>
              <th scope="row">{r.label}</th>
              <td data-label="Reports" data-source={BREACH_SOURCE} data-testid="wf-type-reports">
                {formatCount(r.breaches)}
              </td>
              <td data-label="Individuals affected" data-source={BREACH_SOURCE}>
                {formatCount(r.individuals)}
              </td>
              <td data-label="What prevents it" className="wf-prose-cell">
                {r.prevention}
              </td>
              <td data-label="Roles" className="wf-prose-cell">
                {r.occupationKeys.length === 0 ? (
                  <span className="wf-missing">none assigned</span>
                ) : (
                  <ul className="wf-inline-list">
                    {r.occupationKeys.map((k) => (
                      <li key={k}>
                        <OccupationLink occupationKey={k}>{title(k) ?? k}</OccupationLink>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
