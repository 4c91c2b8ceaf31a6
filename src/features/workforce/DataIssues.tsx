import type { BreachData } from '../../queries/breaches';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';

/**
 * Rows the loaders skipped or repaired, so nothing is dropped silently: a count and the first
 * message (which names file, row and field), with the full list one click away.
 */
export function DataIssues({
  workforce,
  breaches,
}: {
  workforce: WorkforceData | null;
  breaches: BreachData | null;
}) {
  const issues = [
    ...(workforce?.issues ?? []),
    ...(breaches?.issues.filter((i) => i.severity === 'error') ?? []),
  ];
  if (issues.length === 0) return null;
  return (
    <details
      className="notice wf-issues"
      data-testid="wf-issues"
      data-not-a-figure="row numbers of problems"
    >
      <summary>
        {issues.length} problem{issues.length === 1 ? '' : 's'} reading the data files:{' '}
        {issues[0]?.message}
      </summary>
      <ul>
        {issues.map((i, k) => (
          <li key={k}>{i.message}</li>
        ))}
      </ul>
    </details>
  );
}
