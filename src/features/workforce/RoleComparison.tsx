import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatMoney } from './formatFigures';
import { RoleEntry } from './RoleEntry';
import { DISCIPLINES, SECURITY_ROLES, SHARED } from './roleProfiles';
import { Sourced } from './Sourced';
import { useOutlookChoice } from './useOutlookChoice';
import { WorkforceSourceLine } from './WorkforceSourceLine';

/** Health informatics beside health information management, in the project's own words. */
export function RoleComparison({ data }: { data: WorkforceData }) {
  const choice = useOutlookChoice(data);
  const drift = data.quotes.find((q) => q.status !== 'quoted by the article');
  return (
    <section className="panel" aria-labelledby="wf-roles-heading" id="wf-roles" tabIndex={-1}>
      <h2 id="wf-roles-heading">Two careers, side by side</h2>
      <p className="summary">
        Health informatics works on the systems that hold patient records; health information
        management works on the records themselves. Each role below links to the BLS occupation
        whose figures stand in for it — our match, since BLS has no occupation by either name.
      </p>
      <div className="wf-disciplines">
        {DISCIPLINES.map((d) => (
          <article
            key={d.key}
            className="wf-discipline"
            aria-labelledby={`wf-d-${d.key}`}
            data-testid={`wf-discipline-${d.key}`}
          >
            <h3 id={`wf-d-${d.key}`}>{d.name}</h3>
            <dl>
              <dt>Focus</dt>
              <dd>{d.focus}</dd>
              <dt>Typical duties</dt>
              <dd>
                <ul>
                  {d.duties.map((duty) => (
                    <li key={duty}>{duty}</li>
                  ))}
                </ul>
              </dd>
              <dt>Example roles</dt>
              <dd>
                <ul className="wf-role-list">
                  {d.roles.map((r) => (
                    <RoleEntry key={r.title} role={r} data={data} choice={choice} />
                  ))}
                </ul>
              </dd>
              <dt>Education</dt>
              <dd>{d.education}</dd>
              <dt>Skills</dt>
              <dd>{d.skills}</dd>
            </dl>
          </article>
        ))}
      </div>
      <p className="wf-shared">{SHARED}</p>
      <h3>Security roles the breach record points to</h3>
      <p className="chart-note">
        The article does not list these; the dashboard adds them because their work is what stops
        several of the breach types below.
      </p>
      <ul className="wf-role-list wf-security-roles">
        {SECURITY_ROLES.map((r) => (
          <RoleEntry key={r.title} role={r} data={data} choice={choice} />
        ))}
      </ul>
      {drift && (
        <p className="chart-note" data-testid="wf-quote-drift">
          Payscale figures move from month to month: another page,{' '}
          <Sourced source={drift.sourceKey}>
            {drift.status} ({drift.periodLabel}), gives {formatMoney(drift.medianAnnual)}
          </Sourced>{' '}
          for the {drift.payscaleTitle.toLowerCase()} title.
        </p>
      )}
      <WorkforceSourceLine
        data={data}
        keys={roleSources(data, choice.cycle, choice.period?.period ?? '')}
        panel="roles"
        counts="BLS growth and pay of the occupation each role stands for; Payscale salaries as the article quotes them, not checked"
      />
    </section>
  );
}

/** Source keys of the figures the role entries show: the chosen cycle and pay period, and the quotes. */
function roleSources(data: WorkforceData, cycle: string, period: string): string {
  return [
    ...data.projections.filter((p) => p.cycle === cycle).map((p) => p.sourceKey),
    ...data.pay.filter((p) => p.period === period).map((p) => p.sourceKey),
    ...data.quotes.map((q) => q.sourceKey),
  ].join(' ');
}
