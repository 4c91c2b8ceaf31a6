import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import { SourceLine } from '../../ui/SourceLine';
import { SourceAsOf } from '../../ui/SourceAsOf';
import { formatAsOf } from './formatFigures';
import { InPageLink } from './InPageLink';

/**
 * Names the workforce sources behind a view, each linked with its as-of date and age, and what the
 * figures count; `counts` says it for this panel.
 */
export function WorkforceSourceLine({
  data,
  keys,
  panel = 'workforce',
  counts = 'BLS figures cover every industry; pay is for wage-and-salary workers',
}: {
  data: WorkforceData;
  keys: string;
  panel?: string;
  counts?: string;
}) {
  const sources = [...new Set(keys.split(' ').filter(Boolean))].flatMap((k) =>
    data.sources.filter((s) => s.key === k),
  );
  if (sources.length === 0) return null;
  return (
    <SourceLine panel={panel} source={sources.map((s) => s.key).join(' ')}>
      Source:{' '}
      {sources.map((s, i) => (
        <span key={s.key} data-source={s.key}>
          {i > 0 ? '; ' : ''}
          {s.url ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          , {s.publisher}
          {s.asOf !== '' && (
            <>
              {' '}
              (<SourceAsOf asOf={s.asOf} />)
            </>
          )}
        </span>
      ))}
      . Counts: {counts}. <InPageLink target="wf-sources">All sources</InPageLink>
    </SourceLine>
  );
}

/** The same sources as plain text, for exported images. */
export function workforceSourceText(data: WorkforceData, keys: string): string {
  const sources = [...new Set(keys.split(' ').filter(Boolean))].flatMap((k) =>
    data.sources.filter((s) => s.key === k),
  );
  return `Source: ${sources.map((s) => `${s.title}, ${s.publisher}${s.asOf !== '' ? ` (as of ${formatAsOf(s.asOf)})` : ''}`).join('; ')}. Health Breach Atlas.`;
}
