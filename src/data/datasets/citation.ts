import { formatShortDay } from '../dates/dataAge';
import type { Manifest } from './parseManifest';

/** The dashboard's name, as a citation gives it. */
export const ATLAS_NAME = 'Health Breach Atlas';
/** The breach data's publisher, as a citation names it. */
export const BREACH_PUBLISHER =
  'U.S. Department of Health and Human Services, Office for Civil Rights';

export interface CitationInput {
  /** What the view shows: "Health-data breaches, 2015–2016 (Type: Theft)". */
  title: string;
  /** The view's own address (a copied link opens the same view). */
  url: string;
  /** Day of access, YYYY-MM-DD (the viewer's clock). */
  accessed: string;
  manifest: Pick<Manifest, 'asOf' | 'source'>;
}

/**
 * A ready citation of one view: who made it, what it shows, the source and its as-of date, the
 * view's address and the day it was read. Plain text, so it can be pasted anywhere.
 */
export function citeView({ title, url, accessed, manifest }: CitationInput): string {
  return `${ATLAS_NAME}. “${title}.” Data: ${BREACH_PUBLISHER}, Breach Portal (breaches of unsecured protected health information affecting 500 or more individuals, ${manifest.source.url}), as of ${formatShortDay(manifest.asOf)}. ${url} (accessed ${formatShortDay(accessed)}).`;
}

/** The title of an explorer view for a citation: the filter words, or "all breach reports". */
export function viewTitle(filters: readonly string[], years: readonly [number, number]): string {
  const span = years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
  return filters.length === 0
    ? `U.S. health-data breach reports, ${span}`
    : `U.S. health-data breach reports (${filters.join('; ')})`;
}
