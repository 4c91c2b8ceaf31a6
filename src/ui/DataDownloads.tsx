import { downloadBlob } from './downloadBlob';
import './ui.css';
import type { BreachTable } from '../data/table/BreachTable';
import { citeView, viewTitle } from '../data/datasets/citation';
import { dataPackage, zipPackage, type DownloadScope } from '../data/datasets/dataPackage';
import type { Manifest } from '../data/datasets/parseManifest';
import { useToday } from './useToday';
import { currentPageUrl } from '../state/syncUrl';

const fmt = new Intl.NumberFormat('en-US');

interface Props {
  table: BreachTable;
  manifest: Manifest;
  /** The rows the view shows (read on click, so nothing is computed until someone asks). */
  displayedRows: () => Iterable<number>;
  displayedCount: number;
  /** Each active filter in words; empty for none. */
  filters: readonly string[];
  /** First and last submission years of the view. */
  years: readonly [number, number];
}

/**
 * "Download displayed data" (the filtered rows) and "Download full data" (every breach), each as
 * a CSV (BOM, formula cells neutralised) or a ZIP with that CSV, a README and metadata.json:
 * source, as-of date, filters applied, column meanings, terms and the view's citation.
 */
export function DataDownloads({
  table,
  manifest,
  displayedRows,
  displayedCount,
  filters,
  years,
}: Props) {
  const today = useToday();
  const save = (scope: DownloadScope, kind: 'csv' | 'zip') => {
    const url = currentPageUrl();
    const pkg = dataPackage({
      table,
      rows: scope === 'full' ? allRows(table.length) : displayedRows(),
      scope,
      manifest,
      filters,
      url,
      citation: citeView({ title: viewTitle(filters, years), url, accessed: today, manifest }),
      today,
    });
    if (kind === 'csv')
      downloadBlob(new Blob([pkg.csv], { type: 'text/csv;charset=utf-8' }), `${pkg.baseName}.csv`);
    else
      downloadBlob(
        new Blob([zipPackage(pkg) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        `${pkg.baseName}.zip`,
      );
  };
  const rows: { scope: DownloadScope; label: string; count: number }[] = [
    { scope: 'displayed', label: 'Download displayed data', count: displayedCount },
    { scope: 'full', label: 'Download full data', count: table.length },
  ];
  return (
    <div className="data-downloads" data-testid="data-downloads">
      {rows.map((r) => (
        <div key={r.scope} className="data-download" role="group" aria-label={r.label}>
          <span className="data-download-label">
            {r.label}{' '}
            <span className="data-download-count">
              ({fmt.format(r.count)} {r.count === 1 ? 'breach' : 'breaches'})
            </span>
          </span>
          <button
            type="button"
            data-testid={`download-${r.scope}-csv`}
            disabled={r.count === 0}
            aria-label={`${r.label} as CSV, ${fmt.format(r.count)} breaches`}
            onClick={() => save(r.scope, 'csv')}
          >
            CSV
          </button>
          <button
            type="button"
            data-testid={`download-${r.scope}-zip`}
            disabled={r.count === 0}
            aria-label={`${r.label} as ZIP with metadata (the CSV, a README and metadata.json), ${fmt.format(r.count)} breaches`}
            onClick={() => save(r.scope, 'zip')}
          >
            ZIP with metadata
          </button>
        </div>
      ))}
    </div>
  );
}

function* allRows(n: number): Generator<number> {
  for (let r = 0; r < n; r += 1) yield r;
}
