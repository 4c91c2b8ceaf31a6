import type { Manifest } from '../../data/parseManifest';

const fmt = new Intl.NumberFormat('en-US');

/** Where the numbers come from and how fresh they are, under every breach chart. */
export function SourceLine({ manifest }: { manifest: Manifest }) {
  return (
    <p className="source-line">
      Source: <a href={manifest.source.url} rel="noreferrer noopener" target="_blank">HHS Office for Civil Rights breach portal</a>{' '}
      (breaches of 500+ individuals), {fmt.format(manifest.breaches)} reports merged from {manifest.snapshots.length} exports; data
      as of <time dateTime={manifest.asOf}>{formatDate(manifest.asOf)}</time>. Years are submission years.
    </p>
  );
}

/** The same line as plain text, for exported images and files. */
export function sourceText(manifest: Manifest): string {
  return `Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals), ${fmt.format(manifest.breaches)} reports merged from ${manifest.snapshots.length} exports; data as of ${formatDate(manifest.asOf)}. Health Breach Atlas.`;
}

// One formatter for every call: toLocaleDateString builds a new one each time, which showed up
// as several milliseconds of every filter click.
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}
