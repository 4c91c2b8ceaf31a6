import { useMemo, type ComponentType } from 'react';
import type { BreachTable } from '../../../data/table/BreachTable';
import type { Manifest } from '../../../data/datasets/parseManifest';
import type { ViewState } from '../../../state/viewState';
import { SlideBarsChart } from '../../../charts/slideBars/SlideBarsChart';
import type { SlideBarRow } from '../../../charts/slideBars/slideBarsModel';
import { StateMapChart } from '../../../charts/map/StateMapChart';
import { PartialSwatch } from '../../../charts/time/PartialSwatch';
import { TimeChart } from '../../../charts/time/TimeChart';
import { useElementSize } from '../../../charts/useElementSize';
import type { CategoryCount } from '../../../data/views/countByCategory';
import { largestBreaches } from '../../../data/views/largestBreaches';
import { selectRows } from '../../../data/views/filterTable';
import { useBreaches } from '../../../queries/breaches';
import { useManifest } from '../../../queries/manifest';
import { useView } from '../../../state/viewContext';
import { explorerViews } from '../explorerViews';
import { filtersLine } from '../filterTexts';
import { partialTimeKey, timeBuckets, timeCallout } from '../timeBuckets';
import { breachId, breachName } from '../../../data/table/breachText';

const fmt = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const noop = () => undefined;

interface Props {
  table: BreachTable;
  manifest: Manifest;
  view: ViewState;
}

function yearSpan(table: BreachTable, view: ViewState): [number, number] {
  const min = table.span?.minYear ?? 2009;
  const max = table.span?.maxYear ?? 2009;
  return [Math.max(min, view.yearFrom ?? min), Math.min(max, view.yearTo ?? max)];
}

/** The time slide: one chart filling the frame, the partial year hatched and named in a legend. */
function TimeSlide({ table, manifest, view }: Props) {
  const [box, { height }] = useElementSize<HTMLDivElement>();
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  const [from, to] = yearSpan(table, view);
  const { unit, buckets } = useMemo(
    () => timeBuckets(views.byYear, views.byMonth, from, to),
    [views, from, to],
  );
  const largest = views.summary.largest;
  const callout = useMemo(() => timeCallout(table, largest, unit), [largest, unit, table]);
  const partialKey = partialTimeKey(manifest, unit);
  const hasPartial = buckets.some((b) => b.key === partialKey);
  const measure = view.measure === 'individuals' ? 'Individuals affected' : 'Breaches reported';
  return (
    <div className="slide-chart slide-chart-time" data-testid="slide-time">
      <div ref={box} className="slide-chart-box">
        {height > 0 && (
          <TimeChart
            height={height}
            buckets={buckets}
            unit={unit}
            measure={view.measure}
            scale={view.scale}
            partialKey={partialKey}
            callout={callout}
            title={`${measure} per submission ${unit}`}
          />
        )}
      </div>
      {hasPartial && (
        <p className="slide-legend">
          <PartialSwatch size={24} /> Partial {unit}: reports up to {manifest.submittedTo}
        </p>
      )}
    </div>
  );
}

function topRows(
  categories: readonly CategoryCount[],
  measure: ViewState['measure'],
  n: number,
): SlideBarRow[] {
  return [...categories]
    .filter((c) => c[measure] > 0)
    .sort((a, b) => b[measure] - a[measure])
    .slice(0, n)
    .map((c) => ({
      key: c.key,
      label: c.label,
      value: c[measure],
      text: measure === 'individuals' ? compact.format(c[measure]) : fmt.format(c[measure]),
    }));
}

/** The drivers slide: type of breach and where the data was, top six each, side by side. */
function BreakdownsSlide({ table, view }: Props) {
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  const what = view.measure === 'individuals' ? 'individuals affected' : 'reports';
  return (
    <div className="slide-two" data-testid="slide-breakdowns">
      <figure>
        <figcaption>Type of breach, by {what}</figcaption>
        <SlideBarsChart
          rows={topRows(views.breachType, view.measure, 6)}
          title={`Type of breach, by ${what}`}
        />
      </figure>
      <figure>
        <figcaption>Location of the data, by {what}</figcaption>
        <SlideBarsChart
          rows={topRows(views.location, view.measure, 6)}
          title={`Location of breached information, by ${what}`}
        />
      </figure>
    </div>
  );
}

/** The map slide: the state map with its legend, no controls. */
function MapSlide({ table, view }: Props) {
  const views = useMemo(() => explorerViews(table, view), [table, view]);
  return (
    <div className="slide-chart slide-chart-map" data-testid="slide-map">
      <StateMapChart
        counts={views.state}
        measure={view.measure}
        selected={view.filters.state}
        onToggle={noop}
        title={`${view.measure === 'individuals' ? 'Individuals affected' : 'Breaches'} by state`}
      />
    </div>
  );
}

/** The largest-breaches slide: the eight largest of the view as bars with names and years. */
function LargestSlide({ table, view }: Props) {
  const rows = useMemo(() => {
    const views = explorerViews(table, view);
    const selected = selectRows(table, views.clauses);
    return [...largestBreaches(table, selected, 8, { by: 'individuals', direction: 'desc' })].map(
      (i): SlideBarRow => ({
        key: breachId(table, i),
        label: `${breachName(table, i)} (${table.state.keys[table.state.codes[i] ?? 0] || '—'}, ${table.year[i] ?? ''})`,
        value: table.individuals[i] ?? 0,
        text: fmt.format(table.individuals[i] ?? 0),
      }),
    );
  }, [table, view]);
  return (
    <div className="slide-chart" data-testid="slide-largest">
      <SlideBarsChart
        rows={rows}
        title="The largest breaches, by individuals affected"
        fontSize={24}
      />
    </div>
  );
}

/**
 * A breach slide of the view it is given (`useView()`): waits for the breach table and its
 * manifest, then draws the figure under a line naming the slide's filters.
 */
function breachSlide(Figure: ComponentType<Props>): ComponentType {
  function BreachSlide() {
    const view = useView();
    const breaches = useBreaches();
    const manifest = useManifest();
    if (breaches.error || manifest.error)
      return <p role="alert">The breach data could not be loaded.</p>;
    if (!breaches.data || !manifest.data) return <p role="status">Loading breach reports…</p>;
    const table = breaches.data.table;
    return (
      <div className="slide-filtered">
        <p className="slide-filters" data-testid="slide-filters">
          {filtersLine(view, [table.span?.minYear ?? 2009, table.span?.maxYear ?? 2009])}
        </p>
        <Figure table={table} manifest={manifest.data} view={view} />
      </div>
    );
  }
  BreachSlide.displayName = `BreachSlide(${Figure.name})`;
  return BreachSlide;
}

/** The explorer's slides, for the presentation's slide registry (composed by the app). */
export const breachSlides = {
  time: breachSlide(TimeSlide),
  breakdowns: breachSlide(BreakdownsSlide),
  map: breachSlide(MapSlide),
  largest: breachSlide(LargestSlide),
} as const;
