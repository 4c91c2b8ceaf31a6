import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { BreachIndexPanel } from './BreachIndexPanel';
import { OutlookGrowthPanel } from './OutlookGrowthPanel';
import { PreventionTable } from './PreventionTable';
import { BreachSourceLine } from '../../ui/BreachSourceLine';

/**
 * "The case" in one view: the breach trend beside the job outlook, with the caveat that the two
 * only happen at the same time, then the roles whose work prevents each breach type.
 */
export function CaseView({
  table,
  manifest,
  data,
}: {
  table: BreachTable;
  manifest: Manifest;
  data: WorkforceData;
}) {
  return (
    <section className="panel" aria-labelledby="wf-case-heading" id="wf-case" tabIndex={-1}>
      <h2 id="wf-case-heading">The case: breaches beside the job outlook</h2>
      <p className="notice wf-caveat" data-testid="wf-caveat">
        <strong>Co-occurrence, not causation.</strong> Breaches have risen while BLS projects growth
        in these jobs. The two trends sit side by side here; nothing in either data set shows that
        one causes the other, or that more staff would have stopped any given breach. The
        projections cover every industry and rest on many factors besides security.
      </p>
      <div className="wf-case-grid">
        <BreachIndexPanel table={table} manifest={manifest} />
        <OutlookGrowthPanel data={data} />
      </div>
      <h3 id="wf-prevention-heading">Who prevents each kind of breach</h3>
      <PreventionTable table={table} data={data} />
      <BreachSourceLine manifest={manifest} panel="case" compact>
        Roles matched to breach types are this project’s judgement.
      </BreachSourceLine>
    </section>
  );
}
