import { memo, useId, useMemo, useState } from 'react';
import { BarsChart } from '../../charts/bars/BarsChart';
import { widestValueChars } from '../../charts/bars/barsModel';
import { barsSvg } from '../../charts/bars/barsSvg';
import { BarsTable } from '../../charts/bars/BarsTable';
import { ExportButtons } from '../../charts/export/ExportButtons';
import type { ExportMeta } from '../../charts/export/standaloneSvg';
import type { BreachTable } from '../../data/table/BreachTable';
import type { CategoryCount } from '../../data/views/countByCategory';
import { DIMENSIONS, type DimensionKey } from '../../state/dimensions';
import { useAppStore } from '../../state/store';
import type { Measure } from '../../state/viewState';
import { wholeTableBreakdowns } from './explorerViews';
import { filtersLine } from './filterTexts';
import type { PanelProps } from './panelProps';
import { BreachSourceLine, breachSourceText } from '../../ui/BreachSourceLine';
import { Term } from '../../ui/Term';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { ReactNode } from 'react';
import { useToday } from '../../ui/useToday';
import { afterOwnFrame } from './useAfterPaints';
import './breakdowns.css';

interface BreakdownSpec {
  field: DimensionKey;
  title: string;
  /** The heading with its glossary term linked, where the page first names it. */
  heading?: ReactNode;
  /** Plural noun for a multi-valued field, whose bars can sum past the number of reports. */
  several: string | null;
}

/** Headings that link a glossary term where the page first names it. */
const HEADINGS: Partial<Record<DimensionKey, ReactNode>> = {
  entityType: (
    <>
      <Term id="covered-entity">Covered-entity</Term> type
    </>
  ),
  businessAssociate: (
    <>
      <Term id="business-associate">Business associate</Term> present
    </>
  ),
};

/** Every dimension the registry draws as bars gets a breakdown, in the registry's order. */
const SPECS: readonly BreakdownSpec[] = DIMENSIONS.flatMap((d) =>
  d.draw.kind === 'bars'
    ? [{ field: d.key, title: d.title, heading: HEADINGS[d.key], several: d.draw.several }]
    : [],
);

export const NO_MATCH = 'No breaches match the current filters.';

const fmt = new Intl.NumberFormat('en-US');
const MEASURE_WORDS: Record<Measure, string> = {
  individuals: 'individuals affected',
  breaches: 'breaches',
};

/**
 * Four category breakdowns of the current selection. Each chart ignores its own filter (linked
 * filtering), so its bars show what one could add; clicking a bar adds or removes that filter.
 */
export const Breakdowns = memo(function Breakdowns({
  table,
  views,
  view,
  manifest,
  years,
  selectedNow = view.filters,
  laterViews = views,
  panelRef,
}: PanelProps & {
  /** The second row's figures, when the live explorer brings them a frame after the first row's. */
  laterViews?: PanelProps['views'];
}) {
  const today = useToday();
  const headingId = useId();
  const total = views.summary.breaches;
  const filters = filtersLine(view, years);
  const source = breachSourceText(manifest, today);
  const widest = useMemo(() => widestCategories(table), [table]);
  return (
    <section className="panel breakdowns" aria-labelledby={headingId} ref={panelRef}>
      <div className="panel-head">
        <h2 id={headingId}>What, who and where</h2>
        <p className="breakdowns-measure">
          By {MEASURE_WORDS[view.measure]}. Choose a bar to filter every view; choose it again to
          remove it.
        </p>
      </div>
      {total === 0 && (
        <p className="notice breakdowns-empty" role="status">
          {NO_MATCH} Each chart below still shows what its own choice would give; remove a filter
          above to see more.
        </p>
      )}
      <div className="breakdowns-grid">
        {SPECS.map((spec, i) => (
          <Breakdown
            key={spec.field}
            spec={spec}
            categories={(i < 2 ? views : laterViews)[spec.field]}
            selected={selectedNow[spec.field]}
            measure={view.measure}
            total={total}
            manifest={manifest}
            filters={filters}
            source={source}
            valueChars={widestValueChars(widest[spec.field][view.measure])}
          />
        ))}
      </div>
    </section>
  );
});

