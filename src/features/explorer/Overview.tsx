import { memo, useId } from 'react';
import { describeSelection, formatShare } from '../../data/views/describeSelection';
import { MEGA_BREACH_THRESHOLD } from '../../state/viewState';
import type { PanelProps } from './panelProps';
import { BreachSourceLine } from '../../ui/BreachSourceLine';
import { Term } from '../../ui/Term';
import './overview.css';
import { breachName } from '../../data/table/breachText';

const fmt = new Intl.NumberFormat('en-US');

/** "1 report gives" / "12 reports give". */
const reportsGive = (n: number) => `${fmt.format(n)} ${n === 1 ? 'report gives' : 'reports give'}`;

/**
 * Four headline figures for the current filters and the one-sentence summary. The sentence has
 * id "explorer-summary": the charts point aria-describedby at it, so it is their description.
 */
export const Overview = memo(function Overview({
  table,
  views,
  view,
  manifest,
  years: [minYear, maxYear],
  panelRef,
}: PanelProps) {
  const headingId = useId();
  const { summary } = views;
  const from = Math.max(minYear, view.yearFrom ?? minYear);
  const to = Math.min(maxYear, view.yearTo ?? maxYear);
  const years = from === to ? String(from) : `${from}–${to}`;

  const largest = summary.largest;
  const largestName = largest === null ? null : breachName(table, largest);
  const largestIndividuals = largest === null ? null : (table.individuals[largest] ?? null);
  const largestPlaceholder = largest !== null && table.placeholder[largest] === 1;
  const largestState =
    largest === null ? '' : (table.state.keys[table.state.codes[largest] ?? 0] ?? '');
  const largestYear = largest === null ? null : (table.year[largest] ?? null);

  const sentence = describeSelection({
    yearFrom: from,
    yearTo: to,
    summary,
    largestName,
    largestIndividuals,
    filters: view.filters,
    search: view.search,
    megaThreshold: view.setAsideMega ? MEGA_BREACH_THRESHOLD : null,
  });
  const { byIndividuals, byBreaches } = summary.hackingShare;

  return (
    <section className="panel overview" aria-labelledby={headingId} ref={panelRef}>
      <h2 id={headingId}>Overview, {years}</h2>
      <dl className="overview-figures">
        <div className="overview-figure" data-testid="overview-breaches">
          <dt>Breaches reported</dt>
          <dd className="overview-value">{fmt.format(summary.breaches)}</dd>
          <dd className="overview-sub">Each report counted once, whatever its types</dd>
        </div>
        <div className="overview-figure" data-testid="overview-individuals">
          <dt>
            <Term id="individuals-affected">Individuals affected</Term>
          </dt>
          <dd className="overview-value">{fmt.format(summary.individuals)}</dd>
          {/* Both lines whatever the counts, so a filter that brings or removes them does not move
              every panel below (the figures keep their height). */}
          <dd className="overview-sub">
            Unknown counts:{' '}
            {summary.unknownCounts > 0
              ? `${reportsGive(summary.unknownCounts)} no count`
              : 'every report gives one'}
          </dd>
          <dd className="overview-sub">
            {summary.placeholders > 0 ? fmt.format(summary.placeholders) : 'No'}{' '}
            {summary.placeholders > 1 ? 'reports list' : 'report lists'}{' '}
            <Term id="placeholder">500 or 501</Term>, OCR’s stand-in until the real count is known
          </dd>
        </div>
        <div className="overview-figure" data-testid="overview-hacking">
          <dt>From hacking/IT incidents</dt>
          <dd className="overview-value">
            {byIndividuals === null ? '—' : formatShare(byIndividuals)}
          </dd>
          <dd className="overview-sub">
            of individuals affected; {byBreaches === null ? '—' : formatShare(byBreaches)} of
            breaches
          </dd>
        </div>
        <div className="overview-figure" data-testid="overview-largest">
          <dt>Largest breach</dt>
          {largestName === null || largestIndividuals === null ? (
            <dd className="overview-value">—</dd>
          ) : (
            <>
              <dd className="overview-value overview-name">{largestName}</dd>
              <dd className="overview-sub">
                {fmt.format(largestIndividuals)} individuals
                {largestState !== '' && <> · {largestState}</>}
                {largestYear !== null && <> · {largestYear}</>}
              </dd>
              {largestPlaceholder && (
                <dd
                  className="overview-sub overview-placeholder"
                  title="HHS lists 500 or 501 individuals while the real count is not yet known; this count may change."
                >
                  500/501 — count may be a placeholder
                </dd>
              )}
            </>
          )}
        </div>
      </dl>
      <p
        id="explorer-summary"
        className="overview-summary"
        data-testid="explorer-summary"
        aria-live="polite"
      >
        {sentence}
      </p>
      <BreachSourceLine manifest={manifest} panel="overview" />
    </section>
  );
});
