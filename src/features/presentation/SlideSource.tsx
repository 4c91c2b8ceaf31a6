import type { SlideShow } from '../../data/deck/Deck';
import { useManifest } from '../../queries/manifest';
import { DataAsOf } from '../../ui/DataAsOf';

/** Slides whose figures are BLS figures only; every other slide shows breach data. */
const WORKFORCE_ONLY: ReadonlySet<SlideShow> = new Set([
  'workforce-outlook',
  'workforce-pay',
  'workforce-roles',
]);

/** The footer of a breach slide or handout page: where the figures come from and how old they are. */
export function SlideSource({ show }: { show: SlideShow }) {
  const manifest = useManifest();
  if (show === 'workforce-outlook' || show === 'workforce-pay')
    return (
      <p className="slide-source" data-testid="slide-source">
        Source: U.S. Bureau of Labor Statistics,{' '}
        {show === 'workforce-outlook'
          ? 'Employment Projections (cycle named above)'
          : 'Occupational Employment and Wage Statistics (period named above)'}
      </p>
    );
  if (WORKFORCE_ONLY.has(show) || !manifest.data) return null;
  return (
    <p className="slide-source" data-testid="slide-source">
      Source: HHS Office for Civil Rights breach portal · <DataAsOf asOf={manifest.data.asOf} />
    </p>
  );
}
