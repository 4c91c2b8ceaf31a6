import type { Manifest } from '../../data/parseManifest';
import { BREACH_SOURCE } from '../../data/checkClaims';
import { formatAsOf, formatCount } from './formatFigures';
import { InPageLink } from './InPageLink';

/** Where the breach figures come from and how fresh they are. */
export function BreachSourceLine({ manifest }: { manifest: Manifest }) {
  return (
    <p className="source-line" data-source={BREACH_SOURCE}>
      Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals),{' '}
      {formatCount(manifest.breaches)} reports merged from {manifest.snapshots.length} exports; data
      as of <time dateTime={manifest.asOf}>{formatAsOf(manifest.asOf)}</time>. Years are submission
      years. <InPageLink target="wf-sources">How these are counted</InPageLink>
    </p>
  );
}

/** The same line as plain text, for exported images. */
export function breachSourceText(manifest: Manifest): string {
  return `Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals), ${formatCount(manifest.breaches)} reports merged from ${manifest.snapshots.length} exports; data as of ${formatAsOf(manifest.asOf)}. Health Breach Atlas.`;
}
