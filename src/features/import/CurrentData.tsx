import type { Manifest } from '../../data/datasets/parseManifest';
import type { ImportedFileInfo } from '../../storage/historyStorage';
import { DataAsOf } from '../../ui/DataAsOf';
import { formatBytes } from './formatBytes';

const fmt = new Intl.NumberFormat('en-US');

/** Which history the pages show now, and the way back to the shipped one. */
export function CurrentData({
  manifest,
  imports,
  onReset,
  busy,
}: {
  manifest: Manifest | undefined;
  imports: ImportedFileInfo[];
  onReset: () => void;
  busy: boolean;
}) {
  return (
    <div className="import-current" data-testid="import-current">
      <p>
        {imports.length === 0
          ? 'Showing the shipped data'
          : `Showing the shipped data with ${imports.length === 1 ? 'one imported export' : `${imports.length} imported exports`}`}
        {manifest && (
          <>
            : {fmt.format(manifest.breaches)} breach reports, <DataAsOf asOf={manifest.asOf} />.
          </>
        )}
      </p>
      {imports.length > 0 && (
        <>
          <ul className="import-files" aria-label="Imported exports">
            {imports.map((f) => (
              <li key={`${f.file}-${f.importedAt}`}>
                {f.file} — {fmt.format(f.rowsRead)} rows, {formatBytes(f.bytes)}, imported{' '}
                {f.importedAt.slice(0, 10)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onReset} disabled={busy} data-testid="import-reset">
            Reset to the shipped data
          </button>
        </>
      )}
    </div>
  );
}
