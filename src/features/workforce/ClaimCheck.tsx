import { useMemo } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import { BREACH_SOURCE, checkClaims } from '../../data/claims/checkClaims';
import type { CountHistory } from '../../data/datasets/parseCountHistory';
import type { Manifest } from '../../data/datasets/parseManifest';
import { ClaimCard } from './ClaimCard';
import { claimInputs } from './claimInputs';
import { formatAsOf } from './formatFigures';

/**
 * The article's breach claims tested against the merged history, live: the verdicts come from
 * checkClaims over the loaded table, so a newer data set can change them.
 */
export function ClaimCheck({
  table,
  manifest,
  history,
  historyError,
}: {
  table: BreachTable;
  manifest: Manifest;
  history: CountHistory | null;
  historyError: Error | null;
}) {
  const results = useMemo(() => checkClaims(claimInputs(table, history)), [table, history]);
  return (
    <section
      className="panel"
      aria-labelledby="wf-claims-heading"
      id="wf-claims"
      tabIndex={-1}
      data-testid="wf-claims"
    >
      <h2 id="wf-claims-heading">Checking the article’s breach claims</h2>
      <p className="summary">
        Each verdict below is worked out in your browser from the merged breach history (
        <span data-source={BREACH_SOURCE}>
          as of <time dateTime={manifest.asOf}>{formatAsOf(manifest.asOf)}</time>
        </span>
        ), counting every report by its submission year; nothing is typed in by hand. A newer export
        can change them.
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
    </section>
  );
}
