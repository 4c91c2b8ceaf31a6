import type { ReactNode } from 'react';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { SourceAsOf } from '../../ui/SourceAsOf';
import { CiteThis } from './CiteThis';
import { datasetEntries, type DatasetEntry } from './datasetEntries';
import './sources.css';

/**
 * The Sources and citation dialog's content: every dataset the dashboard draws on, with publisher, address, as-of
 * date and age, what it counts, what was checked and how, and known gaps (the OWID sources modal
 * is the model); the view's citation to copy, and the downloads when the view has data to give.
 */
export function SourcesContent({
  manifest,
  workforce,
  citation,
  downloads,
}: {
  manifest: Manifest | null;
  workforce: WorkforceData | null;
  citation: string | null;
  downloads?: ReactNode;
}) {
  return (
    <>
      {citation && <CiteThis citation={citation} />}
      {downloads && (
        <section className="sources-downloads" aria-label="Download the data">
          <h3>Download the data</h3>
          <p className="chart-note">
            CSV in UTF-8 with a byte-order mark; the ZIP adds a README and metadata.json (source,
            as-of date, filters, column meanings, terms, citation).
          </p>
          {downloads}
        </section>
      )}
      <h3>Datasets</h3>
      {manifest ? (
        <div className="sources-datasets">
          {datasetEntries(manifest, workforce).map((d) => (
            <DatasetCard key={d.key} entry={d} />
          ))}
        </div>
      ) : (
        <p role="status">Loading the sources…</p>
      )}
    </>
  );
}

function DatasetCard({ entry: d }: { entry: DatasetEntry }) {
  return (
    <article className="sources-dataset" data-dataset={d.key} data-testid="sources-dataset">
      <h4>{d.name}</h4>
      <dl>
        <dt>Publisher</dt>
        <dd>{d.publisher}</dd>
        {d.url && (
          <>
            <dt>Address</dt>
            <dd>
              <a href={d.url} rel="noreferrer noopener" target="_blank">
                {d.url}
              </a>
            </dd>
          </>
        )}
        <dt>As of</dt>
        <dd>
          <SourceAsOf asOf={d.asOf} prefix="" />
        </dd>
        <dt>Files</dt>
        <dd>{d.files}</dd>
        <dt>What it counts</dt>
        <dd>{d.counts}</dd>
        <dt>Checked, and how</dt>
        <dd>{d.checked}</dd>
        <dt>Known gaps</dt>
        <dd>
          <ul>
            {d.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {d.sources.length > 0 && (
        <details>
          <summary>
            {d.sources.length} {d.sources.length === 1 ? 'source' : 'sources'}, one by one
          </summary>
          <ul className="sources-list">
            {d.sources.map((s) => (
              <li key={s.key} data-source={s.key}>
                {s.url ? (
                  <a href={s.url} rel="noreferrer noopener" target="_blank">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
                , {s.publisher}; <SourceAsOf asOf={s.asOf} basis={s.asOfBasis} />.
                {s.checked !== '' && <> {s.checked}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