interface BreakdownProps {
  spec: BreakdownSpec;
  categories: readonly CategoryCount[];
  selected: readonly string[];
  measure: Measure;
  /** Reports under every filter (views.summary.breaches). */
  total: number;
  manifest: Manifest;
  /** The export's filters and source lines. */
  filters: string;
  source: string;
  /** Room kept for the bars' figures (`widestValueChars`). */
  valueChars: number;
}

/**
 * One breakdown: heading, note, and the chart or — on request — the same figures as a table.
 * Memoised: a filter change elsewhere that leaves its bars and selection alone does not touch it.
 */
const Breakdown = memo(function Breakdown({
  spec,
  categories,
  selected,
  measure,
  total,
  manifest,
  filters,
  source,
  valueChars,
}: BreakdownProps) {
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  // The chart shows the bar pressed in the click's own frame; the filter follows a frame later.
  const onToggle = (key: string) => void afterOwnFrame(() => toggleFilter(spec.field, key));
  const exportMeta: ExportMeta = {
    title: `${spec.title}, by ${MEASURE_WORDS[measure]}`,
    filters,
    source,
  };
  const headingId = useId();
  const noteId = useId();
  const bodyId = useId();
  const [asTable, setAsTable] = useState(false);
  const empty = categories.every((c) => c.breaches === 0);
  const title = `${spec.title}, by ${MEASURE_WORDS[measure]}`;
  // With its own filter on, this chart counts more reports than `total` (it ignores that filter),
  // so the note then gives no number rather than a wrong one.
  const note =
    spec.several === null
      ? null
      : selected.length === 0
        ? `A report naming several ${spec.several} counts under each, so bars can add up to more than the total of ${fmt.format(total)} reports.`
        : `A report naming several ${spec.several} counts under each, so bars can add up to more than the number of reports.`;

  return (
    <section
      className="breakdown"
      aria-labelledby={headingId}
      data-testid={`breakdown-${spec.field}`}
    >
      <div className="breakdown-head">
        <h3 id={headingId}>{spec.heading ?? spec.title}</h3>
        {!empty && (
          <button
            type="button"
            className="breakdown-toggle"
            aria-controls={bodyId}
            onClick={() => setAsTable((t) => !t)}
          >
            {asTable ? 'Show chart' : 'Show data table'}
          </button>
        )}
        {!empty && (
          <ExportButtons
            getSvg={() => barsSvg(document, categories, measure, selected)}
            meta={exportMeta}
          />
        )}
      </div>
      {note && !empty && (
        <p id={noteId} className="breakdown-note">
          {note}
        </p>
      )}
      <div id={bodyId}>
        {empty ? (
          <p className="breakdown-empty">{NO_MATCH}</p>
        ) : asTable ? (
          <BarsTable
            categories={categories}
            measure={measure}
            selected={selected}
            caption={title}
          />
        ) : (
          <BarsChart
            categories={categories}
            measure={measure}
            selected={selected}
            onToggle={onToggle}
            title={title}
            describedBy={note ? `explorer-summary ${noteId}` : 'explorer-summary'}
            valueChars={valueChars}
          />
        )}
      </div>
      <BreachSourceLine manifest={manifest} panel={`breakdown-${spec.field}`} compact />
    </section>
  );
});

/**
 * Each breakdown's largest category over the whole table, per measure: a filter can only make a
 * bar's figure smaller, so the chart keeps room for this one and its labels never move.
 */
function widestCategories(table: BreachTable): Record<DimensionKey, Record<Measure, number>> {
  const whole = wholeTableBreakdowns(table);
  const out = {} as Record<DimensionKey, Record<Measure, number>>;
  for (const spec of SPECS) {
    const counts = whole[spec.field];
    out[spec.field] = {
      individuals: Math.max(0, ...counts.map((c) => c.individuals)),
      breaches: Math.max(0, ...counts.map((c) => c.breaches)),
    };
  }
  return out;
}
