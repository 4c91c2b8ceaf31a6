import type { Slide, SlideShow } from '../data/deck/Deck';
import { Explorer, type ExplorerPanel } from '../features/explorer/Explorer';
import { Workforce, type WorkforceSection } from '../features/workforce/Workforce';
import { useBreaches } from '../queries/breaches';
import { useManifest } from '../queries/manifest';
import type { ViewState } from '../state/viewState';

const EXPLORER_PANELS: Partial<Record<SlideShow, readonly ExplorerPanel[]>> = {
  // Chips first: the class must see which filters a slide (or the live teacher) has set.
  time: ['chips', 'time'],
  breakdowns: ['chips', 'breakdowns'],
  map: ['chips', 'map'],
  largest: ['chips', 'largest'],
};

const WORKFORCE_SECTIONS: Partial<Record<SlideShow, readonly WorkforceSection[]>> = {
  'workforce-outlook': ['outlook'],
  'workforce-pay': ['outlook'],
  'workforce-roles': ['roles'],
  'workforce-case': ['case'],
  'workforce-claims': ['claims'],
};

/** What a slide shows, drawn by the features themselves (the same live charts as the dashboard). */
export function SlideBody({ slide, fixedView }: { slide: Slide; fixedView?: ViewState }) {
  const breaches = useBreaches();
  const manifest = useManifest();
  const panels = EXPLORER_PANELS[slide.show];
  if (!panels) return <Workforce sections={WORKFORCE_SECTIONS[slide.show] ?? ['outlook']} />;
  if (breaches.error || manifest.error)
    return <p role="alert">The breach data could not be loaded.</p>;
  if (!breaches.data || !manifest.data) return <p role="status">Loading breach reports…</p>;
  return (
    <Explorer
      table={breaches.data.table}
      manifest={manifest.data}
      panels={panels}
      view={fixedView}
    />
  );
}
