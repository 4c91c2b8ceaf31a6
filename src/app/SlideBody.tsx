import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filtersLine } from '../features/explorer/filterTexts';
import type { Slide } from '../data/deck/Deck';
import { useBreaches } from '../queries/breaches';
import { useCountHistory } from '../queries/countHistory';
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
  const breaches = useBreaches();
  const manifest = useManifest();
  const workforce = useWorkforce();
  const history = useCountHistory();
  const show = slide.show;
  if (show === 'workforce-roles') return <RolesSlide />;
  if (show === 'workforce-outlook' || show === 'workforce-pay') {
    if (workforce.error) return <p role="alert">The workforce data could not be loaded.</p>;
    if (!workforce.data) return <p role="status">Loading workforce figures…</p>;
    return show === 'workforce-outlook' ? (
      <GrowthSlide data={workforce.data} />
    ) : (
      <PaySlide data={workforce.data} />
    );
  }
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
      return <ClaimsSlide table={props.table} history={history.data ?? null} />;
    default:
      return null;
  }
}
