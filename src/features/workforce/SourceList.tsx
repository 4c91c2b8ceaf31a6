import { BREACH_SOURCE } from '../../data/claims/checkClaims';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatAsOf, formatCount } from './formatFigures';
import { sourceUses } from './sourceUses';

/** Every source a figure on this page names, with its as-of date and what it backs. */
export function SourceList({ data, manifest }: { data: WorkforceData; manifest: Manifest }) {
  const uses = sourceUses(data);
  return (
    <div className="wf-table-scroll">
      <table className="data-table wf-sources-table" data-testid="wf-sources-table">
        <caption>
          Sources of every figure on this page (datasets/workforce/sources.csv and the breach
          manifest)
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
            <th scope="col">Used for</th>
          </tr>
        </thead>
        <tbody>
          <tr data-source={BREACH_SOURCE} data-testid="wf-source-row" data-key={BREACH_SOURCE}>
            <th scope="row">
              <a href={manifest.source.url} rel="noreferrer noopener" target="_blank">
                {manifest.source.name}
              </a>
              <span className="wf-source-notes">
                {formatCount(manifest.breaches)} reports merged from {manifest.snapshots.length}{' '}
                exports, submitted {formatAsOf(manifest.submittedFrom)} to{' '}
                {formatAsOf(manifest.submittedTo)}.
              </span>
            </th>
            <td data-label="As of" data-testid="wf-source-asof" data-as-of={manifest.asOf}>
              <time dateTime={manifest.asOf}>{formatAsOf(manifest.asOf)}</time>
              <span className="wf-source-notes">newest export</span>
            </td>
            <td data-label="Used for">breach trend, breach types, claim check</td>
          </tr>
          {data.sources.map((s) => (
            <tr key={s.key} data-source={s.key} data-testid="wf-source-row" data-key={s.key}>
              <th scope="row">
                {s.url ? (
                  <a href={s.url} rel="noreferrer noopener" target="_blank">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
                <span className="wf-source-notes">
                  {s.publisher}
                  {s.ref !== '' && ` · reference ${s.ref}`}
                  {s.originUrl && (
                    <>
                      {' · '}
                      <a href={s.originUrl} rel="noreferrer noopener" target="_blank">
                        original
                      </a>
                    </>
                  )}
                  {s.notes !== '' && ` · ${s.notes}`}
                </span>
              </th>
              <td data-label="As of" data-testid="wf-source-asof" data-as-of={s.asOf}>
                {s.asOf === '' ? (
                  <span>undated</span>
                ) : (
                  <time dateTime={s.asOf}>{formatAsOf(s.asOf)}</time>
                )}
                {s.asOfBasis !== '' && s.asOfBasis !== 'undated' && (
                  <span className="wf-source-notes">{s.asOfBasis}</span>
                )}
              </td>
              <td data-label="Used for">
                {(uses.get(s.key) ?? ['not shown: background to the notes']).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
