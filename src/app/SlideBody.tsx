import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filtersLine } from '../features/explorer/filterTexts';
import type { Slide, SlideShow } from '../data/deck/Deck';
import { useBreaches } from '../queries/breaches';
import { useManifest } from '../queries/manifest';
import { useWorkforce } from '../queries/workforce';
import { selectViewState, useAppStore } from '../state/store';
import type { ViewState } from '../state/viewState';
import { BreakdownsSlide, LargestSlide, MapSlide, TimeSlide } from './slides/BreachSlides';
import {
  CaseSlide,
  ClaimsSlide,
  GrowthSlide,
  PaySlide,
  RolesSlide,
} from './slides/WorkforceSlides';

/**
 * What a slide shows, laid out for the slide frame (1600 × 900): one chart or one list that fills
 * the body, without the dashboard's controls. `fixedView` draws a still copy (handout); without it
 * the slide follows the live view (presenting).
 */
export function SlideBody({ slide, fixedView }: { slide: Slide; fixedView?: ViewState }) {
  const storeView = useAppStore(useShallow(selectViewState));
  const view = fixedView ?? storeView;
  const show = slide.show;
  if (show === 'workforce-roles') return <RolesSlide />;
  if (show === 'workforce-outlook' || show === 'workforce-pay') return <BlsSlide show={show} />;
  return <BreachSlide show={show} view={view} />;
}

/** A slide of BLS figures only: it loads the workforce files, nothing else. */
function BlsSlide({ show }: { show: 'workforce-outlook' | 'workforce-pay' }) {
  const workforce = useWorkforce();
  if (workforce.error) return <p role="alert">The workforce data could not be loaded.</p>;
  if (!workforce.data) return <p role="status">Loading workforce figures…</p>;
  return show === 'workforce-outlook' ? (
    <GrowthSlide data={workforce.data} />
  ) : (
    <PaySlide data={workforce.data} />
  );
}

/** A slide of breach figures, drawn once the breach table and its manifest are loaded. */
function BreachSlide({ show, view }: { show: SlideShow; view: ViewState }) {
  const breaches = useBreaches();
  const manifest = useManifest();
  if (breaches.error || manifest.error)
    return <p role="alert">The breach data could not be loaded.</p>;
  if (!breaches.data || !manifest.data) return <p role="status">Loading breach reports…</p>;
  const props = { table: breaches.data.table, manifest: manifest.data, view };
  const table = breaches.data.table;
  const filtered = (body: ReactNode) => (
    <div className="slide-filtered">
      <p className="slide-filters" data-testid="slide-filters">
        {filtersLine(view, [table.span?.minYear ?? 2009, table.span?.maxYear ?? 2009])}
      </p>
      {body}
    </div>
  );
  switch (show) {
    case 'time':
      return filtered(<TimeSlide {...props} />);
    case 'breakdowns':
      return filtered(<BreakdownsSlide {...props} />);
    case 'map':
      return filtered(<MapSlide {...props} />);
    case 'largest':
      return filtered(<LargestSlide {...props} />);
    case 'workforce-case':
      return <CaseSlide table={props.table} manifest={props.manifest} />;
    case 'workforce-claims':
      return <ClaimsSlide table={props.table} />;
    default:
      return null;
  }
}
