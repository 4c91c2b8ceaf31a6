import { dataAge } from '../data/dates/dataAge';
import { useManifest } from '../queries/manifest';
import { DataAsOf } from '../ui/DataAsOf';
import { useToday } from '../ui/useToday';

/**
 * The as-of date of the breach data and its age, in the header of every page; once the newest
 * snapshot is older than STALE_AFTER_DAYS, a quiet note with the two steps to refresh it.
 */
export function DataFreshness({ onLoadNewer }: { onLoadNewer: () => void }) {
  const manifest = useManifest();
  const today = useToday();
  if (!manifest.data) return null;
  const { asOf, source } = manifest.data;
  const age = dataAge(asOf, today);
  return (
    <div className="data-freshness">
      <p className="data-freshness-line" data-testid="header-as-of">
        Breach <DataAsOf asOf={asOf} />
      </p>
      {age.stale && (
        <div className="stale-notice" role="note" data-testid="stale-notice">
          <span>HHS adds new reports every week; this data is {age.label}. To refresh it: </span>
          <ol>
            <li>
              download both lists (under investigation, and the archive) as CSV from the{' '}
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                HHS breach portal
              </a>
              ;
            </li>
            <li>
              drop them on{' '}
              <a
                href="?v=2&page=import"
                onClick={(event) => {
                  event.preventDefault();
                  onLoadNewer();
                }}
              >
                Load newer data
              </a>
              .
            </li>
          </ol>
        </div>
      )}
    </div>
  );
}
