import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { formatAsOf } from './formatFigures';
import { InPageLink } from './InPageLink';

/** Names the workforce sources behind a view, each with its as-of date. */
export function WorkforceSourceLine({ data, keys }: { data: WorkforceData; keys: string }) {
  const sources = [...new Set(keys.split(' ').filter(Boolean))].flatMap((k) =>
    data.sources.filter((s) => s.key === k),
  );
  if (sources.length === 0) return null;
  return (
    <p className="source-line">
      Source:{' '}
      {sources.map((s, i) => (
        <span key={s.key} data-source={s.key}>
          {i > 0 ? '; ' : ''}
          {s.title}, {s.publisher}
          {s.asOf !== '' && (
            <>
              {' '}
              (as of <time dateTime={s.asOf}>{formatAsOf(s.asOf)}</time>)
            </>
          )}
        </span>
      ))}
      . <InPageLink target="wf-sources">All sources</InPageLink>
    </p>
  );
}

/** The same sources as plain text, for exported images. */
export function workforceSourceText(data: WorkforceData, keys: string): string {
  const sources = [...new Set(keys.split(' ').filter(Boolean))].flatMap((k) =>
    data.sources.filter((s) => s.key === k),
  );
  return `Source: ${sources.map((s) => `${s.title}, ${s.publisher}${s.asOf !== '' ? ` (as of ${formatAsOf(s.asOf)})` : ''}`).join('; ')}. Health Breach Atlas.`;
}
