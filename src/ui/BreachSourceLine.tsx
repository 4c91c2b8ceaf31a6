import type { ReactNode } from 'react';
import { asOfText, formatShortDay } from '../data/dates/dataAge';
import type { Manifest } from '../data/datasets/parseManifest';
import { BREACH_SOURCE } from '../data/claims/checkClaims';
import { DataAsOf } from './DataAsOf';

const fmt = new Intl.NumberFormat('en-US');

/** Where the breach figures come from and how old they are, under every breach chart and on every breach slide. */
export function BreachSourceLine({
  manifest,
  children,
}: {
  manifest: Manifest;
  children?: ReactNode;
}) {
  return (
    <p className="source-line" data-source={BREACH_SOURCE}>
      Source:{' '}
      <a href={manifest.source.url} rel="noreferrer noopener" target="_blank">
        HHS Office for Civil Rights breach portal
      </a>{' '}
      (breaches of 500+ individuals), {fmt.format(manifest.breaches)} reports merged from{' '}
      {manifest.snapshots.length} snapshots of its lists; <DataAsOf asOf={manifest.asOf} />. Years
      are submission years.{children ? ' ' : ''}
      {children}
    </p>
  );
}

/**
 * The same line as plain text, for exported images and files: an image outlives the page, so it
 * says on which day it was made and how old the data was then.
 */
export function breachSourceText(manifest: Manifest, today: string): string {
  return `Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals), ${fmt.format(manifest.breaches)} reports merged from ${manifest.snapshots.length} snapshots of its lists; ${asOfText(manifest.asOf, today)} on ${formatShortDay(today)}. Health Breach Atlas.`;
}
