import { useMemo } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import { BREACH_SOURCE, checkClaims } from '../../data/claims/checkClaims';
import type { CountHistory } from '../../data/datasets/parseCountHistory';
import type { Manifest } from '../../data/datasets/parseManifest';
import { ClaimCard } from './ClaimCard';
import { claimInputs } from './claimInputs';
import { formatAsOf } from './formatFigures';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { BreachSourceLine } from '../../ui/BreachSourceLine';
import { Term } from '../../ui/Term';
import { WorkforceSourceLine } from './WorkforceSourceLine';

/**
 * The article's claims tested against the data, live: the verdicts come from
 * checkClaims over the loaded table, so a newer data set can change them.
 */
export function ClaimCheck({
  table,
  manifest,
  history,
  historyError,
  workforce = null,
}: {
  table: BreachTable;
  manifest: Manifest;
  history: CountHistory | null;
  historyError: Error | null;
  /** The workforce data, for the growth and salary claims; null leaves them out. */
  workforce?: WorkforceData | null;
}) {
  const results = useMemo(
    () => checkClaims(claimInputs(table, history, workforce)),
    [table, history, workforce],
  );
  const workforceKeys = results
    .filter((r) => r.kind !== 'breach')
    .flatMap((r) => [...r.numbers, ...(r.newer ? [r.newer] : [])].map((n) => n.source))
    .join(' ');
  return (
    <section
      className="panel"
      aria-labelledby="wf-claims-heading"
      id="wf-claims"
      tabIndex={-1}
      data-testid="wf-claims"
    >
      <h2 id="wf-claims-heading">Checking the article’s claims</h2>
      <p className="summary">
        Each verdict below is worked out in your browser: the breach claims from the merged breach
        history (
        <span data-source={BREACH_SOURCE}>
          as of <time dateTime={manifest.asOf}>{formatAsOf(manifest.asOf)}</time>
        </span>
        ), counting every report by its submission year and its{' '}
        <Term id="individuals-affected">individuals affected</Term> (what the article calls
        records); the growth claims from the BLS projections, with the newer figure beside them.
        Nothing is typed in by hand, so newer data can change them. Payscale salaries are shown as
        the article quotes them, not checked.
      </p>
      {historyError && (
        <p className="notice" role="status">
          The count history could not be loaded ({historyError.message}), so earlier counts of a
          breach are not compared.
        </p>
      )}
      <div className="wf-claims">
        {results.map((r, i) => (
          <ClaimCard key={r.id} result={r} index={i} />
        ))}
      </div>
      <BreachSourceLine manifest={manifest} panel="claims" />
      {workforce && workforceKeys !== '' && (
        <WorkforceSourceLine
          data={workforce}
          keys={workforceKeys}
          panel="claims-workforce"
          counts="projected change in jobs, every industry; Payscale salaries as quoted"
        />
      )}
    </section>
  );
}
