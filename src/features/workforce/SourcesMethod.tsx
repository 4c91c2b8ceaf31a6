import type { BreachTable } from '../../data/table/BreachTable';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { MethodNotes } from './MethodNotes';
import { SourceList } from './SourceList';

/** Sources and method: where every figure comes from and how the breach numbers are counted. */
export function SourcesMethod({
  data,
  manifest,
  table,
}: {
  data: WorkforceData;
  manifest: Manifest;
  table: BreachTable;
}) {
  return (
    <section className="panel" aria-labelledby="wf-sources-heading" id="wf-sources" tabIndex={-1}>
      <h2 id="wf-sources-heading">Sources and method</h2>
      <p className="summary">
        Every number on this page comes from a file in the project’s datasets folder; each names one
        of the sources below. Workforce figures are U.S. Bureau of Labor Statistics estimates,
        checked by hand; Payscale salaries are shown only as the article quotes them.
      </p>
      <SourceList data={data} manifest={manifest} />
      <MethodNotes table={table} manifest={manifest} />
    </section>
  );
}
