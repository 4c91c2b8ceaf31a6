import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatChange, formatCycle, formatMoney } from './formatFigures';
import { OccupationLink } from './OccupationLink';
import type { OutlookChoice } from './outlookRows';
import type { ExampleRole } from './roleProfiles';
import { Sourced } from './Sourced';

/**
 * One example role: the BLS occupation whose figures apply (linked to its row in the outlook
 * table), that occupation's median pay and growth for the chosen period and cycle, and the
 * article's Payscale salary when it gives one, marked as a quote nobody checked.
 */
export function RoleEntry({
  role,
  data,
  choice,
}: {
  role: ExampleRole;
  data: WorkforceData;
  choice: OutlookChoice;
}) {
  const occupation =
    role.occupationKey === null
      ? undefined
      : data.occupations.find((o) => o.key === role.occupationKey);
  const projection = occupation
    ? data.projections.find((p) => p.occupationKey === occupation.key && p.cycle === choice.cycle)
    : undefined;
  const pay = occupation
    ? data.pay.find((p) => p.occupationKey === occupation.key && p.period === choice.period?.period)
    : undefined;
  const quote = role.quoteKey ? data.quotes.find((q) => q.key === role.quoteKey) : undefined;
  return (
    <li className="wf-role" data-role={role.title}>
      <span className="wf-role-title">{role.title}</span>
      {occupation ? (
        <span className="wf-role-bls">
          BLS figures:{' '}
          <OccupationLink occupationKey={occupation.key}>{occupation.title}</OccupationLink>
          {pay?.medianAnnual != null && (
            <>
              {' · median '}
              <Sourced source={pay.sourceKey} className="wf-figure" testId="wf-role-median">
                {formatMoney(pay.medianAnnual)} ({pay.periodLabel})
              </Sourced>
            </>
          )}
          {projection && (
            <>
              {' · growth '}
              <Sourced source={projection.sourceKey} className="wf-figure" testId="wf-role-growth">
                {formatChange(projection.changePercent)} ({formatCycle(projection.cycle)})
              </Sourced>
            </>
          )}
        </span>
      ) : (
        <span className="wf-role-bls wf-missing">No BLS line in these datasets</span>
      )}
      <span className="wf-role-why">{role.why}</span>
      {quote && (
        <span className="wf-quote" data-testid="wf-quote">
          <Sourced source={quote.sourceKey}>
            {formatMoney(quote.medianAnnual)} a year, {quote.status} ({quote.publisher},{' '}
            {quote.periodLabel})
          </Sourced>
          {
            ' — a job-title salary from self-reported profiles, not checked and not comparable with the BLS median.'
          }
        </span>
      )}
    </li>
  );
}
