/** Everything a link must restore, in data space only (years, not pixels). */
export interface ViewState {
  /** Inclusive submission-year range; null = from the first / to the last year in the data. */
  yearFrom: number | null;
  yearTo: number | null;
}

export const DEFAULT_VIEW: ViewState = { yearFrom: null, yearTo: null };

/** Current version of the URL format; bump it and add a migration when the format changes. */
export const URL_VERSION = 1;
