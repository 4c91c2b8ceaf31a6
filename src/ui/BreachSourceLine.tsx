import type { ReactNode } from 'react';
import { asOfText, formatShortDay } from '../data/dates/dataAge';
import type { Manifest } from '../data/datasets/parseManifest';
import { BREACH_SOURCE } from '../data/claims/checkClaims';
import { DataAsOf } from './DataAsOf';
import { SourceLine } from './SourceLine';

const fmt = new Intl.NumberFormat('en-US');

/** What every breach figure counts, in the words of every breach source line. */
export const BREACH_COUNTS_TEXT = 'reports of 500+ individuals; years are submission years';

/**
 * Where the breach figures come from, how old they are and what they count, under every breach
 * panel and on every breach slide. `compact` drops the merge details (a small chart's line).
 */
export function BreachSourceLine({
  manifest,
  panel = 'breaches',
  compact = false,
  children,
}: {
  manifest: Manifest;
  panel?: string;
  compact?: boolean;
  children?: ReactNode;
}) {
  return (
    <SourceLine panel={panel} source={BREACH_SOURCE}>
      Source:{' '}
      <a href={manifest.source.url} rel="noreferrer noopener" target="_blank">
        HHS Office for Civil Rights breach portal
      </a>
      , <DataAsOf asOf={manifest.asOf} />. Counts {BREACH_COUNTS_TEXT}
      {compact
        ? '.'
        : ` (${fmt.format(manifest.breaches)} reports merged from ${manifest.snapshots.length} snapshots of the portal's lists).`}
      {children ? ' ' : ''}
      {children}
    </SourceLine>
  );
}

/**
 * The same line as plain text, for exported images and files: an image outlives the page, so it
 * says on which day it was made and how old the data was then.
 */
export function breachSourceText(manifest: Manifest, today: string): string {
  return `Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals), ${fmt.format(manifest.breaches)} reports merged from ${manifest.snapshots.length} snapshots of its lists; ${asOfText(manifest.asOf, today)} on ${formatShortDay(today)}. Health Breach Atlas.`;
}
