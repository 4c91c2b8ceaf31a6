import { useMemo } from 'react';
import type { BreachTable } from '../../data/table/BreachTable';
import { BREACH_SOURCE } from '../../data/claims/checkClaims';
import type { Manifest } from '../../data/datasets/parseManifest';
import { countingFacts } from './caseData';
import { formatCount } from './formatFigures';

/** How the breach numbers on this page are counted, with the counts worked out from the table. */
export function MethodNotes({ table, manifest }: { table: BreachTable; manifest: Manifest }) {
  const facts = useMemo(() => countingFacts(table), [table]);
  return (
    <div data-source={BREACH_SOURCE} data-testid="wf-method">
      <h3>How the breach numbers are counted</h3>
      <ul className="wf-notes">
        <li>
          <strong>Years are submission years:</strong> the year a report reached HHS, which can be
          months after the breach itself.
        </li>
        <li>
          <strong>Each report counts once</strong> in the yearly totals (
          {formatCount(facts.breaches)} reports). Individuals are summed over the{' '}
          {formatCount(facts.breaches - facts.unknownCounts)} reports with a known count;{' '}
          {facts.unknownCounts === 1
            ? 'the one without adds nothing'
            : `the other ${formatCount(facts.unknownCounts)} add nothing`}
          .
        </li>
        <li>
          <strong>Placeholder counts:</strong> {formatCount(facts.placeholders)} reports list
          exactly 500 or 501 people, the values HHS often shows before a real count is known. They
          are flagged and counted as listed, not changed.
        </li>
        <li>
          <strong>Several types per report:</strong> a report naming several breach types counts
          under each, so the breach-type rows add up to {formatCount(facts.typeEntries)}, more than
          the number of reports.
        </li>
        <li>
          <strong>Reports with no state:</strong> {formatCount(facts.noState)} reports leave the
          state empty. They count in every total here. The state is the reporting entity’s, not
          where the people affected live.
        </li>
        <li>
          <strong>Merging:</strong> HHS keeps no history, so {manifest.snapshots.length} saved
          exports are merged into one; each breach keeps its newest values, and its earlier counts
          are kept as its count history.
        </li>
      </ul>
      <h3>Known gaps</h3>
      <ul className="wf-notes" data-testid="wf-known-gaps">
        {manifest.knownGaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    </div>
  );
}
